package dev.sourced.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Names joined into a list by commas and "and": "Donetsk and Luhansk", "Iowa, New Hampshire and Nevada". */
final class Coordination {
    private static final Pattern JOIN = Pattern.compile(",? (?:and|&) |, ");
    private static final Pattern QUOTES = Pattern.compile("[\"“”]");
    private static final Pattern LAST_JOIN = Pattern.compile(",? (?:and|&) ");

    private Coordination() {}

    /**
     * Every list of two or more of {@code names} (in sentence order) that stand joined only by commas and end with
     * "and" or "&" before the last, each as one phrase of {@code sentence}. Commas alone join clauses as often as
     * names ("In his talks with Lavrov, Wang said…"): they make no list.
     */
    static List<Phrase> lists(String sentence, List<Phrase> names) {
        return lists(sentence, names, 0);
    }

    /**
     * As {@link #lists(String, List)}, each list cut to its last {@code size} names when a question counts them
     * ("which two regions": "eastern Ukraine, Donetsk and Luhansk" gives "Donetsk and Luhansk"); 0 keeps them whole.
     */
    static List<Phrase> lists(String sentence, List<Phrase> names, int size) {
        List<Phrase> lists = new ArrayList<>();
        int first = 0;
        for (int i = 1; i <= names.size(); i++) {
            boolean joined = i < names.size()
                    && JOIN.matcher(between(sentence, names, i)).matches();
            if (!joined) {
                int last = i - 1;
                while (last > first
                        && !LAST_JOIN.matcher(between(sentence, names, last)).matches()) {
                    last--;
                }
                int from = size >= 2 ? Math.max(first, last - size + 1) : first;
                if (last > from) {
                    lists.add(quotedWhole(
                            sentence, names.get(from).start(), names.get(last).end()));
                }
                first = i;
            }
        }
        return lists;
    }

    /**
     * The list from {@code start} to {@code end}, with the quotation marks of its first and last title when it holds
     * quoted titles, so that its marks pair up.
     */
    private static Phrase quotedWhole(String sentence, int start, int end) {
        if (!QUOTES.matcher(sentence.substring(start, end)).find()) {
            return Phrase.of(sentence, start, end);
        }
        boolean opened = start > 0
                && QUOTES.matcher(sentence.substring(start - 1, start)).matches();
        boolean closed = end < sentence.length()
                && QUOTES.matcher(sentence.substring(end, end + 1)).matches();
        return Phrase.of(sentence, opened ? start - 1 : start, closed ? end + 1 : end);
    }

    /**
     * The text between the name before {@code i} and name {@code i}, without its quotation marks when both are quoted
     * titles ("Oppenheimer," "Succession" and "The Bear").
     */
    private static String between(String sentence, List<Phrase> names, int i) {
        int from = names.get(i - 1).end();
        int to = names.get(i).start();
        if (to <= from) {
            return "";
        }
        String between = sentence.substring(from, to);
        // Only between two titles: "“Give credit to Spagnuolo,” Kelce said" closes a remark, not a title.
        return Names.standsQuoted(sentence, names.get(i - 1)) && Names.standsQuoted(sentence, names.get(i))
                ? QUOTES.matcher(between).replaceAll("")
                : between;
    }
}
