package dev.sourced.slack;

import static com.slack.api.model.block.composition.BlockCompositions.plainText;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.slack.api.model.block.ContextActionsBlock;
import com.slack.api.model.block.LayoutBlock;
import com.slack.api.model.block.composition.FeedbackButtonObject;
import com.slack.api.model.block.element.FeedbackButtonsElement;
import dev.sourced.answer.Answer;
import dev.sourced.answer.Citation;
import dev.sourced.answer.Question;
import dev.sourced.feedback.Passage;
import dev.sourced.feedback.Vote;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * The 👍/👎 buttons under an answer ({@code feedback_buttons} in a {@code context_actions} block) and what their
 * values carry. Each button's value is a compact JSON reference to what was answered, {@code {"v":"down","q":
 * question,"r":rewritten question (when it differs),"g":generator,"c":[[n,article id,start,end],…]}}, so that a click
 * is tied to its answer by what Slack sends back alone: nothing is stored per answer, a restart loses nothing, and
 * answers posted through a {@code response_url} (which returns no message id to key a record by) work alike. The
 * answer's text is in the clicked message, which Slack sends with the click. Slack allows 2,000 characters in a value:
 * very long questions are shortened to fit (with "…"), then, for a long overview, the last citations dropped.
 */
final class FeedbackButtons {
    static final String ACTION_ID = "answer_feedback";
    /** The type of the block the buttons stand in: every answer carries one, no note does. */
    static final String BLOCK_TYPE = ContextActionsBlock.TYPE;

    static final int MAX_VALUE_CHARS = 2000;
    private static final int MIN_KEPT_CHARS = 125;
    private static final ObjectMapper JSON = new ObjectMapper();

    private FeedbackButtons() {}

    /** What a button's value says. */
    record Reference(Vote vote, String question, String rewritten, String generator, List<Passage> citations) {}

    static LayoutBlock block(Asked asked, Answer answer) {
        return ContextActionsBlock.builder()
                .elements(List.of(FeedbackButtonsElement.builder()
                        .actionId(ACTION_ID)
                        .positiveButton(FeedbackButtonObject.builder()
                                .text(plainText("👍"))
                                .accessibilityLabel("This answer was right and useful")
                                .value(value(Vote.UP, asked, answer))
                                .build())
                        .negativeButton(FeedbackButtonObject.builder()
                                .text(plainText("👎"))
                                .accessibilityLabel("This answer was wrong or not useful")
                                .value(value(Vote.DOWN, asked, answer))
                                .build())
                        .build()))
                .build();
    }

    /** The value of one button: at most {@link #MAX_VALUE_CHARS} characters, shortening only what does not fit. */
    static String value(Vote vote, Asked asked, Answer answer) {
        int kept = Question.MAX_CHARS;
        int cited = answer.citations().size();
        String value = encode(vote, asked, answer, kept, cited);
        while (value.length() > MAX_VALUE_CHARS) {
            if (kept > MIN_KEPT_CHARS) {
                kept /= 2;
            } else if (cited > 0) {
                cited--;
            } else {
                kept = 0;
            }
            value = encode(vote, asked, answer, kept, cited);
        }
        return value;
    }

    private static String encode(Vote vote, Asked asked, Answer answer, int kept, int cited) {
        ObjectNode node = JSON.createObjectNode();
        node.put("v", vote.word());
        node.put("q", shortened(asked.question(), kept));
        if (!asked.rewritten().equals(asked.question())) {
            node.put("r", shortened(asked.rewritten(), kept));
        }
        node.put("g", answer.generator());
        ArrayNode citations = node.putArray("c");
        for (Citation c : answer.citations().subList(0, cited)) {
            citations.addArray().add(c.n()).add(c.source()).add(c.start()).add(c.end());
        }
        return node.toString();
    }

    private static String shortened(String text, int chars) {
        if (text.length() <= chars) {
            return text;
        }
        int end = Math.max(0, chars - 1);
        if (end > 0 && Character.isHighSurrogate(text.charAt(end - 1))) {
            end--; // never split a character in two
        }
        return text.substring(0, end) + "…";
    }

    /** The reference in a button's value, or empty when it is not one this service wrote. */
    static Optional<Reference> read(String value) {
        if (value == null || value.length() > MAX_VALUE_CHARS) {
            return Optional.empty();
        }
        try {
            JsonNode node = JSON.readTree(value);
            Vote vote = Vote.of(node.path("v").asText()).orElseThrow(() -> new IllegalArgumentException("no vote"));
            String question = node.path("q").asText();
            if (!node.path("q").isTextual() || question.isBlank()) {
                throw new IllegalArgumentException("no question");
            }
            String rewritten = node.path("r").isTextual() ? node.get("r").asText() : question;
            List<Passage> citations = new ArrayList<>();
            for (JsonNode c : node.path("c")) {
                if (c.size() != 4
                        || !c.get(0).isInt()
                        || !c.get(1).isTextual()
                        || !c.get(2).isInt()
                        || !c.get(3).isInt()) {
                    throw new IllegalArgumentException("not a citation");
                }
                citations.add(new Passage(
                        c.get(0).asInt(),
                        c.get(1).asText(),
                        c.get(2).asInt(),
                        c.get(3).asInt()));
            }
            return Optional.of(
                    new Reference(vote, question, rewritten, node.path("g").asText("unknown"), citations));
        } catch (JsonProcessingException | IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
