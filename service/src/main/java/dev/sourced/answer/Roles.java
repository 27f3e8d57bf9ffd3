package dev.sourced.answer;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Roles news writes beside a person's name ("Former radio host David Mueller", "regional governor Vasily Golubev",
 * "Patrick Mahomes, the Chiefs' quarterback,"), from fields whose roles one person does not hold at once in a story:
 * the judge who presides over a trial is not the radio host who sued, the pitcher who gave up a hit is not the catcher.
 * A question that asks for the holder of one role ("Which federal judge…") is not answered by a name its sentence gives
 * a role of another field. Roles one person may hold together stand in one field (an actor who directs, a governor who
 * becomes a senator, a team's captain who plays quarterback); a word for anyone ("player", "star", "leader",
 * "official") stands in none and excludes nothing.
 */
final class Roles {
    /**
     * Each field: roles that one person may hold together, or that a question may mean by one another. Words that name
     * roles in several walks of life ("director" of a film or of the FBI, "manager" of a team or of a fund,
     * "producer") stand in none.
     */
    private static final List<Set<String>> FIELDS = List.of(
            Set.of("judge", "justice", "magistrate"),
            Set.of("prosecutor", "attorney", "lawyer", "counsel"),
            Set.of(("host anchor presenter commentator actor actress comedian singer rapper musician songwriter dancer "
                            + "performer entertainer filmmaker screenwriter author writer novelist poet journalist "
                            + "reporter correspondent columnist editor critic")
                    .split(" ")),
            Set.of(("governor mayor senator congressman congresswoman representative lawmaker legislator president "
                            + "premier minister chancellor secretary ambassador speaker councilman councilwoman "
                            + "councilmember diplomat chairman chairwoman chair chairperson")
                    .split(" ")),
            Set.of(("executive ceo chairman chairwoman chair chairperson president founder cofounder entrepreneur "
                            + "businessman businesswoman")
                    .split(" ")),
            Set.of("coach"),
            Set.of("umpire", "referee"),
            Set.of("captain", "pilot"),
            Set.of("doctor", "physician", "surgeon"),
            Set.of("nurse"),
            // A department's chair is one of its professors.
            Set.of("professor", "researcher", "scientist", "economist", "chair", "chairperson"),
            Set.of("teacher"),
            Set.of("sheriff", "detective"),
            Set.of("commander", "admiral", "colonel"),
            // A team's captain plays a position; no player plays two of these.
            Set.of("pitcher", "captain"),
            Set.of("catcher", "captain"),
            Set.of("quarterback", "captain"),
            Set.of("goalkeeper", "goalie", "captain"),
            Set.of("shortstop", "captain"),
            Set.of("linebacker", "captain"),
            Set.of("midfielder", "captain"),
            // "his mother Paula Reed": a person a story introduces by a family tie is there as kin, not as the pilot
            // or the judge a question asks for ({@link #excludes}).
            Kinship.ties());

    /** The fields of each role, by their place in {@link #FIELDS}. */
    private static final Map<String, Set<Integer>> FIELDS_OF = fieldsOf();

    /** Titles written short before a name, by the role they stand for. */
    private static final Map<String, String> SHORT_TITLES =
            Map.of("gov", "governor", "sen", "senator", "rep", "representative", "capt", "captain");

    /**
     * ", the Chiefs' quarterback," after a name: an article or a possessor, up to four modifiers and the noun (group
     * 1), before the phrase ends or its complement starts ("the commissioner of the NFL").
     */
    private static final Pattern APPOSITIVE =
            Pattern.compile("\\s*,\\s+(?:a|an|the|\\p{Lu}[\\p{L}.-]*['’]s)\\s+(?:[\\p{L}\\p{N}'’.-]+\\s+){0,4}?"
                    + "(\\p{L}+)(?=\\s*[,.;:—–)]|\\s+(?:of|for|at|in|on|with|who)\\b|\\s*$)");

    /** The comma that closes a name set off, after a suffix's full stop, and no age: "his brother, Frank Jr., was". */
    private static final Pattern SET_OFF_AFTER = Pattern.compile("\\.?,(?!\\s*\\d)");
    /**
     * A possessive opening a clause, right before a family tie: "his" of "…, and his father, Frank, was", not of "Asked
     * about his son,".
     */
    private static final Pattern TIE_OPENS_CLAUSE =
            Pattern.compile("(?:^|[,;:]\\s*|\\b(?i:and|but)\\s+)(?i:his|her|their)\\s+$");

