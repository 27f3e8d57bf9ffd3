package dev.sourced.slack;

import static com.slack.api.model.block.Blocks.context;
import static com.slack.api.model.block.Blocks.section;
import static com.slack.api.model.block.composition.BlockCompositions.markdownText;

import com.slack.api.model.block.ContextBlockElement;
import com.slack.api.model.block.LayoutBlock;
import dev.sourced.answer.Answer;
import dev.sourced.answer.AsOfWording;
import dev.sourced.answer.Citation;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Lays an answer out for Slack: the answer in mrkdwn with its [n] markers, then a context block listing each
 * citation as {@code [n] <article id> (<outlet>, <date>) — "<short quote>"}, the article id linked to the passage in
 * the article reader when that link is absolute ({@code sourced.public-url} is set), the outlet linked to the original
 * address when the article gives one and the parenthesis left out when it gives neither, followed by
 * {@code (also published by N other sources: …)} when the story has copies under other outlets. A follow-up that was
 * rewritten to stand on its own opens with {@code Answering: <question>}. The plain {@code text} carries the same for
 * notifications and clients without Block Kit, and is what a later follow-up reads back ({@link #answerOf}).
 */
public final class SlackReplyFormat {
    static final String APOLOGY = "Sorry, I could not answer that just now. Please try again in a moment.";
    static final String BUSY = "Sorry, I am answering too many questions right now. Please ask again in a minute.";
    static final String ANSWERING = "Answering: ";
    private static final String NEAREST = "Nearest passages:";
    private static final String BREAK = "\n\n";
    /** Where the citation lines of a reply's text begin: a line that opens with a marker, or the abstention's list. */
    private static final Pattern SOURCES_START = Pattern.compile("\n(?:\\[\\d+] |" + NEAREST + ")");

    private static final int QUOTE_CHARS = 120;
    /** Slack allows at most ten elements in a context block. */
    private static final int MAX_CONTEXT_ELEMENTS = 10;

    private SlackReplyFormat() {}

    /** The reply as Block Kit blocks. */
    public static List<LayoutBlock> blocks(Answer answer) {
        return blocks(answer, null);
    }

    /**
     * The reply to a question as Block Kit blocks: the question answered when the message was rewritten to stand on
     * its own ({@code Answering: …}), the answer, then the {@link #footer}.
     *
     * @param answering the question answered, or {@code null} when it is the message as asked
     */
    public static List<LayoutBlock> blocks(Answer answer, String answering) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (answering != null) {
            blocks.add(context(List.of(markdownText("_" + answeringLine(answering) + "_"))));
        }
        blocks.add(section(s -> s.text(markdownText(escape(answer.text())))));
        blocks.addAll(footer(answer));
        return blocks;
    }

    /**
     * What closes every reply under its answer text: the sources. The one place that builds it, for a posted reply
     * and for a streamed one, which gets it when its stream stops.
     */
    public static List<LayoutBlock> footer(Answer answer) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (!answer.citations().isEmpty()) {
            List<ContextBlockElement> lines = new ArrayList<>();
            if (!answer.answered()) {
                lines.add(markdownText("_Nearest passages:_"));
            }
            for (Citation c : answer.citations()) {
                if (lines.size() == MAX_CONTEXT_ELEMENTS) {
                    break;
                }
                lines.add(markdownText(citationLine(c)));
            }
            blocks.add(context(lines));
        }
        return blocks;
    }

    /** The plain-text fallback: the answer, then one line per citation. */
    public static String text(Answer answer) {
        return text(answer, null);
    }

    /** As {@link #text(Answer)}, after the {@code Answering: …} line when {@code answering} is not {@code null}. */
    public static String text(Answer answer, String answering) {
        StringBuilder text = new StringBuilder();
        if (answering != null) {
            text.append(answeringLine(answering)).append(BREAK);
        }
        text.append(escape(answer.text()));
        if (!answer.citations().isEmpty()) {
            text.append(answer.answered() ? "\n" : "\n" + NEAREST);
            answer.citations().forEach(c -> text.append('\n').append(citationLine(c)));
        }
        return text.toString();
    }

    /** True for the bot's notes (busy, apology): replies that answered nothing. */
    static boolean isNote(String text) {
        return APOLOGY.equals(text) || BUSY.equals(text);
    }

    /** "Answering: …": the question a rewritten follow-up was answered as, so that a wrong reading is visible. */
    public static String answeringLine(String question) {
        return ANSWERING + escape(question);
    }

    /**
     * The answer of a reply this app posted, read back from the message's text for the follow-ups to it: without the
     * {@code Answering} line and the citation lines, Slack's escapes undone. Any other text comes back unescaped.
     */
    public static String answerOf(String text) {
        String answer = text == null ? "" : text;
        if (answer.startsWith(ANSWERING) && answer.contains(BREAK)) {
            answer = answer.substring(answer.indexOf(BREAK) + BREAK.length());
        }
        var sources = SOURCES_START.matcher(answer);
        if (sources.find()) {
            answer = answer.substring(0, sources.start());
        }
        return answer.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&amp;", "&")
                .strip();
    }

    static String citationLine(Citation c) {
        return c.marker() + " " + article(c) + details(c) + " — \"" + escape(shortQuote(c.text())) + "\""
                + escape(alsoPublished(c.alsoPublishedBy()));
    }

    /** The article id, linked to the cited passage in the reader; Slack cannot follow a relative link, so only then. */
    private static String article(Citation c) {
        String id = escape(c.source());
        String url = c.url();
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return id;
        }
        // A reader link is a parsed public address and an encoded id, which cannot hold the '>' or '|' that end a link.
        return "<" + url + "|" + id + ">";
    }

    /** Copies of the cited story under other outlets: counted once, named so a reader can check them. */
    static String alsoPublished(List<String> others) {
        if (others.isEmpty()) {
            return "";
        }
        return " (also published by " + others.size() + (others.size() == 1 ? " other source: " : " other sources: ")
                + String.join(", ", others) + ")";
    }

    /** " (Reuters, 2 March 2022)": the reader weighs a quote by who published it and when. */
    private static String details(Citation c) {
        List<String> parts = new ArrayList<>();
        String outlet = c.outlet() == null ? null : escape(c.outlet());
        if (c.originalUrl() != null) {
            // Provenance admits only parsed http(s) addresses, which cannot hold the '>' or '|' that end a Slack link.
            parts.add("<" + c.originalUrl() + "|" + (outlet == null ? "original" : outlet) + ">");
        } else if (outlet != null) {
            parts.add(outlet);
        }
        if (c.published() != null) {
            parts.add(AsOfWording.DAY.format(c.published()));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    private static String shortQuote(String text) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= QUOTE_CHARS) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', QUOTE_CHARS);
        return flat.substring(0, cut > 0 ? cut : QUOTE_CHARS) + "…";
    }

    /** Slack's mrkdwn gives &, < and > meaning; article text must not. */
    static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }
}
