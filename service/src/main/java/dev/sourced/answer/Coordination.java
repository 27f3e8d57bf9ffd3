package dev.sourced.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Names joined into a list by commas and "and": "Donetsk and Luhansk", "Iowa, New Hampshire and Nevada". */
final class Coordination {
    private static final Pattern JOIN = Pattern.compile(",? (?:and|&) |, ");
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
                    lists.add(quotedWhole(sentence, names.get(from), names.get(last)));
                }
                first = i;
            }
        }
        return lists;
    }

    /**
     * The list from {@code first} to {@code last}, with their quotation marks when both are quoted titles, so that its
     * marks pair up.
     */
    private static Phrase quotedWhole(String sentence, Phrase first, Phrase last) {
        int close = Names.closingQuoteAfter(sentence, last);
        return close >= 0 && Names.standsQuoted(sentence, first)
                ? Phrase.of(sentence, first.start() - 1, close + 1)
                : Phrase.of(sentence, first.start(), last.end());
    }

    /**
     * The text between the name before {@code i} and name {@code i}; between two quoted titles, without the marks
     * that close the one and open the other ('"Oppenheimer," "Succession"' reads ", ").
     */
    private static String between(String sentence, List<Phrase> names, int i) {
        Phrase before = names.get(i - 1);
        Phrase name = names.get(i);
        if (name.start() <= before.end()) {
            return "";
        }
        // Only between two titles: "“Give credit to Spagnuolo,” Kelce said" closes a remark, not a title.
        int close = Names.closingQuoteAfter(sentence, before);
        if (close < 0 || !Names.standsQuoted(sentence, name) || close >= name.start() - 1) {
            return sentence.substring(before.end(), name.start());
        }
        return sentence.substring(before.end(), close) + sentence.substring(close + 1, name.start() - 1);
    }
}
