package dev.sourced.answer;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The question's years and period held against the evidence: whether an article of a date can report what is asked,
 * and whether a year the evidence writes beside the question's words dates another event than the one asked about.
 * Built once per question.
 */
final class YearConstraints {
    /** What is settled before an event: its nominations, its host, its line-up, its venue or date. */
    private static final Pattern SETTLED_BEFORE =
            Pattern.compile("(?i)\\b(?:nominat\\w*|nominees?|host(?:s|ed|ing)?|honou?rees?|line-?up|venue|date)\\b");

    /** "Since 1991": a year that dates how long something has lasted, not what happened this week. */
    private static final Pattern SINCE_YEAR = Pattern.compile("(?i)\\bsince\\s+(\\d{4})\\b");

    private final QuestionForm form;
    /** The date the question is asked as of, or {@code null} when not known. */
    private final LocalDate asOf;
    /** The question asks what will happen ("will", "is set to", "upcoming"). */
    private final boolean asksAboutFuture;
    /** The question asks what is settled before an event: its nominations, its host, its date or venue. */
    private final boolean asksWhatPrecedes;
    /** The question asks who won: only the event decides that, not an article of the year before. */
    private final boolean asksForWinner;
    /** Whether the question says a word or names the asked kind with it. */
    private final Predicate<String> given;

    /** @param given whether the question says a word or names the asked kind with it ({@link EvidenceReader#isGiven}) */
    YearConstraints(
            String question, QuestionForm form, LocalDate asOf, boolean asksForWinner, Predicate<String> given) {
        this.form = form;
        this.asOf = asOf;
        this.asksAboutFuture = Recency.asksAboutFuture(question);
        this.asksWhatPrecedes =
                SETTLED_BEFORE.matcher(QuestionForm.asking(question)).find();
        this.asksForWinner = asksForWinner;
        this.given = given;
    }

    /**
     * Whether an article of that date can report what is asked: recent enough for "this week", and not written
     * before the years the question asks about (a 2022 article does not know 2023's champion) unless the question asks
     * what will happen.
     */
    boolean timely(LocalDate published) {
        if (!form.recency().admits(published, asOf)) {
            return false;
        }
        // "On what date will Ohio hold its 2024 primary?": an article from before can announce what is to come.
        return published == null
                || asksAboutFuture
                || form.askedYears().isEmpty()
                || form.askedYears().stream().anyMatch(y -> firstYearReporting(y) <= published.getYear());
    }

    /**
     * The first year whose articles can report what the question asks about {@code year}: that year, or the year
     * before for what is settled before an edition of an event (the nominations for "the 2024 Grammy Awards" come out
     * the November before, its host and date are announced); its winners and its audience only the event decides.
     */
    private int firstYearReporting(String year) {
        int asked = Integer.parseInt(year);
        return form.editionYears().contains(year) && asksWhatPrecedes && !asksForWinner ? asked - 1 : asked;
    }

    /**
     * A year the question names that the evidence lacks while it dates what is asked with another year: "2018" for
     * "2019". A year counts as dating what is asked when it stands beside one of the question's words ("The Nobel
     * Prize in Literature 2018", "won the title in 2022"), not beside something else ("Nolan's 2008 Batman film").
     */
    boolean contradicted(String window, String title) {
        if (form.years().isEmpty()) {
            return false;
        }
        Set<String> stated = new HashSet<>(yearsBesideQuestionWords(window));
        stated.addAll(yearsBesideQuestionWords(title));
        return !stated.isEmpty() && form.years().stream().noneMatch(stated::contains);
    }

    /**
     * For a question about this week, a year before the week's that dates what is asked: "His brother Mahinda
     * Rajapaksa … was elected President in 2005" answers no question about who was elected this week. A year after
     * "since" dates how long something has lasted up to now ("their first playoff win since 1991").
     */
    boolean datedBeforeTheWeek(String window) {
        if (form.recency() != Recency.WEEK || asOf == null || !form.years().isEmpty()) {
            return false;
        }
        int weekYear = asOf.minusDays(Recency.WEEK.days()).getYear();
        if (!Years.anyIn(window)) {
            return false;
        }
        return yearsBesideQuestionWords(window).stream()
                .filter(year -> !SINCE_YEAR
                        .matcher(window)
                        .results()
                        .anyMatch(m -> m.group(1).equals(year)))
                .anyMatch(year -> Integer.parseInt(year) < weekYear);
    }

    /**
     * The years of {@code text} with one of the question's words beside them in the same clause, or one closed-class
     * word away ("in 2018"); "its first since 2011" and "born in 1942, won" date something else.
     */
    private Set<String> yearsBesideQuestionWords(String text) {
        List<Phrase> words = Words.of(text);
        Set<String> years = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (Years.is(words.get(i).text())
                    && (saysBesideYear(text, words, i, -1) || saysBesideYear(text, words, i, 1))) {
                years.add(words.get(i).text());
            }
        }
        return years;
    }

    private boolean saysBesideYear(String text, List<Phrase> words, int year, int step) {
        int i = year + step;
        if (i >= 0 && i < words.size() && Words.isClosedClass(words.get(i).text())) {
            i += step;
        }
        if (i < 0 || i >= words.size() || Years.is(words.get(i).text())) {
            return false;
        }
        Phrase near = words.get(Math.min(i, year));
        Phrase far = words.get(Math.max(i, year));
        return !Words.CLAUSE_BREAK
                        .matcher(text.substring(near.end(), far.start()))
                        .find()
                && given.test(words.get(i).text());
    }
}
