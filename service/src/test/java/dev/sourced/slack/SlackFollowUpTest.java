package dev.sourced.slack;

import static dev.sourced.slack.SignedEvents.awaitReply;
import static dev.sourced.slack.SignedEvents.drain;
import static dev.sourced.slack.SignedEvents.eventId;
import static dev.sourced.slack.SignedEvents.mention;
import static dev.sourced.slack.SignedEvents.message;
import static dev.sourced.slack.SignedEvents.postEvent;
import static dev.sourced.slack.SignedEvents.repliesIn;
import static dev.sourced.slack.SignedEvents.ts;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Follow-ups in a channel thread, without a mention: the thread is read back from the fake Slack
 * ({@code conversations.replies}), never from memory, and a follow-up is answered as the question it stands for.
 */
@QuarkusTest
@TestProfile(SlackProfile.class)
class SlackFollowUpTest {
    private static final String FIRST = "Who is China's ambassador to the United Nations?";
    private static final String ZHANG_JUN_ARTICLE = "001_cac66bdd6cab3789";

    /** A new one for each test: see {@link FakeSlack#inject}. */
    FakeSlack.Workspace slack;

    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    /** A thread opened by a mention of the bot, and its answer. */
    private String answeredThread() {
        String root = ts();
        slack.said("C1", root, root, "U1", "<@UBOT> " + FIRST);
        postEvent(mention(eventId(), root, null, "<@UBOT> " + FIRST)).statusCode(200);
        awaitReply(slack, p -> root.equals(p.get("thread_ts")));
        return root;
    }

    /** Says {@code text} in the thread as a person, as Slack would hold it, and sends its message event. */
    private String follow(String root, String user, String text) {
        String ts = ts();
        slack.said("C1", root, ts, user, text);
        postEvent(message("C1", "channel", ts, root, user, text)).statusCode(200);
        return ts;
    }

    @Test
    void aFollowUpWithoutAMentionIsAnsweredAsTheQuestionItStandsFor() {
        String root = answeredThread();
        assertTrue(repliesIn(slack, root).getFirst().get("text").contains("Zhang Jun"));

        follow(root, "U2", "When did he say it?");
        awaitReply(slack, p -> root.equals(p.get("thread_ts")) && p.get("text").startsWith("Answering:"));

        List<Map<String, String>> replies = repliesIn(slack, root);
        assertEquals(2, replies.size(), "one reply to the follow-up");
        String reply = replies.get(1).get("text");
        // The question retrieval was given, shown as the reply's first line: "he" is the person the answer named.
        String asked = reply.lines().findFirst().orElseThrow();
        assertTrue(asked.startsWith("Answering: When did Zhang Jun say "), asked);
        assertTrue(reply.contains("/articles/" + ZHANG_JUN_ARTICLE + "?hl="), reply);
        assertTrue(replies.get(1).get("blocks").contains("_Answering: When did Zhang Jun say "));
        assertEquals(
                1,
                slack.calls("conversations.replies").stream()
                        .filter(c -> root.equals(c.form().get("ts")))
                        .count(),
                "the thread is read from Slack for the follow-up (the opening mention starts it)");
    }

    @Test
    void aChainOfFollowUpsKeepsItsSubject() {
        String root = answeredThread();
        follow(root, "U1", "Which agreement did he urge the parties to return to?");
        awaitReply(slack, p -> root.equals(p.get("thread_ts")) && p.get("text").contains("Minsk"));
        String rewritten =
                repliesIn(slack, root).get(1).get("text").lines().findFirst().orElseThrow();
        assertEquals("Answering: Which agreement did Zhang Jun urge the parties to return to?", rewritten);
    }

    @Test
    void talkThatAsksNothingAndMessagesToSomeoneElseGetNoReply() {
        String root = answeredThread();
        follow(root, "U2", "thanks, that helps :+1:");
        follow(root, "U2", "great 👍");
        follow(root, "U2", "<@U3> what do you make of this?");
        drain(slack);
        assertEquals(1, repliesIn(slack, root).size(), "only the answer to the mention");
    }

    @Test
    void aThreadTheBotNeverAnsweredIsLeftAlone() {
        String root = ts();
        slack.said("C1", root, root, "U1", FIRST);
        follow(root, "U2", "Who said that?");
        drain(slack);
        assertEquals(List.of(), repliesIn(slack, root));
    }

    @Test
    void aThreadWhereTheBotOnlyPostedANoteIsLeftAlone() {
        String root = ts();
        slack.said("C1", root, root, "U1", FIRST);
        // A note carries no answer's blocks, whatever its words (the allow-list's note changes with the settings).
        slack.said("C1", root, ts(), FakeSlack.BOT_USER, "I answer questions only in <#C9>. Please ask me there.");
        follow(root, "U2", "Who said that?");
        drain(slack);
        assertEquals(List.of(), repliesIn(slack, root), "no answer after a note");
    }

    @Test
    void theBotsOwnMessagesInAThreadAreNotAnswered() {
        String root = answeredThread();
        String ts = ts();
        slack.said("C1", root, ts, FakeSlack.BOT_USER, "Who is Zhang Jun?");
        postEvent("""
                        {"token":"t","team_id":"T1","api_app_id":"A1","type":"event_callback","event_id":"%s",
                         "event_time":1,"event":{"type":"message","channel_type":"channel","user":"UBOT","bot_id":"BBOT",
                         "text":"Who is Zhang Jun?","ts":"%s","thread_ts":"%s","channel":"C1","event_ts":"%s"}}
                        """.formatted(eventId(), ts, root, ts)).statusCode(200);
        drain(slack);
        assertEquals(1, repliesIn(slack, root).size());
    }

    @Test
    void aMentionInAnAnsweredThreadIsAnsweredOnceAndResolvedToo() {
        String root = answeredThread();
        String ts = ts();
        String text = "<@UBOT> When did he say it?";
        slack.said("C1", root, ts, "U2", text);
        // Slack sends both events for a mention in a channel the bot reads.
        postEvent(message("C1", "channel", ts, root, "U2", text)).statusCode(200);
        postEvent(mention(eventId(), ts, root, text)).statusCode(200);
        drain(slack);
        List<Map<String, String>> replies = repliesIn(slack, root);
        assertEquals(2, replies.size(), "one answer for the two events");
        assertTrue(replies.get(1).get("text").startsWith("Answering: When did Zhang Jun say "));
    }
}
