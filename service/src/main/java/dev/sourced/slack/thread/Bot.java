package dev.sourced.slack.thread;

import com.slack.api.bolt.context.Context;
import com.slack.api.model.Message;

/**
 * This app's bot as Slack names it ({@code auth.test}, whose answer Bolt caches for ten minutes, so no call is made per
 * event): its user id and its bot id.
 * A message is the bot's own when either matches, so that a thread reads back the same whether Slack fills in one or
 * both.
 */
public record Bot(String userId, String botId) {
    public Bot {
        if (userId == null && botId == null) {
            throw new IllegalArgumentException("the bot needs a user id or a bot id");
        }
    }

    /** The bot a Bolt context names, as Bolt learnt it from its cached {@code auth.test}. */
    public static Bot of(Context ctx) {
        return new Bot(ctx.getBotUserId(), ctx.getBotId());
    }

    /** True when the bot wrote {@code message}. */
    public boolean wrote(Message message) {
        return userId != null && userId.equals(message.getUser()) || botId != null && botId.equals(message.getBotId());
    }

    /** True when {@code text} mentions the bot ({@code <@U…>}): such a message is answered as a mention. */
    public boolean isMentionedIn(String text) {
        return userId != null && text != null && text.contains("<@" + userId + ">");
    }
}
