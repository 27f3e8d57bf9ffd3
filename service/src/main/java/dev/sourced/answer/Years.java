package dev.sourced.answer;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Years as news writes them, 1800 to 2099: what a question's "in 2019" constrains and a sentence's "2018" states. */
final class Years {
    private static final Pattern YEAR = Pattern.compile("\\b(1[89]\\d{2}|20\\d{2})\\b");

    private Years() {}

    /** The years written in {@code text}, in order of first mention. */
    static Set<String> in(String text) {
        Set<String> years = new LinkedHashSet<>();
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            years.add(m.group(1));
        }
        return years;
    }

    /** Whether {@code text} writes a year at all: a cheap test before reading which years and where. */
    static boolean anyIn(String text) {
        return YEAR.matcher(text).find();
    }

    /** Whether {@code word} is a year by itself. */
    static boolean is(String word) {
        return YEAR.matcher(word).matches();
    }
}
