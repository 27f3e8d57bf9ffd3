package dev.sourced.answer;

import java.util.List;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Sentences of a news page that state no fact: questions (explainers are built from them: "When is the Iowa
 * debate?"), game previews that list team records ("Princeton Tigers (11-1) at Delaware (8-4)"), link teasers run
 * into the text ("What travelers should know:Boeing 737 Max 9s grounded"), pictures' credits and captions, lines that
 * point at other content ("Here's what to know"), video teasers, lines that open in lower case (a list's or a form's
 * text), and headings. Quoting one of them would cite a page for what it does not say.
 */
final class NonEvidence {
    private static final Pattern QUESTION = Pattern.compile("\\?[\"”’')\\]]*\\s*$");
    /**
     * Two teams with their win-loss records: a preview's line-up, where a single "(6-3)" may be a court's vote. A
     * sentence that tells a defeat ("the host Panthers (4-0), who defeated Central (2-2)") reports the game; a title or
     * a prize named ("SEC Championship Game") does not make a line-up a result.
     */
    private static final Pattern TEAM_RECORD = Pattern.compile(
            "\\(\\d{1,2}-\\d{1,2}(?:-\\d{1,2})?(?:,\\s[^)]*)?\\).*\\(\\d{1,2}-\\d{1,2}(?:-\\d{1,2})?(?:,\\s[^)]*)?\\)");

    private static final Pattern RUN_IN_TEASER = Pattern.compile("[\\p{L}\\d'’\"”]:[\\p{Lu}\"“‘]");
    /**
     * A line run under a label of two words or more in capitals: a link's teaser between a story's paragraphs ("SUPER
     * BOWL CENTRAL: Latest Super Bowl 58 news, stats, odds, matchups and more."), a part of a game's preview ("BOTTOM
     * LINE: Princeton hosts Harvard after…"), a speaker's words in a transcript ("ANDY REID: We're ready") or a dateline
     * ("NEW DELHI: …"). Each may state facts, but the first two often tell of other events than the story's.
     */
    private static final Pattern LABELLED_LINE =
            Pattern.compile("^[\\p{Lu}\\d][\\p{Lu}\\d'’&.-]*(?:\\s+[\\p{Lu}\\d][\\p{Lu}\\d'’&.-]*)+:\\s");
    /** A video's teaser run into the page: its title, its running time and its source ("… 02:22 - Source: CNN"). */
    private static final Pattern VIDEO_TEASER = Pattern.compile("\\b\\d{1,2}:\\d{2}\\s+-\\s+Source:");

    private static final Pattern CREDIT = Pattern.compile(
            "(?i)(?=[gapfi])\\b(getty images|ap photo|afp via|photo by|photo:|file photo|image:|illustration:)");
    /**
     * A picture's caption run into the text, opened as captions are: "A view of shipping containers … on November 6,
     * 2022.", "Pictured: …", "From left, …".
     */
    private static final Pattern CAPTION = Pattern.compile("(?i)^\\W*(?:an?\\s+(?:general\\s+|aerial\\s+|close-up\\s+|"
            + "wide\\s+)?view\\s+of\\b|pictured:|(?:from\\s+)?left\\s+to\\s+right\\b|from\\s+left,)");
    /**
     * Where a picture shows a person, set off after a name the caption opens with, as only captions write it:
     * "Former Sri Lankan President Mahinda Rajapaksa, left, and his brother…", "Zatko, center, was among…", "Smith (top
     * left) and…". A sentence's own words before the name ("who had flown in from Moscow, left, saying…", "'It's about
     * Texas, right,' he said") make it no caption.
     */
    private static final Pattern PLACE_IN_PICTURE =
            Pattern.compile("^[\\W&&[^\\p{Ll}]]*(?:[\\p{Lu}\\d][\\p{L}\\d.'’/&-]*\\s+)*"
                    + "\\p{Lu}[\\p{L}.'’-]*(?:,\\s+|\\s+\\()(?:(?:far|second(?: from)?|third(?: from)?|top|bottom)\\s+)?"
                    + "(?:left|right|center|centre)\\s*[,)]");

    /**
     * A line that opens with a photographer's name, then CNN or USA TODAY, which the picture was taken for, run into the
     * caption after it: "Adriana Zehbrauskas for CNN A group of migrants…"; not a sentence that names a poll or a show
     * "for CNN" inside it.
     */
    private static final Pattern TAKEN_FOR = Pattern.compile(
            "^\\p{Lu}[\\p{L}'’-]+\\s+\\p{Lu}[\\p{L}'’-]+\\s+for\\s+(?:CNN|USA TODAY|USA Today)\\s+\\p{Lu}");
    /** A photographer's or an agency's name before an agency's, as picture credits run ("Kyodo/Reuters"). */
    private static final Pattern AGENCY_CREDIT = Pattern.compile("\\p{Lu}[\\p{L}.'’-]*/(?:Reuters|AP|AFP|EPA|Kyodo"
            + "|Xinhua|Bloomberg|Shutterstock|Sipa|Zuma|USA TODAY|USA Today Network|The Washington Post)\\b");

    private static final Pattern POINTER = Pattern.compile("(?i)^\\W*(here(?:'s| is| are) (?:what|how|when|where|why|"
            + "who|everything|a look|the latest)|what (?:to|you need to) know|how to (?:watch|stream)|watch:|read more"
            + "|click|subscribe|sign up|follow (?:us|along)|live updates|more:|related:)");

    /**
     * A line that opens in lower case: a list item or a form's text run into the page ("at the Iowa Democratic Party
     * website Look up…"), not a sentence of the story; a brand written so ("iPhone", "eBay") still opens one, and so
     * does an ellipsis, where a search engine's snippet or a quotation cut the sentence's start ("... the company
     * said").
     */
    private static final Pattern LOWER_CASE_OPENING = Pattern.compile(
            "^(?![\\s\"“‘'(\\[]*(?:\\.\\s?\\.\\s?\\.|…))[^\\p{L}\\d]*\\p{Ll}+(?![\\p{L}'’]*\\p{Lu})\\b");

    private static final int MIN_HEADING_WORDS = 3;

    private NonEvidence() {}

    /**
     * A line whose every word but the little ones is capitalised, with no number: a heading or a list's entry
     * ("“Taylor Swift: The Eras Tour” (AMC Theatres Distribution)"), which names things and states nothing of them.
     */
    private static boolean isHeading(String sentence) {
        List<Phrase> words = Words.of(sentence);
        return words.size() >= MIN_HEADING_WORDS
                && words.stream()
                        .allMatch(w -> Words.isCapitalised(w.text()) && !Words.isNumeric(w.text())
                                || Words.isClosedClass(w.text()));
    }

    /**
     * The lines of {@code text} not run under a label in capitals ("SUPER BOWL CENTRAL: Latest Super Bowl 58 news" in a
     * story about Super Bowl 57), which may tell of other events than the story's.
     */
    static String unlabelledLines(String text) {
        return text.lines().filter(line -> !LABELLED_LINE.matcher(line).find()).collect(Collectors.joining("\n"));
    }

    static boolean isNonEvidence(String sentence) {
        String s = sentence.strip();
        // A caption, a pointer or a heading may stand after a snippet's date or a dateline ("Jan 11, 2024 · Nikki
        // Haley, left, and…").
        String body = s.substring(Dateline.end(s));
        // Every sentence read is tested: a pattern is searched for only in a sentence that holds the mark it needs.
        return s.indexOf('?') >= 0 && QUESTION.matcher(s).find()
                || s.indexOf('(') >= 0 && TEAM_RECORD.matcher(s).find() && !Victory.tellsOfDefeat(s)
                || s.indexOf(':') >= 0
                        && (RUN_IN_TEASER.matcher(s).find()
                                || VIDEO_TEASER.matcher(s).find())
                || CREDIT.matcher(s).find()
                || CAPTION.matcher(body).find()
                || (s.indexOf(',') >= 0 || s.indexOf('(') >= 0)
                        && PLACE_IN_PICTURE.matcher(body).find()
                || s.indexOf('/') >= 0 && AGENCY_CREDIT.matcher(s).find()
                || s.contains(" for ") && TAKEN_FOR.matcher(body).find()
                || POINTER.matcher(body).find()
                || LOWER_CASE_OPENING.matcher(s).find()
                || isHeading(body);
    }
}
