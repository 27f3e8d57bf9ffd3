package dev.sourced.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The parts of an asking sentence that only describe what it asks about, not the relation it asks: a phrase that sets
 * the scene before the main clause ("Under the bill unveiled by Prime Minister Justin Trudeau, …"), an appositive
 * ("Edouard Philippe, the lawmaker Emmanuel Macron appointed prime minister, is mayor of which city?") and a clause
 * that dates the event ("… on the day Nancy Pelosi met President Tsai Ing-wen in Taipei?") and one that tells what
 * the asked thing holds ("…the ballot, which includes newcomers Alex Rodriguez and David Ortiz?"). The people named
 * there identify the story; a sentence that answers need not name them itself, as it must name those the relation is
 * about.
 */
final class DescribingClauses {
    /**
     * Words that open a phrase setting the scene before the main clause: "Under…,", "As Nikki Haley heads…,". Not "for"
     * or "among", which may open the relation asked ("For Taylor Swift, which city…").
     */
    private static final Set<String> SCENE_OPENERS =
            Set.of("under with after before during despite amid following as while since in on at".split(" "));

    /**
     * ", the lawmaker Emmanuel Macron appointed prime minister this week,": an appositive closed by a comma, holding no
     * list ("Joe Biden, the first lady and Kamala Harris," are three people).
     */
    private static final Pattern APPOSITIVE = Pattern.compile(",\\s+(?:the|a|an)\\s+(?:(?!\\b(?:and|or)\\b)[^,?])+,");

    /**
     * "… on the day Nancy Pelosi met…", "… when Dennis Rodman sang…": a clause that dates the event, to its end. Not
     * "after" or "before", which also take a person as their object ("Who became prime minister after Liz Truss?"), nor
     * "as" ("Who will serve as Joe Biden's chief of staff?").
     */
    private static final Pattern DATING_CLAUSE = Pattern.compile("(?i)\\b(?:on the day|the day|when|while)\\s+[^,?]+");

    /**
     * "… after Speaker Kevin McCarthy said…": "after" or "before" opening a clause, a name and a verb of speech, which
     * dates the event, to its end. Not "after Liz Truss" alone, which is the relation asked ({@link #DATING_CLAUSE}).
     */
    private static final Pattern TIMING_CLAUSE = Pattern.compile("(?i)\\b(?:after|before)\\s+([^,?]+)");

    /**
     * Verbs of speech in the past, which date a question by what someone said ("after McCarthy said…"); not "announced
     * her resignation" or "agreed to a deal", which are events the answer may follow.
     */
    private static final Set<String> SPEECH_VERBS = Set.of(
            "said", "told", "warned", "wrote", "tweeted", "posted", "testified", "argued", "claimed", "declared");

    /**
     * ", which includes newcomers Alex Rodriguez and David Ortiz", ", including Taylor Swift": a set off clause that
     * tells what the asked thing holds, to its end, past the commas of a list of names. Not a restrictive clause
     * without the comma ("the ballot that includes Rodriguez").
     */
    private static final Pattern INCLUDING_CLAUSE = Pattern.compile(
            "(?i),\\s+(?:(?:which|that)\\s+(?:also\\s+)?"
                    + "(?:includes?|included|features?|featured)|including|featuring)\\s+((?:[^,?]|,\\s+(?:and\\s+)?(?=(?-i:\\p{Lu})))+)");

    /** A verb the asking words take before their subject: a clause holding one is the question's own. */
    private static final Pattern ASKING_VERB =
            Pattern.compile("(?i)\\b(?:" + String.join("|", Words.ASKING_AUXILIARIES) + ")\\b");

    /** How long a first word ending in "-ing" must be to open a participle's phrase ("Facing"), not "King" or "Sing". */
    private static final int MIN_PARTICIPLE_CHARS = 5;

    /** The describing parts of the asking sentence, found once for all its names. */
    private final List<Region> regions;

    /** The phrase that sets the scene before the main clause, when one does. */
    private final Optional<Region> scene;

    private DescribingClauses(List<Region> regions, Optional<Region> scene) {
        this.regions = regions;
        this.scene = scene;
    }

    /** Whether {@code name}, a phrase of the asking sentence, stands in a part of it that only describes. */
    boolean describes(Phrase name) {
        return regions.stream().anyMatch(r -> r.start() <= name.start() && name.end() <= r.end());
    }

