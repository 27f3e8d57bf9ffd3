package dev.sourced.answer;

import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Whether a name in a sentence is only the speaker of what the sentence reports: "…when her vehicle was swept away,
 * Jenkins said", "Boeing CEO Dave Calhoun says Friday's incident…", "…, according to Burning Man Communications". News
 * names its sources in nearly every sentence; the source tells of the fact and is not its subject, so it answers no
 * question about who did the reported thing. It does when its own words, its title or the apposition beside it, hold
 * the relation asked ("NTSB Chair Jennifer Homendy said…" for who chairs the NTSB), or when it reports on itself ("Smith
 * said she would run").
 */
final class Speakers {
    private static final String SPEECH =
            "(?:said|says|told|tells|added|adds|noted|notes|explained|stated|wrote|writes)";
    /** "Jenkins said", "Howard Webb, who is now in charge of officials, also said". */
    private static final Pattern SPEAKS_AFTER = Pattern.compile("^(?:\\s*,[^,;:()—–\"“”]{1,120},)?\\s+"
            + "(?:(?:also|has|had|later|then|previously|again)\\s+)?" + SPEECH + "\\b");
    /**
     * "…, said NTSB Chair Jennifer Homendy", "said Food Bank president and chief executive Cathy Kanefsky": a verb, then
     * words that may only be a title ({@link #isTitle}).
     */
    private static final Pattern SAID_BEFORE = Pattern.compile("\\b" + SPEECH + "\\s+((?:[\\p{L}.'’-]+\\s+){0,10})$");
    /** Words that join a title's parts: "president and chief executive of the Food Bank". */
    private static final Set<String> TITLE_JOINS = Set.of("of", "and", "the", "for", "at");
    /** "According to the Bureau of…". */
    private static final Pattern ACCORDING_BEFORE =
            Pattern.compile("(?i)\\baccording to\\s+(?:the\\s+)?(?-i:(?:\\p{Lu}[\\p{L}.'’-]*\\s+){0,4})$");
    /**
     * What follows a speaker named after its verb: the sentence's end, with an apposition at most ("…, said Jennifer
     * Homendy, the NTSB chair.") or a clause about the speaker ("…, said Stewart, who took video of the scene, …");
     * "said Fallon, host of Late Night, will…" reports on Fallon.
     */
    private static final Pattern ENDS_SENTENCE =
            Pattern.compile("\\s*(?:,\\s*(?:who|whose|adding|noting|citing)\\b.*|,[^,;]{1,120})?[.!?\"”’]*\\s*$");
    /** A source named after "according to" ends its clause. */
    private static final Pattern ENDS_CLAUSE = Pattern.compile("\\s*(?:[,.;:!?)—–\"”]|$)");
    /** A speaker reporting on itself: "said she", "'I won,' said Smith". */
    private static final Pattern SELF = Pattern.compile("\\b(?:[Hh]e|[Ss]he|I|[Ww]e)\\b");

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()—–\"“”]");

    private Speakers() {}

    /**
     * Whether {@code name} only tells of what {@code sentence} reports: it speaks (before a reporting verb, or after
     * one or "according to"), reports nothing of itself, and none of its own words is one of {@code askedWords} (the
     * question's words of relation, each by {@link Words#singular} of its {@link Words#base}: "chairs" asks for a
     * "Chair").
     */
    static boolean onlyReports(String sentence, Phrase name, Set<String> askedWords) {
        String after = sentence.substring(name.end());
        String before = sentence.substring(0, name.start());
        Matcher speaksAfter = SPEAKS_AFTER.matcher(after);
        Matcher saidBefore = SAID_BEFORE.matcher(before);
        Matcher accordingBefore = ACCORDING_BEFORE.matcher(before);
        String own;
        String reported;
        if (speaksAfter.lookingAt()) {
            own = before.substring(lastClauseBreak(before)) + name.text() + after.substring(0, speaksAfter.end());
            reported = after.substring(speaksAfter.end());
        } else if (saidBefore.find()
                && isTitle(saidBefore.group(1))
                && ENDS_SENTENCE.matcher(after).matches()) {
            own = before.substring(saidBefore.start()) + name.text() + after;
            reported = before.substring(0, saidBefore.start());
        } else if (accordingBefore.find() && ENDS_CLAUSE.matcher(after).lookingAt()) {
            own = before.substring(accordingBefore.start()) + name.text();
            reported = before.substring(0, accordingBefore.start()) + " " + after;
        } else {
            return false;
        }
        if (SELF.matcher(reported).find()) {
            return false;
        }
        return Words.of(own).stream().noneMatch(w -> askedWords.contains(Words.singular(Words.base(w.text()))));
    }

    /** Whether words can only name a post: capitalised ones, nouns for people and the words that join them. */
    private static boolean isTitle(String words) {
        return Words.of(words).stream()
                .map(Phrase::text)
                .allMatch(
                        w -> Character.isUpperCase(w.charAt(0)) || TITLE_JOINS.contains(w) || NameKind.isPersonNoun(w));
    }

    private static int lastClauseBreak(String text) {
        Matcher m = CLAUSE_BREAK.matcher(text);
        int end = 0;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }
}
