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
 * citation as {@code [n] <article title> (<outlet>, <date>) — "<short quote>"}: the title (the article id when the
 * article has none) linked to the passage in the article reader when that link is absolute ({@code sourced.public-url}
 * is set), the outlet linked to the original address when the article gives one and the parenthesis left out when it
 * gives neither, followed by {@code (also published by N other sources: …)} when the story has copies under other
 * outlets. A follow-up that was rewritten to stand on its own opens with {@code Answering: <question>}, and every
 * answer ends with the 👍/👎 buttons. The plain {@code text} carries the same for notifications and clients without
 * Block Kit, and is what a later follow-up reads back ({@link #answerOf}).
 */
final class SlackReplyFormat {
    static final String APOLOGY = "Sorry, I could not answer that just now. Please try again in a moment.";
    static final String BUSY = "Sorry, I am answering too many questions right now. Please ask again in a minute.";
    /** The block id of the answer's text, which a vote on the answer reads it back from. */
    static final String ANSWER_BLOCK = "answer";

    static final String ANSWERING = "Answering: ";
    private static final String NEAREST = "Nearest passages:";
    private static final String BREAK = "\n\n";
    /** Where the citation lines of a reply's text begin: a line that opens with a marker, or the abstention's list. */
    private static final Pattern SOURCES_START = Pattern.compile("\n(?:\\[\\d+] |" + NEAREST + ")");

    private static final int QUOTE_CHARS = 120;
    /** Titles made from an article's first sentence stop at 90 characters; given ones are cut a little later. */
    private static final int TITLE_CHARS = 100;
    /** Slack allows at most ten elements in a context block. */
    private static final int MAX_CONTEXT_ELEMENTS = 10;

    private SlackReplyFormat() {}

    /**
     * The reply to a question as Block Kit blocks: the question answered when the message was rewritten to stand on
     * its own ({@code Answering: …}), the answer, then the {@link #footer}.
     */
    static List<LayoutBlock> blocks(Answer answer, Asked asked) {
        List<LayoutBlock> blocks = new ArrayList<>();
        if (asked.answering() != null) {
            blocks.add(context(List.of(markdownText("_" + answeringLine(asked.answering()) + "_"))));
        }
        blocks.add(section(s -> s.blockId(ANSWER_BLOCK).text(markdownText(escape(answer.text())))));
        blocks.addAll(footer(answer, asked));
        return blocks;
    }

    /**
     * What closes every reply under its answer text: the sources, then the 👍/👎 buttons that tie a vote to
     * {@code asked} and the answer. The one place that builds it, for a posted reply and for a streamed one, which
     * gets it when its stream stops.
     */
    static List<LayoutBlock> footer(Answer answer, Asked asked) {
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
        blocks.add(FeedbackButtons.block(asked, answer));
        return blocks;
    }

    /**
     * The plain-text fallback of {@link #blocks}: the {@code Answering: …} line when the question was rewritten, the
     * answer, then one line per citation.
     */
    static String text(Answer answer, Asked asked) {
        StringBuilder text = new StringBuilder();
        if (asked.answering() != null) {
            text.append(answeringLine(asked.answering())).append(BREAK);
        }
        text.append(escape(answer.text()));
        if (!answer.citations().isEmpty()) {
            text.append(answer.answered() ? "\n" : "\n" + NEAREST);
            answer.citations().forEach(c -> text.append('\n').append(citationLine(c)));
        }
        return text.toString();
    }

    /** "Answering: …": the question a rewritten follow-up was answered as, so that a wrong reading is visible. */
    static String answeringLine(String question) {
        return ANSWERING + escape(question);
    }

    /**
     * The answer of a reply this app posted, read back from the message's text for the follow-ups to it: without the
     * {@code Answering} line and the citation lines, Slack's escapes undone. Any other text comes back unescaped.
     */
    static String answerOf(String text) {
        String answer = text == null ? "" : text;
        if (answer.startsWith(ANSWERING) && answer.contains(BREAK)) {
            answer = answer.substring(answer.indexOf(BREAK) + BREAK.length());
        }
        var sources = SOURCES_START.matcher(answer);
        if (sources.find()) {
            answer = answer.substring(0, sources.start());
        }
        return unescape(answer).strip();
    }

    static String citationLine(Citation c) {
        return c.marker() + " " + article(c) + details(c) + " — \"" + escape(shortened(c.text(), QUOTE_CHARS)) + "\""
                + escape(alsoPublished(c.alsoPublishedBy()));
    }

    /**
     * The article's title (its id when it has none), linked to the cited passage in the reader; Slack cannot follow a
     * relative link, so only an absolute one is linked.
     */
    private static String article(Citation c) {
        String name = c.title() == null || c.title().isBlank() ? c.source() : shortened(c.title(), TITLE_CHARS);
        String url = c.url();
        if (url == null || !(url.startsWith("https://") || url.startsWith("http://"))) {
            return escape(name);
        }
        // A reader link is a parsed public address and an encoded id, which cannot hold the '>' or '|' that end a link.
        return "<" + url + "|" + linkLabel(name) + ">";
    }

    /**
     * Text shown for a link: escaped like any text, and without '|', which Slack has no escape for and which some
     * clients take as the start of the label ("Ukraine | Reuters" would show as "Reuters"); a broken bar stands in.
     */
    static String linkLabel(String text) {
        return escape(text).replace('|', '¦');
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
        if (c.originalUrl() != null) {
            // Provenance admits only parsed http(s) addresses, which cannot hold the '>' or '|' that end a Slack link.
            parts.add("<" + c.originalUrl() + "|" + (c.outlet() == null ? "original" : linkLabel(c.outlet())) + ">");
        } else if (c.outlet() != null) {
            parts.add(escape(c.outlet()));
        }
        if (c.published() != null) {
            parts.add(AsOfWording.DAY.format(c.published()));
        }
        return parts.isEmpty() ? "" : " (" + String.join(", ", parts) + ")";
    }

    /** {@code text} on one line, cut at the last space before {@code max} characters when longer. */
    private static String shortened(String text, int max) {
        String flat = text.replaceAll("\\s+", " ").strip();
        if (flat.length() <= max) {
            return flat;
        }
        int cut = flat.lastIndexOf(' ', max);
        return flat.substring(0, cut > 0 ? cut : max) + "…";
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
