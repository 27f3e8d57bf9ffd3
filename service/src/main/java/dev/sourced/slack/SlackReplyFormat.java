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

/**
 * Lays an answer out for Slack: the answer in mrkdwn with its [n] markers, then a context block listing each
 * citation as {@code [n] <article id> (<outlet>, <date>) — "<short quote>"}, the article id linked to the passage in
 * the article reader when that link is absolute ({@code sourced.public-url} is set), the outlet linked to the original
 * address when the article gives one and the parenthesis left out when it gives neither, followed by
 * {@code (also published by N other sources: …)} when the story has copies under other outlets. The plain
 * {@code text} carries the same for notifications and clients without Block Kit.
 */
public final class SlackReplyFormat {
    static final String APOLOGY = "Sorry, I could not answer that just now. Please try again in a moment.";
    static final String BUSY = "Sorry, I am answering too many questions right now. Please ask again in a minute.";
    /** The block id of the answer's text, which a vote on the answer reads it back from. */
    static final String ANSWER_BLOCK = "answer";

    private static final int QUOTE_CHARS = 120;
    /** Slack allows at most ten elements in a context block. */
    private static final int MAX_CONTEXT_ELEMENTS = 10;

    private SlackReplyFormat() {}

    /** The reply as Block Kit blocks, ending with the 👍/👎 buttons that tie a vote to {@code asked} and the answer. */
    public static List<LayoutBlock> blocks(Answer answer, Asked asked) {
        List<LayoutBlock> blocks = new ArrayList<>();
        blocks.add(section(s -> s.blockId(ANSWER_BLOCK).text(markdownText(escape(answer.text())))));
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
        blocks.add(FeedbackButtons.block(asked, answer));
        return blocks;
    }

    /** The plain-text fallback: the answer, then one line per citation. */
    public static String text(Answer answer) {
        StringBuilder text = new StringBuilder(escape(answer.text()));
        if (!answer.citations().isEmpty()) {
            text.append(answer.answered() ? "\n" : "\nNearest passages:");
            answer.citations().forEach(c -> text.append('\n').append(citationLine(c)));
        }
        return text.toString();
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

    /** The text {@link #escape} was given back. */
    static String unescape(String text) {
        return text.replace("&lt;", "<").replace("&gt;", ">").replace("&amp;", "&");
    }
}
