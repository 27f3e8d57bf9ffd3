package dev.sourced.answer;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The kind of thing a question asks for, read from its wording, and whether a sentence contains one. A sentence
 * that shares the question's words but holds no number cannot answer "how many".
 */
public enum AnswerType {
    NUMBER, DATE, PERSON, ANY;

    private static final Pattern ASKS_NUMBER = Pattern.compile(
            "\\bhow (many|much|old|long|far)\\b|\\bwhat (number|percentage|share|amount)\\b");
    private static final Pattern ASKS_DATE = Pattern.compile(
            "^\\s*when\\b|\\b(what|which) (date|day|year|month|time)\\b|\\bsince when\\b");
    private static final Pattern ASKS_PERSON = Pattern.compile("^\\s*who\\b|\\bwhom\\b|\\bwhose\\b");

    private static final Pattern NUMBER_TOKEN = Pattern.compile(
            "(?i)\\b(\\d[\\d,.]*|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens?|hundreds?"
                    + "|thousands?|millions?|billions?)\\b");
    private static final Pattern DATE_TOKEN = Pattern.compile(
            "(?i)\\b(january|february|march|april|may|june|july|august|september|october|november|december"
                    + "|jan|feb|mar|apr|jun|jul|aug|sep|sept|oct|nov|dec|monday|tuesday|wednesday|thursday|friday"
                    + "|saturday|sunday|yesterday|today|tomorrow|ago|(19|20)\\d\\d)\\b");
    /** Two or more capitalised words in a row, as names are written: "Zhang Jun", "Choi Young Sam". */
    private static final Pattern NAME = Pattern.compile("\\b\\p{Lu}[\\p{L}'’-]+(?:\\s+\\p{Lu}[\\p{L}'’-]+)+");

    public static AnswerType of(String question) {
        String q = question.toLowerCase(Locale.ROOT);
        if (ASKS_NUMBER.matcher(q).find()) {
            return NUMBER;
        }
        if (ASKS_DATE.matcher(q).find()) {
            return DATE;
        }
        if (ASKS_PERSON.matcher(q).find()) {
            return PERSON;
        }
        return ANY;
    }

    /** Whether {@code sentence} holds a thing of this type that the question itself does not already name. */
    public boolean foundIn(String sentence, String question) {
        return switch (this) {
            case ANY -> true;
            case NUMBER -> hasNew(NUMBER_TOKEN.matcher(sentence), question);
            case DATE -> hasNew(DATE_TOKEN.matcher(sentence), question);
            case PERSON -> hasNewName(sentence, question);
        };
    }

    private static boolean hasNew(Matcher matcher, String question) {
        Set<String> asked = tokens(question);
        while (matcher.find()) {
            if (!asked.contains(matcher.group().toLowerCase(Locale.ROOT))) {
                return true;
            }
        }
        return false;
    }

    private static boolean hasNewName(String sentence, String question) {
        Set<String> asked = tokens(question);
        Matcher names = NAME.matcher(sentence);
        while (names.find()) {
            for (String word : names.group().split("\\s+")) {
                if (!asked.contains(word.toLowerCase(Locale.ROOT).replaceAll("['’]s$", ""))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static Set<String> tokens(String text) {
        return Arrays.stream(text.toLowerCase(Locale.ROOT).replaceAll("['’]s\\b", "")
                .split("[^\\p{L}\\p{N},.]+|[,.](?!\\d)")).collect(Collectors.toSet());
    }
}
