package dev.sourced.slack;

import com.slack.api.methods.MethodsClient;
import com.slack.api.model.block.LayoutBlock;
import dev.sourced.answer.Answer;
import dev.sourced.answer.Asker;
import dev.sourced.answer.Question;
import dev.sourced.slack.delivery.ReplyTo;
import dev.sourced.slack.delivery.WebApiCall;
import java.util.List;

/** Answers and posts the whole reply at once with {@code chat.postMessage}. */
final class PostedAnswers implements ThreadAnswers {
    private final Asker asker;

    PostedAnswers(Asker asker) {
        this.asker = asker;
    }

    @Override
    public void answer(MethodsClient client, ReplyTo to, Question question, Asked asked) {
        post(client, to, asker.ask(question), asked);
    }

    /** Posts a finished answer, laid out by {@link SlackReplyFormat}. */
    static void post(MethodsClient client, ReplyTo to, Answer answer, Asked asked) {
        post(client, to, SlackReplyFormat.text(answer, asked), SlackReplyFormat.blocks(answer, asked));
    }

    /** Posts a note (busy, apology) or a reply; {@code blocks} {@code null} for plain text. */
    static void post(MethodsClient client, ReplyTo to, String text, List<LayoutBlock> blocks) {
        WebApiCall.ok(
                "chat.postMessage",
                () -> client.chatPostMessage(r -> r.channel(to.channel())
                        .threadTs(to.threadTs())
                        .text(text)
                        .blocks(blocks)));
    }
}
