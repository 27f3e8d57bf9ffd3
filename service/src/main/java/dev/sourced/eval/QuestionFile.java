package dev.sourced.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourced.answer.Question;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;

/**
 * Parses the JSON-lines questions format ({@code id}, {@code question}, {@code answerable}, {@code sources},
 * {@code expect_any}, optionally {@code asked_on} and, for an overview question,
 * {@code key_points}). A malformed line is reported with its number and skipped, so
 * one typo does not lose a run.
 */
public final class QuestionFile {
    private static final ObjectMapper JSON = new ObjectMapper();

    private QuestionFile() {}

    public static Parsed parse(String content) {
        List<EvalQuestion> questions = new ArrayList<>();
        List<String> problems = new ArrayList<>();
        List<String> lines = content.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            try {
                questions.add(question(JSON.readTree(line)));
            } catch (Exception e) {
                problems.add("line " + (i + 1) + ": " + reason(e));
            }
        }
        return new Parsed(questions, problems);
    }

    private static EvalQuestion question(JsonNode node) {
        if (!node.isObject()) {
            throw new IllegalArgumentException("not a JSON object");
        }
        String given = text(node, "question");
        if (given == null || given.isBlank()) {
            throw new IllegalArgumentException("no 'question'");
        }
        String question = new Question(given).text();
        List<List<String>> keyPoints = keyPoints(node);
        // An overview question with key points is answerable by what they are; any other says which it is.
        boolean overview = !keyPoints.isEmpty() && !node.has("answerable");
        if (!overview && (!node.has("answerable") || !node.get("answerable").isBoolean())) {
            throw new IllegalArgumentException("'answerable' must be true or false");
        }
        String askedOn = text(node, "asked_on");
        return new EvalQuestion(
                text(node, "id"),
                question,
                overview || node.get("answerable").asBoolean(),
                strings(node, "sources"),
                strings(node, "expect_any"),
                askedOn == null ? null : date(askedOn),
                keyPoints);
    }

    private static LocalDate date(String iso) {
        try {
            return LocalDate.parse(iso);
        } catch (DateTimeParseException e) {
            throw new IllegalArgumentException("'asked_on' must be a date like 2024-01-05, not '" + iso + "'");
        }
    }

    private static String text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        return value == null || value.isNull() ? null : value.asText();
    }

    private static List<String> strings(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("'" + field + "' must be an array of strings");
        }
        List<String> items = new ArrayList<>();
        value.forEach(v -> items.add(v.asText()));
        return items;
    }

    /** {@code key_points}: an array whose items are a phrase or an array of alternative phrases. */
    private static List<List<String>> keyPoints(JsonNode node) {
        JsonNode value = node.get("key_points");
        if (value == null || value.isNull()) {
            return List.of();
        }
        if (!value.isArray()) {
            throw new IllegalArgumentException("'key_points' must be an array of phrases or arrays of phrases");
        }
        List<List<String>> points = new ArrayList<>();
        for (JsonNode point : value) {
            List<String> phrases = new ArrayList<>();
            if (point.isArray()) {
                point.forEach(p -> phrases.add(p.asText()));
            } else if (point.isTextual()) {
                phrases.add(point.asText());
            }
            phrases.removeIf(String::isBlank);
            if (phrases.isEmpty()) {
                throw new IllegalArgumentException("every key point must give at least one phrase");
            }
            points.add(phrases);
        }
        return points;
    }

    private static String reason(Exception e) {
        String message = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        return message.lines().findFirst().orElse(message);
    }

    /** The questions that parsed, and one line per problem. */
    public record Parsed(List<EvalQuestion> questions, List<String> problems) {}
}
