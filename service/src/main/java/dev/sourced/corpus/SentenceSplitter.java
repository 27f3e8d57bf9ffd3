package dev.sourced.corpus;

import java.text.BreakIterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a paragraph into sentences with the JDK's {@link BreakIterator}, then rejoins the breaks it gets wrong in
 * news text: after titles ("Mr."), month abbreviations ("Feb."), initials ("J.") and dotted acronyms ("U.S.")
 * that are followed by a name rather than by a new sentence, inside a word ("the U.S.-Mexico border"), and after a
 * question or an abbreviation before a word in lower case ("…happen?" he told"). ICU4J's
 * sentence iterator was measured against it on real news and breaks after those titles and initials too
 * (docs/evaluation.md). Thread-safe: every call makes its own iterator.
 */
public final class SentenceSplitter {
    private static final Set<String> ABBREVIATIONS = Set.of(
            "mr", "mrs", "ms", "dr", "prof", "st", "sr", "jr", "gen", "gov", "sen", "rep", "lt", "col", "capt", "sgt",
            "maj", "cmdr", "adm", "rev", "hon", "pres", "vs", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
            "sept", "oct", "nov", "dec", "mt", "ft", "approx", "dept", "est", "fig", "ca", "cpl", "pvt", "pfc", "spc",
            "det", "ofc", "supt", "insp", "atty", "msgr");
    /**
     * Titles that are also words a sentence can end with ("three reps.", "the Sens." of Ottawa, "sent to the brig."):
     * written with a capital before a name that is no sentence's opening word, they go on.
     */
    private static final Set<String> TITLES_ALSO_WORDS = Set.of("sens", "reps", "brig");
    /** "No.", which abbreviates "number" only before one ("No. 1"): before a word it is the word "no". */
    private static final String NUMBER_ABBREVIATION = "no";
    /** Words that commonly open a sentence: after a dotted acronym they signal a real break. */
    private static final Set<String> SENTENCE_OPENERS = Set.of(
            "the",
            "a",
            "an",
            "he",
            "she",
            "it",
            "they",
            "we",
            "i",
            "you",
            "this",
            "that",
            "these",
            "those",
            "in",
            "on",
            "at",
            "but",
            "and",
            "or",
            "so",
            "yet",
            "if",
            "when",
            "while",
            "after",
            "before",
            "as",
            "there",
            "his",
            "her",
            "its",
            "their",
            "our",
            "my",
            "meanwhile",
            "however",
            "earlier",
            "later",
            "still",
            "now");

    /** Marks that go on from the word or the sentence before them; a straight quotation mark may open one too. */
    private static final String CONTINUING_PUNCTUATION = "-–,.;:!?)]}’”";

    /**
     * What goes on with the sentence before it, after an exclamation, a question, an ellipsis or an abbreviation
     * ({@link #endsAskingOrShort}): a dash before a word in lower case ("— were supporters of…", "-- when the
     * mayor…") or a word in lower case, maybe after an opening mark ("(later Johnson & Johnson)", "\"or until all the
     * food sells out,\" she said"). "iPhone" and "eBay" open sentences; "-E.J." and "— J.D." sign off a review.
     */
    private static final Pattern CONTINUATION =
            Pattern.compile("(?:[—–]|--|-)\\s*(?=\\p{Ll})|[\"“‘'(\\[]*\\p{Ll}+(?![\\p{L}\\p{N}])");
    /** A company's abbreviated ending, which ends no sentence before a word in lower case: "Co. (later…)". */
    private static final Set<String> COMPANY_ABBREVIATIONS = Set.of("co", "inc", "corp", "ltd", "bros");

    private static final Pattern LAST_TOKEN = Pattern.compile("(\\S+)\\s*$");
    private static final Pattern FIRST_WORD = Pattern.compile("^[\\s\"'“‘(\\[]*([\\p{L}\\p{N}]+)");
    private static final Pattern INITIAL = Pattern.compile("[\\p{Lu}]\\.");
    private static final Pattern DOTTED_ACRONYM = Pattern.compile("(?:\\p{L}\\.){2,}");
    /** A dotted acronym that ends a sentence, followed by a word that opens the next; the JDK misses this break. */
    private static final Pattern ACRONYM_THEN_OPENER =
            Pattern.compile("(?:\\p{L}\\.){2,}(\\s+)[\"“]?(\\p{Lu}\\p{Ll}*)\\b");

    /** Sentences of {@code text[from, to)} as spans into {@code text}, trimmed of surrounding white space. */
    public List<Span> split(String text, int from, int to) {
        BreakIterator iterator = BreakIterator.getSentenceInstance(Locale.ENGLISH);
        iterator.setText(text.substring(from, to));
        List<Span> raw = new ArrayList<>();
        int start = iterator.first();
        for (int end = iterator.next(); end != BreakIterator.DONE; start = end, end = iterator.next()) {
            for (Span piece : splitAfterFinalAcronyms(text, trim(text, from + start, from + end))) {
                if (piece.length() > 0) {
                    raw.add(piece);
                }
            }
        }
        return rejoinFalseBreaks(text, raw);
    }

    private List<Span> rejoinFalseBreaks(String text, List<Span> raw) {
        List<Span> sentences = new ArrayList<>();
        for (Span span : raw) {
            if (!sentences.isEmpty() && isFalseBreak(text, sentences.getLast(), span)) {
                sentences.set(sentences.size() - 1, new Span(sentences.getLast().start(), span.end()));
            } else {
                sentences.add(span);
            }
        }
        return sentences;
    }

    private boolean isFalseBreak(String text, Span before, Span after) {
        if (continuesWord(text, before, after)) {
            return true;
        }
        Matcher last = LAST_TOKEN.matcher(before.of(text));
        if (!last.find()) {
            return false;
        }
        String token = last.group(1).replaceFirst("^[\"'“‘(\\[]+", "");
        if (CONTINUATION.matcher(after.of(text)).lookingAt() && endsAskingOrShort(token)) {
            return true;
        }
        if (!token.endsWith(".")) {
            return false;
        }
        String bare = token.substring(0, token.length() - 1);
        if (NUMBER_ABBREVIATION.equalsIgnoreCase(bare)) {
            // "No. 1" goes on; "They voted no. Then…" ends.
            return after.of(text).chars().findFirst().stream().anyMatch(Character::isDigit);
        }
        if (ABBREVIATIONS.contains(bare.toLowerCase(Locale.ROOT))
                || INITIAL.matcher(token).matches()) {
            return true;
        }
        if (TITLES_ALSO_WORDS.contains(bare.toLowerCase(Locale.ROOT)) && Character.isUpperCase(bare.charAt(0))) {
            Matcher first = FIRST_WORD.matcher(after.of(text));
            return first.find()
                    && Character.isUpperCase(first.group(1).charAt(0))
                    && !SENTENCE_OPENERS.contains(first.group(1).toLowerCase(Locale.ROOT));
        }
        if (DOTTED_ACRONYM.matcher(token).matches()) {
            Matcher first = FIRST_WORD.matcher(after.of(text));
            return first.find() && !SENTENCE_OPENERS.contains(first.group(1).toLowerCase(Locale.ROOT));
        }
        return false;
    }

    /**
     * Whether {@code token}, the last of a piece, ends a question, an exclamation or an ellipsis ("happen?\"",
     * "rapidly... (and)") or is an abbreviation ("Co.", "p.m."): only then may a word in lower case after it go on with
     * the sentence. After a full stop that ends a sentence, a quoted post may open in lower case ("\"kamala IS brat,\"
     * she wrote").
     */
    private static boolean endsAskingOrShort(String token) {
        String bare = token.replaceFirst("[\"'”’)\\]]+$", "");
        if (bare.endsWith("?") || bare.endsWith("!") || bare.endsWith("...") || bare.endsWith("…")) {
            return true;
        }
        if (!bare.endsWith(".")) {
            return false;
        }
        String word = bare.substring(0, bare.length() - 1).toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(word)
                || COMPANY_ABBREVIATIONS.contains(word)
                || DOTTED_ACRONYM.matcher(bare).matches();
    }

    /**
     * Whether {@code after} goes on from {@code before} with no space between them and with what no sentence opens:
     * the rest of a word or of its punctuation ("the U.S.-Mexico border", "Eli Lilly Co.'s plans", "What'd I say?,"
     * he asked"), where the JDK breaks after a dotted abbreviation or a question mark. A capital there opens a
     * sentence whose space was left out ("Is it over?Yes, it is.").
     */
    private static boolean continuesWord(String text, Span before, Span after) {
        if (after.start() != before.end() || after.length() == 0) {
            return false;
        }
        char first = text.charAt(after.start());
        if (first == '"' || first == '\'') {
            // A straight mark closes where no word follows it ("'Wow, you're really rolling in it.' \"").
            return after.length() == 1 || !Character.isLetterOrDigit(text.charAt(after.start() + 1));
        }
        return Character.isLowerCase(first) || CONTINUING_PUNCTUATION.indexOf(first) >= 0;
    }

    private static List<Span> splitAfterFinalAcronyms(String text, Span segment) {
        List<Span> pieces = new ArrayList<>();
        Matcher m = ACRONYM_THEN_OPENER.matcher(text).region(segment.start(), segment.end());
        int start = segment.start();
        while (m.find()) {
            if (SENTENCE_OPENERS.contains(m.group(2).toLowerCase(Locale.ROOT))) {
                pieces.add(trim(text, start, m.start(1)));
                start = m.end(1);
            }
        }
        pieces.add(trim(text, start, segment.end()));
        return pieces;
    }

    private static Span trim(String text, int start, int end) {
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return new Span(start, end);
    }
}