    /**
     * The phrase of {@code asking}, the sentence these were found in, that sets the scene before its main clause ("After
     * beating Delaware State 35-9 in Ryan Carty's first home game as coach"), or "".
     */
    String scene(String asking) {
        return scene.map(r -> asking.substring(r.start(), r.end())).orElse("");
    }

    /** {@code asking}, the sentence these were found in, with the phrase that sets its scene blanked out. */
    String withoutScene(String asking) {
        return scene.map(r -> " ".repeat(r.end()) + asking.substring(r.end())).orElse(asking);
    }

    /**
     * Whether {@code name}, a phrase of the asking sentence, stands in the phrase that sets its scene ("Facing renewed
     * calls in Congress for a ban, …"): it tells which story is asked about, not when in it, as a clause that dates the
     * event does ("… when it made landfall in North Carolina").
     */
    boolean setsScene(Phrase name) {
        return scene.filter(r -> r.start() <= name.start() && name.end() <= r.end())
                .isPresent();
    }

    /** A describing part of an asking sentence, by its offsets. */
    private record Region(int start, int end) {}

    /** The describing parts of {@code asking}. */
    static DescribingClauses of(String asking) {
        List<Region> regions = new ArrayList<>();
        Matcher wh = AskedKind.WH.matcher(asking);
        if (!wh.find()) {
            return new DescribingClauses(List.of(), Optional.empty());
        }
        int asks = wh.start();
        int comma = asking.indexOf(',');
        Optional<Region> scene =
                comma > 0 && comma < asks && opensScene(asking) ? Optional.of(new Region(0, comma)) : Optional.empty();
        scene.ifPresent(regions::add);
        Matcher appositive = APPOSITIVE.matcher(asking);
        while (appositive.find()) {
            if (!AskedKind.WH.matcher(appositive.group()).find()) {
                regions.add(new Region(appositive.start(), appositive.end()));
            }
        }
        Matcher dating = DATING_CLAUSE.matcher(asking);
        while (dating.find()) {
            // After the asking words only: "When did…" asks, "… when Dennis Rodman sang" dates. A clause holding the
            // question's own verb is part of its asking words: "How many days after the day Biden left did Harris
            // speak?"
            String clause = dating.group();
            if (dating.start() > asks
                    && !AskedKind.WH.matcher(clause).region(1, clause.length()).find()
                    && !ASKING_VERB.matcher(clause).find()) {
                regions.add(new Region(dating.start(), dating.end()));
            }
        }
        Matcher including = INCLUDING_CLAUSE.matcher(asking);
        while (including.find()) {
            // A list of names runs on past its commas ("Alex Rodriguez, David Ortiz and Barry Bonds"); a clause that
            // asks ("…, including Ortiz, how many…") is the question's own.
            if (including.start() > asks
                    && !AskedKind.WH.matcher(including.group(1)).find()
                    && !ASKING_VERB.matcher(including.group(1)).find()) {
                regions.add(new Region(including.start(), including.end()));
            }
        }
        Matcher timing = TIMING_CLAUSE.matcher(asking);
        while (timing.find()) {
            if (timing.start() > asks && opensWithSubjectAndVerb(timing.group(1))) {
                regions.add(new Region(timing.start(), timing.end()));
            }
        }
        return new DescribingClauses(List.copyOf(regions), scene);
    }

    /**
     * Whether {@code clause} opens with a name and a verb that reports what was said: "Speaker Kevin McCarthy said…"
     * dates the question by a statement, where "Liz Truss resigned" tells the event the answer follows.
     */
    private static boolean opensWithSubjectAndVerb(String clause) {
        Phrase name = Names.in(clause).stream().findFirst().orElse(null);
        if (name == null || !clause.substring(0, name.start()).isBlank()) {
            return false;
        }
        String next = Words.adjacentAfter(clause, name.end());
        return next != null && SPEECH_VERBS.contains(next);
    }

    /**
     * Whether {@code asking} opens with a preposition or a participle ("Under", "Facing"), not a name whose first word
     * ends in "-ing" ("Channing Tatum, who starred…").
     */
    private static boolean opensScene(String asking) {
        List<Phrase> words = Words.of(asking);
        if (words.isEmpty()) {
            return false;
        }
        Phrase first = words.getFirst();
        String lower = Words.base(first.text());
        if (SCENE_OPENERS.contains(lower)) {
            return true;
        }
        boolean opensName = Names.in(asking).stream()
                .anyMatch(n -> n.start() == first.start() && Words.of(n.text()).size() > 1);
        return lower.endsWith("ing") && lower.length() >= MIN_PARTICIPLE_CHARS && !opensName;
    }
}
