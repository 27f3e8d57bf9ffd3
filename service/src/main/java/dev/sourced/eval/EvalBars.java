package dev.sourced.eval;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.ToDoubleFunction;

/**
 * The rates a report must reach for {@code eval --require} to pass, so an evaluation set can gate a build: {@code
 * hits=0.45,abstained=0.75,false-abstentions=0.15,precision=0.7,verbatim=1}; {@code key-points} is the mean
 * key-point recall of overview questions. {@code false-abstentions} is a ceiling,
 * the others are floors; a rate over no questions passes.
 */
public record EvalBars(Map<String, Double> bars) {
    private static final Map<String, ToDoubleFunction<EvalReport>> RATES = Map.of(
            "hits",
            EvalReport::hitRate,
            "abstained",
            r -> r.unanswerable().isEmpty()
                    ? 1
                    : (double) r.correctAbstentions() / r.unanswerable().size(),
            "false-abstentions",
            r -> r.answerable().isEmpty()
                    ? 0
                    : (double) r.falseAbstentions() / r.answerable().size(),
            "precision",
            EvalReport::citationPrecision,
            "verbatim",
            EvalReport::verbatimRate,
            "key-points",
            r -> r.overviews().isEmpty() ? 1 : r.keyPointRecall());
    private static final String CEILING = "false-abstentions";

    public EvalBars {
        bars = Map.copyOf(bars);
    }

    /**
     * @throws IllegalArgumentException naming what is wrong: an unknown rate, a missing "=", a value outside 0..1
     */
    public static EvalBars parse(String spec) {
        Map<String, Double> bars = new LinkedHashMap<>();
        for (String part : spec.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length != 2 || !RATES.containsKey(kv[0].strip())) {
                throw new IllegalArgumentException("a bar is RATE=VALUE with RATE one of "
                        + RATES.keySet().stream().sorted().toList() + ", not '" + part.strip() + "'");
            }
            double value;
            try {
                value = Double.parseDouble(kv[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("not a rate between 0 and 1: '" + kv[1].strip() + "'");
            }
            if (!(value >= 0 && value <= 1)) {
                throw new IllegalArgumentException("not a rate between 0 and 1: '" + kv[1].strip() + "'");
            }
            bars.put(kv[0].strip(), value);
        }
        return new EvalBars(bars);
    }

    /** One line per bar the report misses, empty when it meets them all. */
    public List<String> missedBy(EvalReport report) {
        List<String> missed = new ArrayList<>();
        bars.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(bar -> {
            double rate = RATES.get(bar.getKey()).applyAsDouble(report);
            boolean ceiling = bar.getKey().equals(CEILING);
            if (ceiling ? rate > bar.getValue() : rate < bar.getValue()) {
                missed.add(String.format(
                        Locale.ROOT,
                        "%s %.2f is %s the bar %.2f",
                        bar.getKey(),
                        rate,
                        ceiling ? "above" : "below",
                        bar.getValue()));
            }
        });
        return missed;
    }
}