    private Roles() {}

    /** The role {@code noun} names in its field's spelling ("judges" is "judge", "Gov." is "governor"), or "". */
    static String roleOf(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT).replace(".", "");
        String title = SHORT_TITLES.get(lower);
        if (title != null) {
            return title;
        }
        if (isRole(lower)) {
            return lower;
        }
        String singular = lower.endsWith("es") && isRole(lower.substring(0, lower.length() - 2))
                ? lower.substring(0, lower.length() - 2)
                : lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : lower;
        return isRole(singular) ? singular : "";
    }

    /** Whether {@code role} is a family tie's ("mother", "sons"), which one person holds beside any other role. */
    static boolean isFamily(String role) {
        return Kinship.tieOf(role).isPresent();
    }

    private static boolean isRole(String word) {
        return FIELDS_OF.containsKey(word);
    }

    private static Map<String, Set<Integer>> fieldsOf() {
        Map<String, Set<Integer>> fields = new HashMap<>();
        for (int i = 0; i < FIELDS.size(); i++) {
            for (String role : FIELDS.get(i)) {
                fields.computeIfAbsent(role, r -> new HashSet<>()).add(i);
            }
        }
        return Map.copyOf(fields);
    }

    /**
     * The role {@code sentence} gives the person it names with {@code span}: a role among the name's words or just
     * before it ("Former radio host David Mueller", "President Jovenel Moise", "Gov. Gavin Newsom"), else one set off
     * after it ("Ivan Rodriguez, the catcher,"); "" when it gives none. A role a few words before the name is another
     * person's ("an attorney for David Mueller", "the judge ordered David Mueller"). A family tie counts only in lower
     * case ("his mother Paula Reed"; "Sister" and "Mother Teresa" are titles).
     */
    static String heldBy(String sentence, Phrase span) {
        List<Phrase> inside = Words.of(span.text());
        for (int i = inside.size() - 2; i >= 0; i--) {
            String role = roleOf(inside.get(i).text());
            // "Son Heung-min", "Mother Teresa": a tie's word inside a name is a name or a title, no tie.
            if (!role.isEmpty() && !isFamily(role)) {
                return role;
            }
        }
        List<Phrase> before = Words.of(sentence.substring(0, span.start()));
        if (!before.isEmpty()) {
            Phrase last = before.getLast();
            String between = sentence.substring(last.end(), span.start());
            // "Gov. Gavin Newsom": a short title's full stop stands between them; "our fellow Governor, Greg Abbott,
            // and…": commas set the name beside its title.
            if (between.isBlank()
                    || between.strip().equals(".") && last.text().length() <= 4
                    || between.strip().equals(",")
                            && Words.isCapitalised(last.text())
                            && sentence.startsWith(",", span.end())
                    // "his father, Frank, was a staffer": a tie set off before the name it is given, opening its
                    // clause; "Asked about his son, Biden, 81, said…" names the one asked, not the son.
                    || between.strip().equals(",")
                            && isFamily(roleOf(last.text()))
                            && !Words.isCapitalised(last.text())
                            && TIE_OPENS_CLAUSE
                                    .matcher(sentence)
                                    .region(0, last.start())
                                    .find()
                            && SET_OFF_AFTER
                                    .matcher(sentence.substring(span.end()))
                                    .lookingAt()) {
                String role = roleOf(last.text());
                if (!role.isEmpty() && !(isFamily(role) && Words.isCapitalised(last.text()))) {
                    return role;
                }
            }
        }
        Matcher appositive = APPOSITIVE.matcher(sentence.substring(span.end()));
        return appositive.lookingAt() ? roleOf(appositive.group(1)) : "";
    }

    /**
     * Whether a person who holds {@code held} does not hold {@code asked}: both are roles and no field holds both, nor
     * does one position's spellings ({@link Positions}: a company's president is its chief executive).
     */
    static boolean excludes(String asked, String held) {
        // "Which son of Rupert Murdoch…": the son may be the chairman too; a tie is the role held, never the one asked.
        if (isFamily(asked)) {
            return false;
        }
        String a = roleOf(asked);
        String h = roleOf(held);
        return !a.isEmpty()
                && !h.isEmpty()
                && FIELDS_OF.get(a).stream().noneMatch(FIELDS_OF.get(h)::contains)
                && !Positions.spellings(a).contains(h);
    }
}
