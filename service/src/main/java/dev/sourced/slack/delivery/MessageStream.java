package dev.sourced.slack.delivery;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import java.util.List;

/**
 * One message streamed into a Slack thread as its text is written: {@code chat.startStream} with the first text,
 * {@code chat.appendStream} for the rest, {@code chat.stopStream} with the blocks that close it. Text is sent in
 * pieces of at least {@code chunkChars} characters rather than token by token, since each piece is one Web API call
 * and Slack rate-limits them. Knows nothing of answers: the caller decides what to do when the stream was refused
 * ({@link Outcome#NOT_SHOWN}: nothing reached the thread) or broke off ({@link Outcome#BROKEN}: the message holds part
 * of the text). Used by one thread at a time.
 */
public final class MessageStream {
    /** How a stream ended. */
    public enum Outcome {
        /** The message was streamed and stopped with its closing blocks. */
        STOPPED,
        /** Nothing reached the thread: no text came, or Slack refused to start the stream. */
        NOT_SHOWN,
        /** The message was started, but a later call failed: it holds only part of the text. */
        BROKEN
    }

    private final MethodsClient client;
    private final ReplyTo target;
    private final int chunkChars;
    private final StringBuilder pending = new StringBuilder();
    private final StringBuilder shown = new StringBuilder();
    private String ts;
    private boolean failed;

    /** @param opening text the message opens with, before the first appended text; empty for none */
    public MessageStream(MethodsClient client, ReplyTo target, int chunkChars, String opening) {
        if (chunkChars < 1) {
            throw new IllegalArgumentException("a stream sends at least one character at a time, not " + chunkChars);
        }
        this.client = client;
        this.target = target;
        this.chunkChars = chunkChars;
        pending.append(opening);
    }

    /** Adds text; sends what has gathered once it reaches the chunk size. */
    public void append(String text) {
        pending.append(text);
        if (pending.length() >= chunkChars) {
            flush();
        }
    }

    /** The text the thread has been sent so far. */
    public String shown() {
        return shown.toString();
    }

    /** Sends what is left and stops the stream with {@code closing} rendered under the text. */
    public Outcome stop(List<LayoutBlock> closing) {
        flush();
        if (ts == null) {
            return Outcome.NOT_SHOWN;
        }
        if (!failed) {
            failed = !WebApiCall.ok(
                    "chat.stopStream",
                    () -> client.chatStopStream(
                            r -> r.channel(target.channel()).ts(ts).blocks(closing.isEmpty() ? null : closing)));
        }
        return failed ? Outcome.BROKEN : Outcome.STOPPED;
    }

    /** The streamed message's timestamp, or {@code null} when none was started. */
    public String ts() {
        return ts;
    }

    private void flush() {
        if (pending.isEmpty() || failed) {
            return;
        }
        String text = pending.toString();
        pending.setLength(0);
        if (ts == null) {
            start(text);
        } else if (WebApiCall.ok(
                "chat.appendStream",
                () -> client.chatAppendStream(
                        r -> r.channel(target.channel()).ts(ts).markdownText(text)))) {
            shown.append(text);
        } else {
            failed = true;
        }
    }

    private void start(String text) {
        String[] started = new String[1];
        boolean ok = WebApiCall.ok("chat.startStream", () -> {
            var response = client.chatStartStream(r -> r.channel(target.channel())
                    .threadTs(target.threadTs())
                    .recipientUserId(target.user())
                    .recipientTeamId(target.team())
                    .markdownText(text));
            started[0] = response.getTs();
            return response;
        });
        if (ok) {
            ts = started[0];
            shown.append(text);
        } else {
            // Nothing was shown: the caller posts the whole message, so the text is not sent again piece by piece.
            failed = true;
        }
    }
}
