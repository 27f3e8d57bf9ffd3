package dev.sourced.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that asks for an overview rather than a fact: a position or stance, a reaction or response, reasons,
 * what happened, what someone said about something. Read from the question's form alone, with its subject (who holds
 * the position, responded, spoke: "China", "Xi Jinping and Putin"; none for "why did the talks fail") and its focus
 * (what about: "Russia's attack on Ukraine"). A question that asks for one value ("what did Hua call on all parties to
 * do", "how many") is not an overview.
 *
 * @param subjects the names of whoever the question asks about, each a name as written ("South Korea"), several when
 *     the question joins them ("Xi Jinping", "Putin"); empty when it names no one
 * @param focus what the question asks about them, as written ("Russia's attack on Ukraine"); may be empty
 * @param jointly whether the subjects are asked about together ("what did Xi and Putin discuss"): a statement
 *     counts when it is made between them, all of them named around it
 */
public record OverviewQuestion(Kind kind, List<String> subjects, String focus, boolean jointly) {
    /** What kind of overview is asked for. */
    public enum Kind {
        /** "What is X's position on Y?" */
        POSITION,
        /** "How did X respond to Y?" */
        RESPONSE,
        /** "Why is X reluctant to Y?", "What are the reasons for Y?" */
        REASONS,
        /** "What happened in Y?" */
        EVENTS,
        /** "What did X say about Y?" */
        STATEMENTS;

        /** Whether the answer is what the subject said or stood for, so that the subject speaking counts. */
        boolean isStance() {
            return this == POSITION || this == RESPONSE || this == STATEMENTS;
        }
    }

    private static final String AUX = "(?:is|was|are|were|has been|have been|'s)";
    private static final String STANCE_NOUN = "(?:official |current |overall |initial |public )?(?:position|positions"
            + "|stance|stances|view|views|attitude|policy|approach|response|responses|reaction|reactions|stand|line"
            + "|thinking|take)";
    private static final String ABOUT = "(?:on|to|toward|towards|about|regarding|over|in|concerning|with)";
    private static final Pattern POSSESSOR_STANCE = Pattern.compile("(?i)^(?:what|how) " + AUX
            + " (?:the )?(?<subject>.+?)(?:'s|’s|s'|s’) " + STANCE_NOUN + "(?: " + ABOUT + " (?<focus>.+))?$");
    private static final Pattern STANCE_OF = Pattern.compile(
            "(?i)^what " + AUX + " the " + STANCE_NOUN + " of (?<subject>.+?)(?: " + ABOUT + " (?<focus>.+))?$");
    private static final Pattern STANCE_TO =
            Pattern.compile("(?i)^what " + AUX + " the " + STANCE_NOUN + " (?:to|on|over) (?<focus>.+)$");
    private static final Pattern RESPONDED = Pattern.compile("(?i)^how (?:did|do|does|has|have|had|will|would|is|are|"
            + "was|were) (?<subject>.+?) (?:respond|responded|responding|react|reacted|reacting|reply|replied|view|"
            + "viewed|see|seen|handle|handled|handling|approach|approached|deal|dealt|dealing|justify|justified|"
            + "explain|explained|defend|defended)\\b(?<focus>.*)$");
    private static final Pattern HOW_DID = Pattern.compile("(?i)^how (?:did|has|have|had) (?<focus>.+)$");
    private static final Pattern WHY = Pattern.compile("(?i)^why (?<focus>.+)$");
    private static final Pattern REASONS = Pattern.compile("(?i)^what (?:is|was|are|were) the (?:main |key |real )?"
            + "(?:reasons?|causes?|motives?|motivations?|explanations?|drivers?) (?:for|of|behind) (?<focus>.+)$|"
            + "^what (?:led to|caused|prompted|drove|is behind|was behind) (?<focus2>.+)$");
    private static final Pattern HAPPENED = Pattern.compile("(?i)^what (?:happened|has happened|is happening|was "
            + "happening|went on|is going on|was going on)\\b(?<focus>.*)$|^what (?:is|was|are|were) the (?:latest|"
            + "main|key)? ?(?:developments?|situation|events?) (?:in|at|with|of|on|around) (?<focus2>.+)$");
    private static final Pattern SAID = Pattern.compile("(?i)^what (?:did|does|do|has|have|had) (?<subject>.+?) "
            + "(?<verb>say|said|discuss|discussed|talk|talked|think|thought|write|written|comment|commented|argue|argued|"
            + "agree|agreed)"
            + "(?: with (?<with>.+?)| (?<to>to .+?))?(?: (?:about|on|regarding|concerning|of|over|in) (?<focus>.+))?$");
    /** A noun phrase whose head is a common noun with its owners after it: "joint statement between …". */
    private static final Pattern THING_OF =
            Pattern.compile("(\\p{Ll}[\\p{L}-]*(?: \\p{Ll}[\\p{L}-]*)*) (?:between|of|from|by|among) ");
    /** Verbs of what two or more do together: "discuss", "agree". */
    private static final Pattern JOINT_VERBS = Pattern.compile("(?i)discuss(?:ed)?|talk(?:ed)?|agreed?");

    private static final Pattern SUMMARY = Pattern.compile("(?i)^(?:summari[sz]e|explain|describe|give (?:me )?an "
            + "overview of|tell me about|what do the articles say about|what is known about) (?<focus>.+)$");
    private static final Pattern ARTICLE = Pattern.compile("(?i)^(?:the|a|an) ");
    /** A word that makes a question ask for one value: "how many", "what time". */
    private static final Pattern ONE_VALUE = Pattern.compile("(?i)^how (?:many|much|old|long|far|often)\\b");

    public OverviewQuestion {
        subjects = List.copyOf(subjects);
        focus = focus == null ? "" : focus.strip();
    }

    OverviewQuestion(Kind kind, List<String> subjects, String focus) {
        this(kind, subjects, focus, false);
    }

    /** The overview {@code question} asks for, or empty when it asks for a fact. */
    public static Optional<OverviewQuestion> of(String question) {
        String q = question.strip().replaceAll("[?.!\\s]+$", "").replaceAll("\\s+", " ");
        if (q.isEmpty() || ONE_VALUE.matcher(q).find()) {
            return Optional.empty();
        }
        Matcher m;
        if ((m = POSSESSOR_STANCE.matcher(q)).matches() || (m = STANCE_OF.matcher(q)).matches()) {
            return Optional.of(new OverviewQuestion(Kind.POSITION, subjects(m.group("subject")), m.group("focus")));
        }
        if ((m = STANCE_TO.matcher(q)).matches()) {
            return Optional.of(new OverviewQuestion(Kind.RESPONSE, List.of(), m.group("focus")));
        }
        if ((m = RESPONDED.matcher(q)).matches()) {
            return Optional.of(new OverviewQuestion(Kind.RESPONSE, subjects(m.group("subject")), m.group("focus")));
        }
        if ((m = SAID.matcher(q)).matches()) {
            List<String> subjects = new ArrayList<>(subjects(m.group("subject")));
            if (m.group("with") != null) {
                subjects.addAll(subjects(m.group("with")));
            }
            boolean between = subjects.size() > 1
                    && (m.group("with") != null
                            || JOINT_VERBS.matcher(m.group("verb")).matches());
            // "say to the CEOs at the hearing on safety": whom they spoke to is part of what is asked about.
            String focus = ((m.group("to") == null ? "" : m.group("to")) + " "
                            + (m.group("focus") == null ? "" : m.group("focus")))
                    .strip();
            return Optional.of(new OverviewQuestion(Kind.STATEMENTS, subjects, focus, between));
        }
        if ((m = REASONS.matcher(q)).matches()) {
            String focus = m.group("focus") != null ? m.group("focus") : m.group("focus2");
            return Optional.of(new OverviewQuestion(Kind.REASONS, firstName(focus), focus));
        }
        if ((m = WHY.matcher(q)).matches()) {
            return Optional.of(new OverviewQuestion(Kind.REASONS, firstName(m.group("focus")), m.group("focus")));
        }
        if ((m = HAPPENED.matcher(q)).matches()) {
            String focus = m.group("focus") != null ? m.group("focus") : m.group("focus2");
            return Optional.of(new OverviewQuestion(Kind.EVENTS, List.of(), focus));
        }
        if ((m = SUMMARY.matcher(q)).matches()) {
            return Optional.of(new OverviewQuestion(Kind.EVENTS, List.of(), m.group("focus")));
        }
        if ((m = HOW_DID.matcher(q)).matches()) {
            return Optional.of(new OverviewQuestion(Kind.RESPONSE, firstName(m.group("focus")), m.group("focus")));
        }
        return Optional.empty();
    }

    /**
     * The subject phrase as names: "Xi Jinping and Putin" is two; "the South Korean government" is the name in it;
     * of "US Anti-Doping Agency chief Travis Tygart", the last, the person the phrase ends with; a subject without a
     * name ("the government") is kept as written.
     */
    private static List<String> subjects(String phrase) {
        String subject = ARTICLE.matcher(phrase.strip()).replaceFirst("");
        // "the February 4 joint statement between China and Russia" is the statement, not the countries; "the
        // president of France" speaks for France.
        Matcher thing = THING_OF.matcher(subject);
        if (thing.find() && !Attribution.isOffice(lastWord(thing.group(1)))) {
            return List.of(thing.group(1));
        }
        List<String> names = new ArrayList<>();
        for (String part : subject.split(",? (?:and|&) |, ")) {
            List<String> inPart = namesIn(part);
            if (!inPart.isEmpty()) {
                names.add(inPart.getLast());
            } else if (!part.isBlank()) {
                names.add(part.strip());
            }
        }
        return names;
    }

    /**
     * The first name in a clause, its subject: "China" of "is China reluctant to condemn Russia"; none when it names
     * no one.
     */
    private static List<String> firstName(String clause) {
        List<String> names = namesIn(clause);
        return names.isEmpty() ? List.of() : List.of(names.getFirst());
    }

    private static String lastWord(String phrase) {
        return phrase.substring(phrase.lastIndexOf(' ') + 1);
    }

    /** The proper names in {@code text}, the first word of a question counted as capitalised only when it is one. */
    private static List<String> namesIn(String text) {
        return Names.in(text).stream().map(p -> withoutPossessive(p.text())).toList();
    }

    private static String withoutPossessive(String name) {
        return name.replaceAll("(?:'s|’s|'|’)$", "");
    }
}
