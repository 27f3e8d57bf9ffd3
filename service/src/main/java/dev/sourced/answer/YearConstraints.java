package dev.sourced.answer;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * The question's years and period held against the evidence: whether an article of a date can report what is asked,
 * and whether a year the evidence writes beside the question's words dates another event than the one asked about.
 * Built once per question.
 */
final class YearConstraints {
    /**
     * What is settled before an event: its nominations, its host, its line-up, its venue or date, who is on its ballot;
     * not "ballots cast", which the event decides.
     */
    private static final Pattern SETTLED_BEFORE = Pattern.compile(
            "(?i)\\b(?:nominat\\w*|nominees?|host(?:s|ed|ing)?|honou?rees?|line-?up|venue|date|on the ballot|"
                    + "ballot (?:for|of)|finalists?)\\b");

    /** "Since 1991": a year that dates how long something has lasted, not what happened this week. */
    private static final Pattern SINCE_YEAR = Pattern.compile("(?i)\\bsince\\s+(\\d{4})\\b");

    /**
     * A year after a phrase and "in" or "during", a few words of the same clause between them: " in 2020", " in overtime
     * in 2019"; not after a comparison or a joined clause ("more than in 2019", "and 78-74 in 2019"). Only "in" or
     * "during" is read: a year in brackets dates a work ("Oppenheimer (2023)"), and one right after a name may be part
     * of it ("Beijing 2022").
     */
    private static final Pattern YEAR_AFTER = Pattern.compile("\\s+(?:(?!(?:and|or|but|than|from|since|after|before|"
            + "while|compared|versus|vs)\\b)\\p{Ll}+\\s+){0,3}?(?:in|during)\\s+(\\d{4})\\b(?![-–/]\\d)"
            // "$9 billion in 2023 dollars" measures in a year's money.
            + "(?!\\s+(?:dollars|terms|prices)\\b)");

    /**
     * A year a comparison is made with: "a 15.9% drop from 2019", "fell 15.9% from 2019", "up from 2020", "since 1978",
     * "than in 2019", "compared with 2020"; not the start of a period ("from October 2021 through February").
     */
    private static final Pattern COMPARED_YEAR = Pattern.compile("(?i)(?:\\b(?:drop|declin|decreas|fall|fell|rise|rose"
            + "|increas|gain|jump|dip|loss|chang|grew|grow|climb|up|down)\\w*(?:\\s+\\S+){0,2}?\\s+from|\\bsince|\\bthan"
            + "|\\bcompared (?:with|to))(?:\\s+[\\p{L}'’-]+){0,4}?\\s+((?:19|20)\\d{2})\\b");

    /** A year a sentence opens with, set off: "In 2019, the city had earned…", "Through 2022, …". */
    private static final Pattern OPENING_YEAR =
            Pattern.compile("[\"“]?(?:In|During|Through|Throughout|By the end of)\\s+((?:19|20)\\d{2}),");

    /**
     * A sentence opening with a period before its story's present, set off: "Last season, Saunders won the 100
     * hurdles", "A year ago, …".
     */
    private static final Pattern OPENING_EARLIER_PERIOD = Pattern.compile("[\"“]?(?:(?:Last|The previous|The prior) "
            + "(?:season|year|spring|summer|fall|autumn|winter)|A year (?:ago|earlier|before)|The (?:season|year) "
            + "before),");

    /**
     * Words that place what a question asks before its story's present ("last season", "ago"), or that ask for a
     * winner of before ("the defending champion", "the previous winner").
     */
    private static final Pattern EARLIER_PERIOD_ASKED = Pattern.compile("(?i)\\b(?:(?:last|previous|prior|past|that) "
            + "(?:season|year|spring|summer|fall|autumn|winter|time)|ago|a year (?:earlier|before)|the (?:season|year) "
            + "before|defending|reigning|previous (?:winner|champion)s?)\\b");

    /** "in September": a month the question places the asked event in, with its capital. */
    private static final Pattern IN_MONTH =
            Pattern.compile("\\b(?:in|on|during)\\s+(" + Months.pattern() + ")(?!\\p{L})");

