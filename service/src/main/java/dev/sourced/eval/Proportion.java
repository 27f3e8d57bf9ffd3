package dev.sourced.eval;

import java.util.Locale;

/**
 * A count out of a total with its 95% Wilson score interval: on sets of a few dozen questions one question moves a
 * rate by several points, so every rate is reported with the range it is compatible with.
 */
public record Proportion(long count, long total) {
    private static final double Z = 1.959964;

    public Proportion {
        if (count < 0 || total < 0 || count > total) {
            throw new IllegalArgumentException("not a proportion: " + count + "/" + total);
        }
    }

    public double rate() {
        return total == 0 ? 0 : (double) count / total;
    }

    /** At 0 or at the total the bound is 0 or 1 exactly; rounding would print "-0.00". */
    public double lower() {
        return total == 0 || count == 0 ? 0 : centre() - halfWidth();
    }

    public double upper() {
        return total == 0 ? 0 : count == total ? 1 : centre() + halfWidth();
    }

    private double centre() {
        double p = rate();
        return (p + Z * Z / (2 * total)) / (1 + Z * Z / total);
    }

    private double halfWidth() {
        double p = rate();
        return Z * Math.sqrt(p * (1 - p) / total + Z * Z / (4.0 * total * total)) / (1 + Z * Z / total);
    }

    /** "14/34 = 0.41 [0.26, 0.58]"; "0/0 = n/a" when there was nothing to count. */
    @Override
    public String toString() {
        if (total == 0) {
            return "0/0 = n/a";
        }
        return String.format(Locale.ROOT, "%d/%d = %.2f [%.2f, %.2f]", count, total, rate(), lower(), upper());
    }
}
