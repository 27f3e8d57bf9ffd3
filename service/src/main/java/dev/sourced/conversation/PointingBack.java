package dev.sourced.conversation;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A follow-up whose words point back at the previous turn:
 *
 * <ul>
 *   <li>"he", "she" (and "him", "his", "her") are the first person the previous answer named that the previous
 *       question did not (the answer introduced them), else the previous question's first name; "they", "them" and
 *       "their" are the names a who- or which-question's answer introduced, else the previous question's first name.
 *       A pronoun after a name of the message's own is left alone ("Did Putin say he would go?");
 *   <li>"that", "this" or "it" closing a question about what was said ("who said that?") is the previous answer's
 *       claim: its first quotation, else its first sentence;
 *   <li>whatever else points back ("when did it start?", "what happened there?", "why did they do that?", a lone
 *       "why?") is kept, and the previous question added in brackets, so that retrieval sees what it is about.
 * </ul>
 */
final class PointingBack {
    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)?");
    private static final Pattern CLOSING = Pattern.compile("[\\s?!.]*");
    private static final Pattern QUOTATION = Pattern.compile("[“\"]([^”\"]{10,})[”\"]");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?=\\s|$)");
    private static final Pattern WHO_OR_WHICH = Pattern.compile("^(?:who|whom|which)\\b", Pattern.CASE_INSENSITIVE);

    private static final Set<String> PERSON = Set.of("he", "him", "his", "himself", "she", "her", "hers", "herself");
    private static final Set<String> GROUP = Set.of("they", "them", "their", "theirs", "themselves");
    private static final Set<String> POSSESSIVE = Set.of("his", "hers", "their", "theirs");
    private static final Set<String> SAID_THING = Set.of("that", "this", "it");
    /** A question word alone ("why?") asks about the previous turn. */
    private static final Set<String> QUESTION_WORDS = Set.of("why", "how", "when", "where", "who", "what");
    /** Words that point back at something the previous turn said, without naming it. */
    private static final Set<String> POINTING = Set.of("it", "its", "itself", "that", "this", "there", "then");

    private static final Set<String> SAYING = Set.of(
            "say",
            "says",
            "said",
            "saying",
            "claim",
            "claims",
            "claimed",
            "state",
            "states",
            "stated",
            "announce",
            "announced",
            "report",
            "reported",
            "tell",
            "told",
            "write",
            "wrote",
            "mean",
            "meant",
            "deny",
            "denied");
    /** After "her", these make it an object ("meet her in Kyiv"), not a possessive ("her role"). */
    private static final Set<String> NOT_OWNED = Set.of(
            "in",
            "on",
            "at",
            "to",
            "for",
            "from",
            "with",
            "about",
            "by",
            "and",
            "or",
            "after",
            "before",
            "during",
            "that",
            "when",
            "where",
            "why",
            "how",
            "again",
            "first",
            "last",
            "today",
            "yesterday");
    /** "it" that is no thing: "is it true that …", "it was reported that …". */
    private static final Pattern EMPTY_IT = Pattern.compile(
            "\\bit\\s+(?:is|was|'s|’s)\\s+(?:true|possible|likely|unlikely|clear|known|reported|said)\\b"
                    + "|\\b(?:is|was)\\s+it\\s+(?:true|possible|likely|unlikely|clear|known)\\b",
            Pattern.CASE_INSENSITIVE);

    private static final int CLAIM_WORDS = 40;

    private PointingBack() {}

    /**
     * @param before the previous question, without its closing punctuation
     * @param answer the previous answer, without markers
     * @return the message resolved; empty when nothing in it points back
     */
    static Optional<String> resolve(String before, String answer, String message) {
        int ownName = Mentions.names(message).stream()
                .mapToInt(Mentions.Span::start)
                .findFirst()
                .orElse(message.length());
        List<Word> words = WORD.matcher(message).results().map(Word::new).toList();
        StringBuilder out = new StringBuilder();
        int copied = 0;
        boolean open = false;
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            Optional<String> replacement = Optional.empty();
            boolean pointing = false;
            boolean closes = CLOSING.matcher(message.substring(w.end())).matches();
            if (w.start() < ownName && PERSON.contains(w.lower())) {
                replacement = person(before, answer).map(p -> owned(p, words, w));
                pointing = true;
            } else if (w.start() < ownName && GROUP.contains(w.lower())) {
                replacement = group(before, answer).map(g -> owned(g, words, w));
                pointing = true;
            } else if (closes
                    && i > 0
                    && SAID_THING.contains(w.lower())
                    && SAYING.contains(words.get(i - 1).lower())) {
                replacement = claim(answer).map(c -> "that " + c);
                pointing = true;
            } else if (POINTING.contains(w.lower())) {
                pointing =
                        w.lower().startsWith("it") ? !EMPTY_IT.matcher(message).find() : closes;
            }
            if (replacement.isPresent()) {
                out.append(message, copied, w.start()).append(replacement.get());
                copied = w.end();
            } else {
                open |= pointing;
            }
        }
        open |= words.size() == 1 && QUESTION_WORDS.contains(words.getFirst().lower());
        if (copied == 0 && !open) {
            return Optional.empty();
        }
        String question = out.append(message.substring(copied)).toString();
        return Optional.of(open ? question + " (" + before + "?)" : question);
    }

    /** The referent with "'s" where the pronoun owns something ("his", "their", "her role", not "ask her why"). */
    private static String owned(String referent, List<Word> words, Word pronoun) {
        int next = words.indexOf(pronoun) + 1;
        boolean possessive = POSSESSIVE.contains(pronoun.lower())
                || (pronoun.lower().equals("her")
                        && next < words.size()
                        && !NOT_OWNED.contains(words.get(next).lower()));
        return possessive ? referent + "'s" : referent;
    }

    /** The person the previous answer introduced, else the previous question's first name. */
    private static Optional<String> person(String before, String answer) {
        List<String> introduced = introduced(before, answer);
        return introduced.stream()
                .filter(n -> n.contains(" "))
                .findFirst()
                .or(() -> firstName(before))
                .or(() -> introduced.stream().findFirst());
    }

    /** The names a who- or which-question's answer gave, else the previous question's first name. */
    private static Optional<String> group(String before, String answer) {
        if (WHO_OR_WHICH.matcher(before).find()) {
            List<String> given = introduced(before, firstSentence(answer));
            if (!given.isEmpty()) {
                return Optional.of(String.join(" and ", given));
            }
        }
        return firstName(before);
    }

    /** The answer's names that the question does not mention, in order, each once. */
    private static List<String> introduced(String before, String answer) {
        String asked = before.toLowerCase(Locale.ROOT);
        return Mentions.names(answer).stream()
                .map(Mentions.Span::text)
                .filter(n -> !asked.contains(n.toLowerCase(Locale.ROOT)))
                .distinct()
                .toList();
    }

    /** The first name of several words ("South Korea" before "UN"), else the first name. */
    private static Optional<String> firstName(String text) {
        List<Mentions.Span> names = Mentions.names(text);
        return names.stream()
                .filter(n -> n.text().contains(" "))
                .findFirst()
                .or(() -> names.stream().findFirst())
                .map(Mentions.Span::text);
    }

    /** What the previous answer claims: its first quotation, else its first sentence, at most 40 words. */
    private static Optional<String> claim(String answer) {
        Matcher quoted = QUOTATION.matcher(answer);
        String claim = FollowUp.withoutClosingPunctuation(quoted.find() ? quoted.group(1) : firstSentence(answer));
        if (claim.isBlank()) {
            return Optional.empty();
        }
        String[] words = claim.split("\\s+");
        if (words.length > CLAIM_WORDS) {
            claim = String.join(" ", Arrays.copyOf(words, CLAIM_WORDS)) + " …";
        }
        boolean opensWithName = Mentions.names(claim).stream().anyMatch(n -> n.start() == 0);
        return Optional.of(opensWithName ? claim : Character.toLowerCase(claim.charAt(0)) + claim.substring(1));
    }

    private static String firstSentence(String text) {
        Matcher end = SENTENCE_END.matcher(text);
        return end.find() ? text.substring(0, end.start()) : text;
    }

    private record Word(String text, int start, int end) {
        Word(java.util.regex.MatchResult m) {
            this(m.group(), m.start(), m.end());
        }

        String lower() {
            return text.toLowerCase(Locale.ROOT);
        }
    }
}
