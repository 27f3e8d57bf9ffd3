package dev.sourced.openai;

import dev.sourced.answer.Answer;
import dev.sourced.answer.AsOfWording;
import dev.sourced.answer.Citation;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;

/**
 * The content of a chat reply, for a person reading it in a chat client: the question answered when the message was
 * a follow-up ({@code Answering: …}), the answer with its {@code [n]} markers, then a list of its sources, each with
 * a link to the passage. Written as Markdown that reads as plain text too:
 *
 * <pre>
 * Answering: Who is Russia's ambassador to the United Nations?
 *
 * Vassily Nebenzia. — “…” [1]
 *
 * Sources:
 * - [1] Title (Outlet, 3 June 2024): http://host/articles/id?hl=469-740#passage
 * </pre>
 *
 * An abstention lists the nearest passages under {@code Nearest passages:} instead.
 */
final class Reply {
    static final String ANSWERING = "Answering: ";
    static final String SOURCES = "Sources:";
    static final String NEAREST = "Nearest passages:";
    private static final String BREAK = "\n\n";

    private Reply() {}

    /** The content in the pieces a stream sends: the {@code Answering} line (if any), the answer, the sources. */
    static List<String> pieces(Conversation.Asked asked, Answer answer, URI base) {
        List<String> pieces = new ArrayList<>();
        if (asked.rewritten()) {
            pieces.add(ANSWERING + asked.question().text() + BREAK);
        }
        pieces.add(answer.text());
        if (!answer.citations().isEmpty()) {
            StringBuilder sources = new StringBuilder(BREAK).append(answer.answered() ? SOURCES : NEAREST);
            answer.citations().forEach(c -> sources.append("\n- ").append(source(c, base)));
            pieces.add(sources.toString());
        }
        return pieces;
    }

    static String content(Conversation.Asked asked, Answer answer, URI base) {
        return String.join("", pieces(asked, answer, base));
    }

    /**
     * The answer an earlier reply of this API gave, without its {@code Answering} line and its sources, for resolving
     * a follow-up against it; any other assistant text as it is.
     */
    static String answerOf(String content) {
        String answer = content;
        if (answer.startsWith(ANSWERING) && answer.contains(BREAK)) {
            answer = answer.substring(answer.indexOf(BREAK) + BREAK.length());
        }
        for (String list : List.of(BREAK + SOURCES + "\n", BREAK + NEAREST + "\n")) {
            int at = answer.lastIndexOf(list);
            if (at >= 0) {
                answer = answer.substring(0, at);
            }
        }
        return answer;
    }

    /** {@code [1] Title (Outlet, 3 June 2024): <link>}, the parenthesis left out when the article gives neither. */
    private static String source(Citation c, URI base) {
        List<String> details = new ArrayList<>();
        if (c.outlet() != null) {
            details.add(c.outlet());
        }
        if (c.published() != null) {
            details.add(AsOfWording.DAY.format(c.published()));
        }
        return c.marker() + " " + c.heading() + (details.isEmpty() ? "" : " (" + String.join(", ", details) + ")")
                + ": " + c.link(base);
    }
}
