package dev.sourced.slack;

import com.slack.api.methods.MethodsClient;
import dev.sourced.answer.Answer;
import dev.sourced.answer.Asker;
import dev.sourced.answer.Question;
import dev.sourced.slack.delivery.MessageStream;
import dev.sourced.slack.delivery.ReplyTo;
import dev.sourced.slack.delivery.WebApiCall;

/**
 * Streams an answer into the thread as the language model writes it ({@link MessageStream}); when it stops, the
 * sources are rendered under it ({@link SlackReplyFormat#footer}). The streamed text is the model's draft: its
 * unsupported sentences are removed and its markers renumbered only once it has finished (and a failed model is
 * replaced by the extractive answer), so when the checked answer differs from what was shown, the message is
 * replaced by the checked reply ({@code chat.update}), as the ask page replaces its streamed text. When Slack refuses
 * the stream, the reply is posted whole.
 */
final class StreamedAnswers implements ThreadAnswers {
    private final Asker asker;
    private final int chunkChars;

    /** @param chunkChars the least text sent in one {@code chat.appendStream} */
    StreamedAnswers(Asker asker, int chunkChars) {
        this.asker = asker;
        this.chunkChars = chunkChars;
    }

    @Override
    public void answer(MethodsClient client, ReplyTo to, Question question, Asked asked) {
        String opening = asked.answering() == null ? "" : SlackReplyFormat.answeringLine(asked.answering()) + "\n\n";
        MessageStream stream = new MessageStream(client, to, chunkChars, opening);
        Answer answer;
        try (Asker.Streamed streamed = asker.stream(question, Asker.DEFAULT_PASSAGES, null)) {
            answer = streamed.answer(stream::append);
        }
        MessageStream.Outcome outcome = stream.stop(SlackReplyFormat.footer(answer, asked));
        switch (outcome) {
            case NOT_SHOWN -> PostedAnswers.post(client, to, answer, asked);
            case STOPPED -> {
                if (!stream.shown().strip().equals((opening + answer.text()).strip())) {
                    replace(client, to, stream.ts(), answer, asked);
                }
            }
            case BROKEN -> replace(client, to, stream.ts(), answer, asked);
        }
    }

    private static void replace(MethodsClient client, ReplyTo to, String ts, Answer answer, Asked asked) {
        WebApiCall.ok(
                "chat.update",
                () -> client.chatUpdate(r -> r.channel(to.channel())
                        .ts(ts)
                        .text(SlackReplyFormat.text(answer, asked))
                        .blocks(SlackReplyFormat.blocks(answer, asked))));
    }
}
