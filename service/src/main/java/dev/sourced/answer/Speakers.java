package dev.sourced.answer;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
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
    /** Verbs that report speech alone, whatever follows them. */
    private static final String SAYS = "(?:said|says|stated|explained)";
    /**
     * Verbs that report speech where the clause ends after them or "that" follows ("…, Kane added."), but take an
     * object otherwise ("Kane added a second goal", "King wrote Carrie").
     */
    private static final String ADDS = "(?:added|adds|noted|notes|wrote|writes)";
    /** "Jenkins said", "Howard Webb, who is now in charge of officials, also said", "Smith told reporters that…". */
    private static final Pattern SPEAKS_AFTER = Pattern.compile(
            "^(?:\\s*,[^,;:()—–\"“”]{1,120},)?\\s+"
                    + "(?:(?:also|has|had|later|then|previously|again)\\s+)?(?:" + SAYS + "\\b|" + ADDS
                    + "(?=\\s*(?:[,.;:\"”]|that\\b|$))|(?:told|tells)\\b(?=(?:\\s+[\\p{L}.'’-]+){0,4}\\s*(?:[,.;:\"”]|that\\b|$)))");
    /**
     * "…, said NTSB Chair Jennifer Homendy", "…,” said Food Bank president and chief executive Cathy Kanefsky": the
     * verb after the reported words, then words that may only be a title ({@link #isTitle}).
     */
    private static final Pattern SAID_BEFORE =
            Pattern.compile("[,\"”’]\\s*(?:" + SAYS + "|" + ADDS + "|told|tells)\\s+((?:[\\p{L}.'’-]+\\s+){0,10})$");
    /** Words that join a title's parts: "president and chief executive of the Food Bank", "Ambassador to the UN". */
    private static final Set<String> TITLE_JOINS = Set.of("of", "and", "the", "for", "at", "to");
    /**
     * "told KHN", "told the Associated Press", "in an interview with CNN": whom a report was given to, right before the
     * name.
     */
    private static final Pattern TOLD_BEFORE =
            Pattern.compile("(?i)\\b(?:told|tells|telling|interview with)\\s+(?:the\\s+)?$");
    /** The question's verbs that ask whom a report was given to. */
    private static final Set<String> TELLING_VERBS = Set.of("interviewed", "interviews", "told", "tell", "tells");
    /**
     * Words a question's word's stem makes with -er that are adjectives, no agent nouns: "former" of "formed", "older"
     * of "old", "earlier" of "early" (stemmed "earli").
     */
    private static final Set<String> NOT_AGENTS = Set.of(
            "former",
            "older",
            "earlier",
            "higher",
            "greater",
            "lower",
            "larger",
            "longer",
            "smaller",
            "newer",
            "faster",
            "stronger",
            "younger");
    /** "wrote on Twitter", "said on CNN": where a report was published, right before the name. */
    private static final Pattern PUBLISHED_ON = Pattern.compile("(?i)\\b(?:" + SAYS + "|" + ADDS
            + "|posted|posts|tweeted|tweets|shared|shares|announced|announces)\\s+on\\s+(?:the\\s+)?$");
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
    /**
     * A speaker reporting on itself: the reported clause's subject is a pronoun ("Boeing said it will cut 2,000 jobs",
     * "Smith said Tuesday that she won").
     */
    private static final Pattern SELF_AFTER =
            Pattern.compile("^\\s*(?:[\\p{L}.,]+\\s+){0,3}?(?:[Hh]e|[Ss]he|[Ii]t|[Tt]hey|[Ww]e|I)\\b");
    /** A speaker quoted in the first person before its name: "“I won,” said Smith". */
    private static final Pattern SELF_QUOTED = Pattern.compile("\\b(?:I|[Ww]e)\\b");
    /** The reported words end the sentence with the speaker's title and name: "…, 42, said Sheriff Tom Lee." */
    private static final Pattern TRAILING_PUNCTUATION = Pattern.compile("[\\s.!?\"”’]+$");

    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()—–\"“”]");

    private Speakers() {}

    /**
     * Whether {@code name} is where {@code sentence}'s report was published ("the Georgia Republican wrote on Twitter"):
     * it neither speaks nor does what is reported. A possessive names the medium's host or owner ("said on Lex
     * Fridman's podcast"), who may be asked for.
     */
    static boolean publishes(String sentence, Phrase name) {
        return Words.endsBefore(PUBLISHED_ON, sentence, name.start())
                && !Names.isPossessive(name.text())
                && !sentence.startsWith("'s", name.end())
                && !sentence.startsWith("’s", name.end());
    }

    /**
     * What a question asks of a speaker's or a hearer's words: the stems ({@link Words#stem}) of its words of relation
     * and of their verbs' agent nouns ("owns" is told by "owner Tom Knorr"), and whether it asks whom a report was given
     * to ("which network interviewed her", "which paper did he tell").
     */
    record AskedRelation(Set<String> stems, boolean whomTold) {
        AskedRelation {
            stems = Set.copyOf(stems);
        }

        /** The relation asked by the question's {@code words} of relation, lower case as written. */
        static AskedRelation of(Collection<String> words) {
            Set<String> stems = new HashSet<>();
            for (String word : words) {
                String stem = Words.stem(word);
                stems.add(stem);
                // "former", "older": an adjective's forms in -er are no agent nouns.
                for (String agent : List.of(stem + "er", stem + "or")) {
                    if (!NOT_AGENTS.contains(agent)) {
                        stems.add(Words.stem(agent));
                    }
                }
            }
            return new AskedRelation(stems, words.stream().anyMatch(TELLING_VERBS::contains));
        }

        private boolean holds(String word) {
            return stems.contains(Words.stem(word));
        }
    }

    /**
     * Whether {@code name} only tells of what {@code sentence} reports: it speaks (before a reporting verb, or after
     * one or "according to") or is told it ("told KHN", "in an interview with CBS") where the question does not ask
     * whom it was told, reports nothing of itself, and none of its own words has a stem the question asks ("chairs"
     * asks for a "Chair", "owns" for an "owner").
     */
    static boolean onlyReports(String sentence, Phrase name, AskedRelation asked) {
        String after = sentence.substring(name.end());
        String before = sentence.substring(0, name.start());
        Matcher speaksAfter = SPEAKS_AFTER.matcher(after);
        Matcher saidBefore = SAID_BEFORE.matcher(before);
        Matcher accordingBefore = ACCORDING_BEFORE.matcher(before);
        String own;
        if (speaksAfter.lookingAt()) {
            String reported = after.substring(speaksAfter.end());
            if (SELF_AFTER.matcher(reported).lookingAt() || namesSpeakerLast(reported)) {
                return false;
            }
            own = before.substring(lastClauseBreak(before)) + name.text() + after.substring(0, speaksAfter.end());
        } else if (saidBefore.find()
                && isTitle(saidBefore.group(1))
                && ENDS_SENTENCE.matcher(after).matches()) {
            if (SELF_QUOTED.matcher(before.substring(0, saidBefore.start())).find()) {
                return false;
            }
            own = before.substring(saidBefore.start()) + name.text() + after;
        } else if (accordingBefore.find() && ENDS_CLAUSE.matcher(after).lookingAt()) {
            own = before.substring(accordingBefore.start()) + name.text();
        } else if (TOLD_BEFORE.matcher(before).find()) {
            // The one told hears what is reported and does none of it ("Becerra told KHN on Dec. 5 that…"), unless
            // the question asks whom it was told ("In an interview with CBS…" for which network interviewed her).
            if (asked.whomTold()) {
                return false;
            }
            own = name.text();
        } else {
            return false;
        }
        // A possessive names whose a thing is ("the US Pacific Command's center"), not the speaker's role.
        return Words.of(own).stream().filter(w -> !Names.isPossessive(w.text())).noneMatch(w -> asked.holds(w.text()));
    }

    /**
     * Whether the words after a reporting verb are the speaker's title and name to the sentence's end, so that the name
     * before the verb is reported on ("…identified as Jane Roe, 42, said Sheriff Tom Lee.").
     */
    private static boolean namesSpeakerLast(String reported) {
        String words = TRAILING_PUNCTUATION.matcher(reported).replaceAll("");
        // One word may be a day ("said Monday"); a title and a name are two at least.
        return Words.of(words).size() > 1 && isTitle(words);
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
