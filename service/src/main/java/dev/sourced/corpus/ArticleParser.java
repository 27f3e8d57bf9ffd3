package dev.sourced.corpus;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns raw article text into an {@link Article}: reads leading YAML {@link FrontMatter}, then a metadata header (a
 * {@code date 2022-03-02} line or a Markdown {@code # Title}), and where no title is given makes one from the first
 * sentence. What is given with the article wins over what its text says.
 */
public final class ArticleParser {
    private static final Pattern DATE_HEADER =
            Pattern.compile("^\\s*(?:date\\s*:?\\s*)?(\\d{4}-\\d{2}-\\d{2})\\b[ \\t]*", Pattern.CASE_INSENSITIVE);
    private static final Pattern MARKDOWN_TITLE = Pattern.compile("^\\s*#\\s+(.+?)\\s*(?:\\R|$)");
    private static final int MAX_TITLE_CHARS = 90;

    private final SentenceSplitter splitter;

    public ArticleParser(SentenceSplitter splitter) {
        this.splitter = splitter;
    }

    /**
     * @param givenTitle a title supplied with the article, or {@code null} to derive one
     * @param givenDate a date supplied with the article, or {@code null} to read one from the text
     */
    public Article parse(String id, String text, String givenTitle, LocalDate givenDate) {
        return parse(id, text, givenTitle, givenDate, Provenance.NONE);
    }

    /**
     * @param givenTitle a title supplied with the article, or {@code null} to derive one
     * @param givenDate a date supplied with the article, or {@code null} to read one from the text
     * @param given the outlet, address and author supplied with the article; parts it lacks are read from the text
     * @throws InvalidArticleException when the article cannot be taken in, with a reason its sender can act on
     */
    public Article parse(String id, String text, String givenTitle, LocalDate givenDate, Provenance given) {
        ArticleIds.requireValid(id);
        if (text == null || text.isBlank()) {
            throw new InvalidArticleException("article '" + id + "' has no text");
        }
        if (UnicodeText.hasLoneSurrogate(text)) {
            throw new InvalidArticleException(
                    "article '" + id + "' is not valid Unicode text (it holds a lone surrogate)");
        }
        int bodyStart = 0;
        String title = blankToNull(givenTitle);
        LocalDate date = givenDate;
        Provenance provenance = given;
        FrontMatter front = FrontMatter.read(id, text).orElse(null);
        if (front != null) {
            bodyStart = front.end();
            title = title != null ? title : front.title();
            date = date != null ? date : front.date();
            provenance = given.orElse(front.provenance());
        }
        while (true) {
            String rest = text.substring(bodyStart);
            Matcher dateHeader = DATE_HEADER.matcher(rest);
            Matcher markdownTitle = MARKDOWN_TITLE.matcher(rest);
            if (dateHeader.find() && parsesAsDate(dateHeader.group(1))) {
                date = date != null ? date : LocalDate.parse(dateHeader.group(1));
                bodyStart += dateHeader.end();
            } else if (markdownTitle.find()) {
                title = title != null ? title : markdownTitle.group(1);
                bodyStart += markdownTitle.end();
            } else {
                break;
            }
        }
        while (bodyStart < text.length() && Character.isWhitespace(text.charAt(bodyStart))) {
            bodyStart++;
        }
        if (bodyStart == text.length()) {
            throw new InvalidArticleException("article '" + id + "' has a header but no body");
        }
        // A body of symbols alone would index chunks that nothing can be embedded from or found by.
        if (!UnicodeText.hasLetterOrDigit(text.substring(bodyStart))) {
            throw new InvalidArticleException("article '" + id + "' has no letters or digits");
        }
        if (title == null) {
            title = titleFromFirstSentence(text, bodyStart);
        }
        return new Article(id, title, date, text, bodyStart, provenance);
    }

    private String titleFromFirstSentence(String text, int bodyStart) {
        List<Span> paragraphs = Paragraphs.of(text, bodyStart);
        Span first = paragraphs.getFirst();
        List<Span> sentences = splitter.split(text, first.start(), first.end());
        String sentence =
                (sentences.isEmpty() ? first : sentences.getFirst()).of(text).replaceAll("\\s+", " ");
        if (sentence.length() <= MAX_TITLE_CHARS) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', MAX_TITLE_CHARS);
        return sentence.substring(0, cut > 0 ? cut : MAX_TITLE_CHARS).replaceAll("[,;:\\s]+$", "") + "…";
    }

    private static boolean parsesAsDate(String iso) {
        try {
            LocalDate.parse(iso);
            return true;
        } catch (DateTimeParseException e) {
            return false;
        }
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }
}
