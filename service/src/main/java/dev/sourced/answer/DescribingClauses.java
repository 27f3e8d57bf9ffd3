package dev.sourced.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an asking sentence that only describe what it asks about, not the relation it asks: a phrase that sets
 * the scene before the main clause ("Under the bill unveiled by Prime Minister Justin Trudeau, …"), an appositive
 * ("Edouard Philippe, the lawmaker Emmanuel Macron appointed prime minister, is mayor of which city?") and a clause
 * that dates the event ("… on the day Nancy Pelosi met President Tsai Ing-wen in Taipei?"). The people named there
 * identify the story; a sentence that answers need not name them itself, as it must name those the relation is about.
 */
final class DescribingClauses {
    /** The words asking for something; a phrase that holds one asks, it does not describe. */
    private static final Pattern WH = Pattern.compile("(?i)\\b(?:who|whom|whose|when|where|which|what|how|why)\\b");

    /** Words that open a phrase setting the scene before the main clause: "Under…,", "Facing protests…,". */
    private static final Set<String> SCENE_OPENERS = Set.of(
            ("under with after before during despite amid following " + "as while since in on at for from by among")
                    .split(" "));

    /** ", the lawmaker Emmanuel Macron appointed prime minister this week,": an appositive closed by a comma. */
    private static final Pattern APPOSITIVE = Pattern.compile(",\\s+(?:the|a|an)\\s+[^,?]+,");

    /** "… on the day Nancy Pelosi met…", "… when Dennis Rodman sang…": a clause that dates the event, to its end. */
    private static final Pattern DATING_CLAUSE =
            Pattern.compile("(?i)\\b(?:on the day|the day|when|while|after|before|as)\\s+[^,?]+");

    private DescribingClauses() {}

    /** Whether {@code name}, a phrase of {@code asking}, stands in a part of it that only describes. */
    static boolean describes(String asking, Phrase name) {
        return regions(asking).stream().anyMatch(r -> r[0] <= name.start() && name.end() <= r[1]);
    }

    /** The describing parts of {@code asking}, each as its start and end offsets. */
    static List<int[]> regions(String asking) {
        List<int[]> regions = new ArrayList<>();
        Matcher wh = WH.matcher(asking);
        if (!wh.find()) {
            return regions;
        }
        int asks = wh.start();
        int comma = asking.indexOf(',');
        List<Phrase> words = Words.of(asking);
        if (comma > 0
                && comma < asks
                && !words.isEmpty()
                && opensScene(words.getFirst().text())) {
            regions.add(new int[] {0, comma});
        }
        Matcher appositive = APPOSITIVE.matcher(asking);
        while (appositive.find()) {
            if (!WH.matcher(appositive.group()).find()) {
                regions.add(new int[] {appositive.start(), appositive.end()});
            }
        }
        Matcher dating = DATING_CLAUSE.matcher(asking);
        while (dating.find()) {
            // After the asking words only: "When did…" asks; "… when Dennis Rodman sang" dates.
            if (dating.start() > asks
                    && !WH.matcher(dating.group())
                            .region(1, dating.group().length())
                            .find()) {
                regions.add(new int[] {dating.start(), dating.end()});
            }
        }
        return regions;
    }

    /** "Under", "Facing": a preposition, or a participle opening a phrase before the main clause. */
    private static boolean opensScene(String word) {
        String lower = Words.base(word);
        return SCENE_OPENERS.contains(lower) || lower.endsWith("ing") && lower.length() > 4;
    }
}
