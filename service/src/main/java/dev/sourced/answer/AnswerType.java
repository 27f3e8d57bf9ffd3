package dev.sourced.answer;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The kind of thing a question asks for, and where a sentence holds one. A sentence that shares the question's words
 * but holds no phrase of the asked-for kind cannot answer it: no name for "who", no amount for "at what price".
 */
public enum AnswerType {
    /** A person or a body that acts: "who", "whom", "whose". */
    PERSON,
    /** "where", "in which city". */
    PLACE,
    /** A named thing: "which airline", "what film", "what is the name of". */
    NAME,
    DATE,
    /** "how many", "how old", "how long", a measure ("what top wind speed"), with its unit when written. */
    COUNT,
    /** Money: "how much did it cost", "at what price", "what amount". */
    AMOUNT,
    PERCENT,
    /** A game's result: "84-82". */
    SCORE,
    /** "which sport": a sport's name, which news writes in lower case ("figure skating"). */
    SPORT,
    /** Anything else ("what did X say", "why"): the sentence itself is the answer. */
    ANY;

    private static final String CARDINAL_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve"
            + "|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty|thirty|forty|fifty|sixty"
            + "|seventy|eighty|ninety";
    private static final String NUMBER_WORDS = CARDINAL_WORDS + "|hundred|dozens?|hundreds|thousands|millions|billions";
    private static final String SCALE = "(?:\\s*(?:thousand|million|billion|trillion|[mbk]n?)\\b)?";
    /** A unit of measure written after a number: "118 mph", "7,000 feet", "95 degrees", "14.6%". */
    private static final String UNIT = "(?:%|\\s?(?:percent|mph|miles per hour|km/h|kph|miles?|feet|foot|ft|meters|"
            + "metres|kilometers|kilometres|km|inches|pounds|lbs|kilograms|kg|tons|tonnes|degrees|acres|gallons|liters|"
            + "litres|watts per kilogram)\\b)?";

    /*
     * NUMBER_PHRASE and DATE_PHRASE are searched for through every sentence read: each opens with a look-ahead at the
     * characters its matches can start with, so the search fails at most positions after one comparison instead of
     * trying every alternative there.
     */
    private static final Pattern NUMBER_PHRASE = Pattern.compile(
            "(?i)(?=[$€£¥\\d]|[otfsenhdmb])(?:(?<![\\p{L}\\d.,:$€£¥-])[$€£¥]?(?:\\d{1,3}(?:,\\d{3})+|\\d+)"
                    + "(?:\\.\\d+)?(?!(?:st|nd|rd|th)\\b)" + SCALE + "(?!\\d|-\\d|:\\d)" + UNIT + "|\\b(?:"
                    + NUMBER_WORDS
                    + ")(?:-(?:" + NUMBER_WORDS
                    + "))?\\b(?:\\s(?:dozen|hundred|thousand|million|billion)\\b)*+(?!\\s+of\\b))");
    private static final Pattern MONEY_PHRASE = Pattern.compile(
            "(?i)(?:[$€£¥]|\\b(?:US|C|A)\\$)\\s?\\d[\\d,]*(?:\\.\\d+)?" + SCALE + "|(?<![\\d,])\\d[\\d,]*+(?:\\.\\d+)?"
                    + SCALE + "\\s(?:dollars|euros|pounds|yen|yuan|won|rupees)\\b");
    /** "14.6%", "32 percent", and as a sentence opens with one: "Thirty-two percent", "One hundred percent". */
    private static final Pattern PERCENT_PHRASE =
            Pattern.compile("(?i)\\b(?:\\d+(?:\\.\\d+)?\\s?(?:%|percent\\b|per cent\\b)"
                    + "|(?:" + CARDINAL_WORDS + ")(?:-(?:" + CARDINAL_WORDS + "))?(?:\\s(?:hundred|thousand)\\b)*+"
                    + "\\s(?:percent|per cent)\\b)");

    private static final Pattern SCORE_PHRASE = Pattern.compile("(?<![\\d.-])\\d{1,3}-\\d{1,3}(?![\\d-])");
    private static final String MONTH = Months.pattern();
    /**
     * Dates as written: "March 1", "Aug. 19-29" (a span of days), "1 March 2022", "March 2022", "Tuesday", a year, a
     * season after a word that makes it a time ("in the winter", "this spring"; "prices fall" and "the fall of Kabul"
     * are none). Month names that are also words ("May", "March") count only with a capital and beside a day or a
     * year.
     */
    private static final Pattern DATE_PHRASE = Pattern.compile("(?=[JFMASONDTW\\d]|(?i:[itlne]))\\b(?:" + MONTH
            + "\\s\\d{1,2}(?:st|nd|rd|th)?(?:[-–]\\d{1,2})?(?:,?\\s\\d{4})?"
            + "|\\d{1,2}\\s" + MONTH + "(?:\\s\\d{4})?|" + MONTH + ",?\\s\\d{4}"
            + "|(?:January|February|April|June|July|August|September|October|November|December)"
            + "|(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?:19|20)\\d{2}s?"
            + "|(?i:(?:in (?:the )?|this |last |next |early |late )(?:winter|spring|summer|fall|autumn)))"
            + "\\b");

    /** A time of day: "5 p.m.", "8:30 a.m.", "10pm", "noon", "midnight". */
    private static final Pattern CLOCK_PHRASE = Pattern.compile(
            "(?i)(?<![\\d:.])\\d{1,2}(?::\\d{2})?\\s?(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b)|\\b(?:noon|midnight)\\b");

    /** The times of day {@code sentence} writes, which answer "what time" where a date would not. */
    static List<Phrase> clockTimesIn(String sentence) {
        return Phrase.allOf(CLOCK_PHRASE, sentence);
    }

    /** The phrases of {@code sentence} that are of this type, in order; every phrase for {@link #ANY}. */
    List<Phrase> spansIn(String sentence) {
        return switch (this) {
            case PERSON, PLACE, NAME -> Names.in(sentence);
            case DATE -> Phrase.allOf(DATE_PHRASE, sentence);
            case COUNT -> Phrase.allOf(NUMBER_PHRASE, sentence);
            case AMOUNT -> Phrase.allOf(MONEY_PHRASE, sentence);
            case PERCENT -> Phrase.allOf(PERCENT_PHRASE, sentence);
            case SCORE -> Phrase.allOf(SCORE_PHRASE, sentence);
            case SPORT -> sportsAndPlayers(sentence);
            case ANY -> List.of(Phrase.of(sentence, 0, sentence.length()));
        };
    }

    /** Whether the answer is a name: a person, a place or another named thing. */
    boolean isName() {
        return this == PERSON || this == PLACE || this == NAME;
    }

    /** Whether this type is answered by a number: a count, an amount, a share or a score. */
    boolean isNumber() {
        return this == COUNT || this == AMOUNT || this == PERCENT || this == SCORE;
    }

    /** Whether a short answer of this type can be named apart from its sentence. */
    boolean isTyped() {
        return this != ANY;
    }

    /** A sport's name, or a noun for its players ("the figure skater"), which says which sport as well. */
    private static List<Phrase> sportsAndPlayers(String sentence) {
        List<Phrase> found = new ArrayList<>(Sports.in(sentence));
        found.addAll(Sports.playersIn(sentence));
        found.sort(Comparator.comparingInt(Phrase::start));
        return found;
    }
}
