package dev.sourced.slack.thread;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Decides whether a message in a thread Sourced answered, sent without mentioning it, asks Sourced something. It must
 * be addressed to no one in particular (no mention of a person, a user group, {@code @here} or {@code @channel}) and
 * be a question: a sentence ending in a question mark, or one that opens like a question ("who said that", "did he
 * go", "is Zhang Jun still ambassador") or a request ("tell me more about the sanctions"). A "thanks", a "great 👍",
 * "will do" or "makes sense" is talk between people and gets no reply. By closed classes of words, like the
 * follow-up resolution it feeds: the same message is always read the same way. Pure and thread-safe.
 */
public final class ThreadMessage {
    /** A person, a user group or a special mention ({@code <!here>}, {@code <!channel>}); a channel link is none. */
    private static final Pattern ADDRESSED = Pattern.compile("<(?:@[^>]+|!(?:here|channel|everyone|subteam)[^>]*)>");
    /** Links, channel links and emoji codes hold no words of a question. */
    private static final Pattern NOT_WORDS = Pattern.compile("<[^>]*>|:[a-z0-9_+'-]+:");
    /** A question mark ending a sentence: after a word, a quote or a bracket, before a space or the end. */
    private static final Pattern QUESTION_MARK = Pattern.compile("[\\p{L}\\p{N}\"'’”)\\]]\\s*\\?+(?=\\s|$)");

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]+(?:['’][\\p{L}]+)*");
    /** Question words: a question when two words follow, unless an exclamation ("what a day"). */
    private static final Set<String> QUESTION_WORDS =
            Set.of("what", "who", "whom", "whose", "when", "where", "why", "how", "which");
    /** Auxiliaries open a question only before a subject ("did he", "is China"): "will do", "was great" are none. */
    private static final Set<String> AUXILIARIES = Set.of(
            "is", "are", "was", "were", "do", "does", "did", "can", "could", "will", "would", "has", "have", "had",
            "should", "shall", "may", "might");

    private static final Set<String> SUBJECTS = Set.of(
            "he",
            "she",
            "it",
            "they",
            "we",
            "you",
            "i",
            "there",
            "this",
            "that",
            "these",
            "those",
            "anyone",
            "anybody",
            "someone",
            "somebody");
    /** Requests that ask for an answer ("tell me more", "list the countries"). */
    private static final Set<String> REQUESTS =
            Set.of("tell", "show", "explain", "list", "give", "summarise", "summarize", "describe", "compare", "find");
    /** Words that join a question to what came before ("and who said that"). */
    private static final Set<String> JOINERS = Set.of("and", "but", "so", "also", "then", "ok", "okay");

    private static final Set<String> EXCLAIMED = Set.of("a", "an");

    private ThreadMessage() {}

    /**
     * @param text the message as Slack sends it, mentions in Slack's {@code <@U…>} form
     * @param bot the bot, whose own mention does not address the message to someone else
     */
    public static boolean asksSourced(String text, Bot bot) {
        if (text == null || text.isBlank() || addressedToSomeoneElse(text, bot)) {
            return false;
        }
        String words = NOT_WORDS.matcher(text).replaceAll(" ");
        return QUESTION_MARK.matcher(words).find() || opensAQuestion(words(words));
    }

    private static boolean addressedToSomeoneElse(String text, Bot bot) {
        Matcher addressed = ADDRESSED.matcher(text);
        while (addressed.find()) {
            if (!addressed.group().equals("<@" + bot.userId() + ">")) {
                return true;
            }
        }
        return false;
    }

    private static boolean opensAQuestion(List<String> words) {
        int first = 0;
        while (first < words.size() && JOINERS.contains(lower(words.get(first)))) {
            first++;
        }
        if (first >= words.size()) {
            return false;
        }
        String opener = lower(words.get(first));
        List<String> rest = words.subList(first + 1, words.size());
        if (REQUESTS.contains(opener)) {
            return !rest.isEmpty();
        }
        if (QUESTION_WORDS.contains(opener)) {
            return rest.size() >= 2 && !EXCLAIMED.contains(lower(rest.getFirst()));
        }
        if (AUXILIARIES.contains(opener)) {
            String subject = rest.isEmpty() ? "" : rest.getFirst();
            return rest.size() >= 2 && (SUBJECTS.contains(lower(subject)) || Character.isUpperCase(subject.charAt(0)));
        }
        return false;
    }

    private static List<String> words(String text) {
        List<String> words = new ArrayList<>();
        Matcher m = WORD.matcher(text);
        while (m.find()) {
            words.add(m.group());
        }
        return words;
    }

    private static String lower(String word) {
        return word.toLowerCase(Locale.ROOT);
    }
}