    private final QuestionForm form;
    /** The date the question is asked as of, or {@code null} when not known. */
    private final LocalDate asOf;
    /** The question asks what will happen or must be done ({@link Recency#asksAboutFuture}). */
    private final boolean asksAboutFuture;
    /** The question asks what is settled before an event: its nominations, its host, its date or venue. */
    private final boolean asksWhatPrecedes;
    /** The question asks who won: only the event decides that, not an article of the year before. */
    private final boolean asksForWinner;
    /** Whether the question says a word or names the asked kind with it. */
    private final Predicate<String> given;
    /**
     * The years that date what the question asks, less those it compares with ({@link #COMPARED_YEAR}): its asking
     * sentence's, or where that names none, its statement's.
     */
    private final Set<String> datingYears;
    /**
     * Whether a word beside a year dates what is asked: a word of the sentence whose years are {@link #datingYears}, or
     * any word of the question when that is the whole question.
     */
    private final Predicate<String> askingWord;
    /**
     * The years only the statement before an asking sentence that names its own year gives: beside the statement's
     * words, they set the scene ("the 2024 primary"); any other year there dates another event ("Apple's 2021 iPhone
     * sales" for a question about 2023).
     */
    private final Set<String> sceneYears;
    /**
     * For a question about a past event it dates to a month of a year, the first day of that month: no article from
     * before can know who won it nor what came of it. {@code null} for any other question, and for one asking what is
     * settled before an event (its host, its nominees) or a date, which an article from before may announce.
     */
    private final LocalDate decidedFrom;

    /**
     * The question asks who won, and its asking sentence names no year and no earlier period: it asks about its
     * story's present.
     */
    private final boolean asksForWinnerNow;

    /** @param given whether the question says a word or names the asked kind with it ({@link GivenInQuestion#gives}) */
    YearConstraints(
            String question, QuestionForm form, LocalDate asOf, boolean asksForWinner, Predicate<String> given) {
        this.form = form;
        this.asOf = asOf;
        this.asksAboutFuture = Recency.asksAboutFuture(question);
        this.asksWhatPrecedes =
                SETTLED_BEFORE.matcher(QuestionForm.asking(question)).find();
        this.asksForWinner = asksForWinner;
        this.given = given;
        Set<String> compared = new HashSet<>();
        COMPARED_YEAR.matcher(question).results().forEach(m -> compared.add(m.group(1)));
        // "It had 119,000 employees in 2019 and 150,000 at the end of 2021. How many at the end of 2020?": the asking
        // sentence's year dates what is asked, beside its own words; the statement's years and words set the scene
        // ("Kansas set a primary for 2024. Who was elected chair in 2023?" is not answered otherwise by "the 2024
        // primary").
        boolean askingDates = form.askedYears().stream().anyMatch(y -> !compared.contains(y));
        Set<String> dating = askingDates ? form.askedYears() : form.years();
        this.datingYears = dating.stream().filter(y -> !compared.contains(y)).collect(Collectors.toSet());
        List<Phrase> askingWords = Words.of(QuestionForm.asking(question));
        this.askingWord = askingDates
                ? word -> given.test(word) && askingWords.stream().anyMatch(w -> Words.sameWord(w.text(), word))
                : given;
        this.sceneYears = askingDates
                ? form.years().stream()
                        .filter(y -> !form.askedYears().contains(y))
                        .collect(Collectors.toSet())
                : Set.of();
        this.asksForWinnerNow = asksForWinner
                && form.askedYears().isEmpty()
                && !EARLIER_PERIOD_ASKED.matcher(QuestionForm.asking(question)).find();
        this.decidedFrom = !asksAboutFuture && (asksForWinner || !asksWhatPrecedes && form.type() != AnswerType.DATE)
                ? monthOfTheAskedYear(QuestionForm.asking(question), form.askedYears())
                : null;
    }

