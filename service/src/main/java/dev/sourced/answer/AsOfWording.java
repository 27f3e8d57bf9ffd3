package dev.sourced.answer;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Dates an answer to a question about the present or a recent period ("this week", "now", "the latest": see
 * {@link Recency}): news goes stale, so the answer says when the fact was reported, "As of 2 March 2022, …", from the
 * newest article it cites. When that article is older than the staleness limit before the day the question is asked
 * as of (today when not given), the answer says so in a closing sentence and is flagged stale. Only the answer's text
 * changes: citations keep quoting the articles' own characters. Applied after any generator. Thread-safe.
 */
public final class AsOfWording {
    /** One format in every surface: unambiguous in any locale, unlike 3/2/2022. */
    public static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM uuuu", Locale.ENGLISH);

    private static final Pattern ALREADY_DATED = Pattern.compile("(?i)^\\s*as of\\b");
    private static final String AS_OF = "As of ";
    /** The date this wording puts before an answer: "As of 2 March 2022, ". */
    private static final Pattern DATED = Pattern.compile("^" + AS_OF + "\\d{1,2} \\p{L}+ \\d{4}, ");

    private final long staleAfterDays;
    private final Clock clock;

    /**
     * @param staleAfterDays how many days before the "as of" day the newest cited article may be published before
     *     the answer is called stale
     * @param clock gives today, the "as of" day of a question asked without one
     */
    public AsOfWording(long staleAfterDays, Clock clock) {
        if (staleAfterDays < 0) {
            throw new IllegalArgumentException("the staleness limit cannot be negative: " + staleAfterDays);
        }
        this.staleAfterDays = staleAfterDays;
        this.clock = Objects.requireNonNull(clock);
    }

    /** {@code answerText} without the date this wording put before it, as the generator wrote it. */
    public static String undated(String answerText) {
        return DATED.matcher(answerText).replaceFirst("");
    }

    /**
     * {@code answer} worded as of the newest article it cites when {@code question} asks about the present or a
     * recent period; otherwise, or when it abstains or cites no dated article, unchanged.
     *
     * @param asOf the day the question is asked as of, or {@code null} for today
     */
    public Answer word(Answer answer, String question, LocalDate asOf) {
        if (!answer.answered() || Recency.of(question) == Recency.ANY) {
            return answer;
        }
        Optional<LocalDate> newest = answer.citations().stream()
                .map(Citation::published)
                .filter(Objects::nonNull)
                .max(LocalDate::compareTo);
        if (newest.isEmpty()) {
            return answer;
        }
        LocalDate reported = newest.get();
        // A disclosed disagreement dates each value already.
        String text = answer.conflict() || ALREADY_DATED.matcher(answer.text()).find()
                ? answer.text()
                : AS_OF + DAY.format(reported) + ", " + answer.text();
        LocalDate day = asOf != null ? asOf : LocalDate.now(clock);
        long age = ChronoUnit.DAYS.between(reported, day);
        if (age <= staleAfterDays) {
            return answer.reworded(text, null);
        }
        return answer.reworded(
                text + " The newest article found is from " + DAY.format(reported) + ", " + age
                        + (age == 1 ? " day" : " days") + " before " + DAY.format(day) + ".",
                true);
    }
}
