package dev.sourced.conversation;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An elliptical follow-up, a fragment of a question ("and in 2021?", "what about South Korea?", "Russia's?", "same
 * for the UN"): the previous question with the fragment's period in place of its period (appended when it had none)
 * and the fragment's name in place of its first name, with that name's "the". A fragment of another kind after "what
 * about" or "and" ("what about the economy?") is added to the previous question as "regarding …". A message that is
 * more than a fragment is left to {@link PointingBack}.
 */
final class Fragment {
    /** How a follow-up fragment opens: "and", "what about", "how about", "what of", "same for". */
    private static final Pattern LEAD = Pattern.compile(
            "^(?:(?:and|but|also|so)\\s*,?\\s+)?(?:(?:what|how)\\s+about|what\\s+of|same\\s+(?:question\\s+)?"
                    + "(?:for|about))\\s+|^(?:and|also|but|or)\\s+",
            Pattern.CASE_INSENSITIVE);

    private static final Pattern TRAIL =
            Pattern.compile("[\\s,]+(?:too|as\\s+well|instead|then|though|also)$", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARTICLE_BEFORE = Pattern.compile("(?i)\\bthe\\s+$");
    private static final Pattern YEAR = Pattern.compile("\\d+");

    private Fragment() {}

    /** @param before the previous question, without its closing punctuation */
    static Optional<String> resolve(String before, String message) {
        String fragment = FollowUp.withoutClosingPunctuation(message);
        Matcher lead = LEAD.matcher(fragment);
        boolean led = lead.find();
        String rest = TRAIL.matcher(led ? fragment.substring(lead.end()) : fragment)
                .replaceAll("")
                .strip();
        Optional<Mentions.Time> time = Mentions.time(rest);
        String other = time.map(t -> rest.substring(0, t.span().start())
                        + rest.substring(t.span().end()))
                .orElse(rest)
                .replaceAll("^[\\s,]+|[\\s,]+$", "")
                .replaceAll("(?i)^and\\s+|\\s+and$", "");
        Optional<String> name = other.isEmpty() ? Optional.empty() : wholeName(other);
        boolean fragmentOfOtherKind = !other.isEmpty() && name.isEmpty();
        if (rest.isEmpty() || (fragmentOfOtherKind && !led)) {
            return Optional.empty();
        }
        String question = time.map(t -> withTime(before, t)).orElse(before);
        if (name.isPresent()) {
            question = withName(question, name.get()).orElse(question + ", regarding " + other);
        } else if (fragmentOfOtherKind) {
            question = question + ", regarding " + other;
        }
        return Optional.of(question + "?");
    }

    /** The fragment's name ("South Korea", "the UN", "Russia's" as "Russia") when it is nothing else. */
    private static Optional<String> wholeName(String fragment) {
        String bare = fragment.replaceFirst("^(?i:the)\\s+", "");
        List<Mentions.Span> names = Mentions.names(bare);
        if (names.size() != 1 || names.getFirst().start() != 0) {
            return Optional.empty();
        }
        String tail = bare.substring(names.getFirst().end());
        if (!tail.isEmpty() && !tail.equals("'s") && !tail.equals("’s")) {
            return Optional.empty();
        }
        return Optional.of(fragment.substring(0, fragment.length() - tail.length()));
    }

    /** The question with the new period for its own, keeping its preposition when the new one has none. */
    private static String withTime(String question, Mentions.Time time) {
        Optional<Mentions.Time> old = Mentions.time(question);
        if (old.isEmpty()) {
            boolean bareYear =
                    time.preposition() == null && YEAR.matcher(time.period()).matches();
            return question + " "
                    + (bareYear ? "in " + time.period() : time.span().text());
        }
        Mentions.Time was = old.get();
        String phrase = time.preposition() == null && was.preposition() != null
                ? was.preposition() + " " + time.period()
                : time.span().text();
        return question.substring(0, was.span().start())
                + phrase
                + question.substring(was.span().end());
    }

    /** The question with {@code name} for its first name (and that name's "the"); empty when it names nothing. */
    private static Optional<String> withName(String question, String name) {
        List<Mentions.Span> names = Mentions.names(question);
        if (names.isEmpty()) {
            return Optional.empty();
        }
        Mentions.Span first = names.getFirst();
        int start = first.start();
        Matcher article = ARTICLE_BEFORE.matcher(question.substring(0, start));
        if (article.find()) {
            start = article.start();
        }
        return Optional.of(question.substring(0, start) + name + question.substring(first.end()));
    }
}