    /**
     * The first day of the month the question places the event in, of the one year it asks about ("the 2020 Kentucky
     * Derby, run in September"), or {@code null}.
     */
    private static LocalDate monthOfTheAskedYear(String asking, Set<String> askedYears) {
        Matcher month = IN_MONTH.matcher(asking);
        if (askedYears.size() != 1 || !month.find()) {
            return null;
        }
        int number = Months.FULL.indexOf(Months.named(month.group(1)).orElseThrow()) + 1;
        return LocalDate.of(Integer.parseInt(askedYears.iterator().next()), number, 1);
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
        // "Which horse won the 2020 Kentucky Derby, run in September?": an article from April previews the race.
        if (published != null && decidedFrom != null && published.isBefore(decidedFrom)) {
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
     * A year the question dates what it asks with that the evidence lacks while it dates what is asked with another
     * year: "2018" for "2019". A year the question compares with ("a 15.9% drop from 2019", "since the first one in
     * 1978") dates nothing asked. A year counts as dating what is asked when it stands beside one of the question's
     * words ("The Nobel Prize in Literature 2018", "won the title in 2022"), not beside something else ("Nolan's 2008
     * Batman film").
     */
    boolean contradicted(String window, String title) {
        if (datingYears.isEmpty()) {
            return false;
        }
        Set<String> stated = new HashSet<>(yearsBeside(window, askingWord));
        stated.addAll(yearsBeside(title, askingWord));
        for (String text : List.of(window, title)) {
            yearsBeside(text, given).stream()
                    .filter(year -> !sceneYears.contains(year))
                    .forEach(stated::add);
        }
        return !stated.isEmpty() && datingYears.stream().noneMatch(stated::contains);
    }

    /**
     * Whether {@code sentence} opens with a year that dates its clause to another year than the asking sentence's
     * ("In 2019, the city had earned…"), where it names none of them: "…fell 50% in 2020. How much did the city collect
     * through October 2018?" asks about 2018. A statement's years set the scene ("The tour opened in March 2023. How
     * much has it grossed?") and are left alone; so are "this year" and "last year", which date one clause of several
     * as often as the one that answers ("grew from 55.7% in 2015 to 71.6% last year to 86.2% on Wednesday").
     */
    boolean opensInAnotherYear(String sentence) {
        Set<String> asked = form.askedYears();
        if (asked.isEmpty() || asked.stream().anyMatch(sentence::contains)) {
            return false;
        }
        Matcher opening = OPENING_YEAR.matcher(sentence).region(Dateline.end(sentence), sentence.length());
        return opening.lookingAt() && !fits(Integer.parseInt(opening.group(1)), asked);
    }

    /**
     * Whether {@code sentence} opens with a period before its story's present ("Last season, Saunders won the 100
     * hurdles") where the question asks who won and places it in none: "Who won the race?" of a story about this
     * season's state meet asks about this season's race. Other questions are left alone: "who owns the Commanders"
     * is answered by "Last year, Josh Harris bought the Commanders".
     */
    boolean opensInEarlierPeriod(String sentence) {
        return asksForWinnerNow
                && OPENING_EARLIER_PERIOD
                        .matcher(sentence)
                        .region(Dateline.end(sentence), sentence.length())
                        .lookingAt();
    }

    /** Whether an article's clause of {@code year} may tell of one of the {@code asked} years' events. */
    private boolean fits(int year, Set<String> asked) {
        return asked.stream().anyMatch(a -> firstYearReporting(a) <= year && year <= Integer.parseInt(a));
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
        if (!Years.anyIn(window)) {
            return false;
        }
        return yearsBeside(window, given).stream()
                .filter(year -> !SINCE_YEAR
                        .matcher(window)
                        .results()
                        .anyMatch(m -> m.group(1).equals(year)))
                .anyMatch(this::beforeTheWeek);
    }

    /** Whether {@code year} is before the year of the week a question about this week asks about. */
    private boolean beforeTheWeek(String year) {
        return Integer.parseInt(year) < asOf.minusDays(Recency.WEEK.days()).getYear();
    }

    /**
     * Whether a year written just after the answer dates it to another year than the asked one: "losing 75-61 in 2020"
     * answers nothing about the 2021 tournament, nor "6.5% in 2021" about this week's figure when the week is in 2023.
     */
    boolean datesAnswerToAnotherYear(String sentence, Phrase answer) {
        String after = sentence.substring(answer.end());
        Matcher dated = YEAR_AFTER.matcher(after);
        if (!dated.lookingAt() || !Years.is(dated.group(1))) {
            return false;
        }
        String year = dated.group(1);
        if (!form.years().isEmpty()) {
            // "won 3-1 in 2016 and again in 2024": a later year of the clause, with no other figure before it, may be
            // the asked one; in "75-61 in 2020 and 78-74 in 2021" the later year is the other score's.
            Matcher clauseEnd = Words.CLAUSE_BREAK.matcher(after);
            String rest = (clauseEnd.find() ? after.substring(0, clauseEnd.start()) : after).substring(dated.end());
            return !form.years().contains(year)
                    && form.years().stream()
                            .noneMatch(asked -> rest.contains(asked)
                                    && rest.substring(0, rest.indexOf(asked))
                                            .chars()
                                            .noneMatch(Character::isDigit));
        }
        return form.recency() == Recency.WEEK && asOf != null && beforeTheWeek(year);
    }

    /**
     * The years of {@code text} with a word {@code given} beside them in the same clause, or one closed-class word away
     * ("in 2018"); "its first since 2011" and "born in 1942, won" date something else.
     */
    private static Set<String> yearsBeside(String text, Predicate<String> given) {
        List<Phrase> words = Words.of(text);
        Set<String> years = new HashSet<>();
        for (int i = 0; i < words.size(); i++) {
            if (Years.is(words.get(i).text())
                    && (saysBesideYear(text, words, i, -1, given) || saysBesideYear(text, words, i, 1, given))) {
                years.add(words.get(i).text());
            }
        }
        return years;
    }

    private static boolean saysBesideYear(
            String text, List<Phrase> words, int year, int step, Predicate<String> given) {
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
