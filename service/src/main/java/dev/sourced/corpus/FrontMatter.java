package dev.sourced.corpus;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * YAML front matter at the very start of an article: a {@code ---} line, a YAML mapping, and a closing {@code ---}
 * (or {@code ...}) line, as static-site generators and newsroom exports write it. Known keys are {@code title},
 * {@code date} or {@code published}, {@code url}, {@code source} or {@code outlet}, {@code author}; others are
 * ignored, so an export's own fields do no harm. The front matter stays in the article's text (citation offsets
 * count it) but is not part of its body.
 *
 * @param end the offset just past the closing line, where the rest of the article starts
 * @param title the title, or {@code null}
 * @param date the publication date, or {@code null}; a date with a time is the day as written, whatever its offset
 */
public record FrontMatter(int end, String title, LocalDate date, Provenance provenance) {
    private static final Pattern OPENING = Pattern.compile("\\A---[ \\t]*(?:\\r\\n|\\n|\\r)");
    private static final Pattern CLOSING = Pattern.compile("(?m)^(?:---|\\.\\.\\.)[ \\t]*(?:\\r\\n|\\n|\\r|\\z)");
    private static final Pattern ISO_DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");
    /** "2022-03-02 10:15" as YAML timestamps allow, besides ISO's "T". */
    private static final Pattern SPACED_TIME = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})[ \\t]+(?=\\d)");

    private static final YAMLMapper YAML = new YAMLMapper();

    public FrontMatter {
        Objects.requireNonNull(provenance, "provenance");
    }

    /**
     * The front matter {@code text} starts with, if any.
     *
     * @throws InvalidArticleException when it is opened but never closed, is not valid YAML, is not a mapping, or
     *     holds a field of the wrong form
     */
    public static Optional<FrontMatter> read(String id, String text) {
        Matcher opening = OPENING.matcher(text);
        if (!opening.find()) {
            return Optional.empty();
        }
        Matcher closing = CLOSING.matcher(text);
        if (!closing.find(opening.end())) {
            throw new InvalidArticleException(
                    "article '" + id + "' opens front matter with '---' but never closes it with a '---' line");
        }
        JsonNode fields = parse(id, text.substring(opening.end(), closing.start()));
        String published = either(id, fields, "date", "published");
        return Optional.of(new FrontMatter(
                closing.end(),
                scalar(id, fields, "title"),
                published == null ? null : date(id, published),
                provenance(id, fields)));
    }

    private static JsonNode parse(String id, String yaml) {
        JsonNode fields;
        try {
            fields = YAML.readTree(yaml);
        } catch (JsonProcessingException e) {
            String reason = Objects.requireNonNullElse(e.getOriginalMessage(), "unreadable")
                    .lines()
                    .findFirst()
                    .orElse("unreadable");
            throw new InvalidArticleException(
                    "article '" + id + "' has front matter that is not valid YAML: " + reason);
        } catch (RuntimeException e) {
            // The YAML library's own limits (aliases, nesting) surface as its unchecked exceptions, not as
            // Jackson's: still the sender's bad input, never a server error.
            throw new InvalidArticleException("article '" + id + "' has front matter that is not valid YAML");
        }
        if (fields == null || fields.isMissingNode() || fields.isNull()) {
            return YAML.createObjectNode();
        }
        if (!fields.isObject()) {
            throw new InvalidArticleException(
                    "article '" + id + "' has front matter that is not a mapping of 'key: value' lines");
        }
        return fields;
    }

    private static Provenance provenance(String id, JsonNode fields) {
        try {
            return new Provenance(
                    either(id, fields, "source", "outlet"), scalar(id, fields, "url"), scalar(id, fields, "author"));
        } catch (InvalidArticleException e) {
            throw new InvalidArticleException("article '" + id + "' front matter: " + e.getMessage());
        }
    }

    /** The value of {@code a} or its synonym {@code b}; both may be given only when they agree. */
    private static String either(String id, JsonNode fields, String a, String b) {
        String first = scalar(id, fields, a);
        String second = scalar(id, fields, b);
        if (first != null && second != null && !first.equals(second)) {
            throw new InvalidArticleException("article '" + id + "' front matter gives '" + a + "' and '" + b
                    + "' different values; give one of them");
        }
        return first != null ? first : second;
    }

    private static String scalar(String id, JsonNode fields, String key) {
        JsonNode value = fields.get(key);
        if (value == null || value.isNull()) {
            return null;
        }
        if (!value.isValueNode()) {
            throw new InvalidArticleException(
                    "article '" + id + "' front matter: '" + key + "' must be a single value, not a list or mapping");
        }
        String text = value.asText().strip();
        return text.isEmpty() ? null : text;
    }

    private static LocalDate date(String id, String value) {
        try {
            if (ISO_DATE.matcher(value).matches()) {
                return LocalDate.parse(value);
            }
            String iso = SPACED_TIME.matcher(value).replaceFirst("$1T");
            return LocalDate.from(DateTimeFormatter.ISO_DATE_TIME.parse(iso));
        } catch (DateTimeParseException e) {
            throw new InvalidArticleException("article '" + id + "' front matter: the date '" + value
                    + "' must be YYYY-MM-DD, optionally with a time (2022-03-02T10:15:00Z)");
        }
    }
}
