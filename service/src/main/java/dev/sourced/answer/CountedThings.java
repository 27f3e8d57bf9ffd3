package dev.sourced.answer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * What "how many" counts ("how many more stores": stores), and whether a number of a sentence counts it: not money
 * ("$25"), a share ("59%"), a year a word dates by ("by 2025"), a number joined to the noun it modifies ("a four-day
 * week"), a span of time where the question counts no time ("over the past six years" for employees), a time of day
 * ("an 11 p.m. curfew"), a month's day ("April 13"), a count of other things ("25 million people" where tornadoes
 * are counted, "150,000 of these trucks" where reservations are) or, where the question asks for no difference, one
 * ("18 days more than the record").
 *
 * @param nouns the words after "how many" up to a verb's auxiliary or a preposition but "of", in base form; empty when
 *     none is written ("how many were there")
 * @param counted the nouns of {@code nouns} the question counts, in the singular: only its plurals where it writes
 *     one ("how many dog farms" counts farms), derived once per question
 * @param undergone what the counted things underwent, the participle the question writes after "were" or "have been"
 *     ("killed" of "how many people were killed"), in lower case; empty when it writes none
 * @param asksDifference the question asks by how many one count differs from another ("how many more", "how many
 *     days longer", "by how many")
 * @param asksRun the question counts a run without a break ("how many consecutive days", "how many games in a row")
 * @param things the things the question counts that a sentence must write to count them without a noun of the count's
 *     own ({@link #unnamedIn}): the plural nouns it writes in lower case after "how many", in the singular, less those
 *     news counts without naming (people, a span of time, a unit, a tally); empty for "how many died", "how many
 *     Americans" or "how many people"
 */
record CountedThings(
        Set<String> nouns,
        Set<String> counted,
        String undergone,
        boolean asksDifference,
        boolean asksRun,
        Set<String> things) {
    private static final Pattern ASKS_HOW_MANY = Pattern.compile("(?i)\\bhow many\\b");
    private static final String COMPARATIVES = "(?:more|fewer|less|longer|shorter|higher|lower|greater)";
    /** "By how many", or a comparative in what "how many" counts: "how many more", "how many days longer". */
    private static final Pattern ASKS_DIFFERENCE = Pattern.compile(
            "(?i)\\bby how (?:many|much)\\b" + "|\\bhow many\\s+(?:[\\p{L}-]+\\s+){0,2}?" + COMPARATIVES + "\\b");
    /**
     * "18 days more than the previous record", "12 more than last year": by how much a count exceeds another; a count's
     * noun, if any, stands between. Not a limit on what is counted: "58 peaks higher than 14,000 feet".
     */
    private static final Pattern DIFFERENCE_AFTER = Pattern.compile("^(?:\\s+(\\p{Ll}[\\p{L}'’-]*))?\\s+" + COMPARATIVES
            + "\\s+than\\b(?!\\s+(?:about\\s+|some\\s+|nearly\\s+|almost\\s+)?[$€£]?\\d)");
    /** Words for a run of things without a break: "how many consecutive days". */
    private static final Set<String> RUN_WORDS = Set.of("consecutive", "straight", "successive");

    private static final Pattern ASKS_IN_A_ROW = Pattern.compile("(?i)\\bin a row\\b");
    private static final Pattern IN_A_ROW_AFTER = Pattern.compile("(?i)^\\s+in a row\\b");
    /** An ordinal, in figures or, as news writes the first few, in words: "41st", "fifth". */
    private static final Pattern ORDINAL =
            Pattern.compile("(?i)(?<![\\d,.\\p{L}-])(?:\\d+(?:,\\d{3})*(?:st|nd|rd|th)|first|second|third|"
                    + "fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\\b");
    /** How far after an ordinal the run's noun may stand: "41st consecutive triple-digit day". */
    private static final int RUN_CHARS = 60;
    /** "of these" of "150,000 of these trucks": the part of a whole, whose noun comes after. */
    private static final Pattern PARTITIVE_AFTER =
            Pattern.compile("(?i)^\\s+of\\s+(?:all\\s+)?(?:the|these|those|its|their|his|her|our)(?=\\s)");
    /** Words between "how many" and the noun counted that count nothing themselves. */
    private static final Set<String> COUNT_MODIFIERS = Set.of("more", "fewer", "less", "additional", "other", "extra");
    /** What news counts people by besides nouns for them: "12 deaths", "30 injuries". */
    private static final Set<String> PEOPLE_COUNTED_BY = Set.of("death", "fatality", "casualty", "injury");
    /** Money written out after a number: "25 million dollars". */
    private static final Pattern CURRENCY_AFTER = Pattern.compile(
            "(?i)\\s+(?:(?:thousand|million|billion|trillion)\\s+)?(?:dollars|euros|pounds|yen|yuan|rupees)\\b");

    /** What follows "one" that stands for a thing: a relative clause ("one in which", "one that") or "another". */
    private static final Pattern PRONOUN_ONE_AFTER =
            Pattern.compile("(?i)\\s+(?:in which|of which|that(?!\\s+(?:day|night|week|month|year|season|time|morning|"
                    + "afternoon|evening|game|match)\\b)|which|who|whom|where|another)\\b");
    /** What stands before "one" for a thing or for nobody: "as one" (not "as few as one"), "such a one", "no one". */
    private static final Pattern PRONOUN_ONE_BEFORE =
            Pattern.compile("(?i)(?:(?<!\\b(?:few|little|many|much)\\s)\\bas|\\bsuch a|\\bno)\\s+$");
    /** The longest the words before a pronoun "one" are written, with what may stand before "as": "many as ". */
    private static final int PRONOUN_ONE_REACH_CHARS = 12;

    private static final Pattern YEAR = Pattern.compile("(?:19|20)\\d{2}");
    private static final Pattern NOUN_AFTER = Pattern.compile("\\s+(\\p{Ll}[\\p{L}'’-]*)");
    /**
     * A word after a number, in lower case or capitalised. A capitalised one is read as a modifier of the noun counted
     * ("nine main Memphis-area hospitals", "2,000 U.S. troops"), not as the noun: it may name the things counted its own
     * way ("eight Corvettes" for cars), so it does not tell that they are others. Its full stop is taken only after a
     * capital, as an abbreviation ends ("U.S."), not where the sentence does.
     */
    private static final Pattern WORD_AFTER =
            Pattern.compile("\\s+(\\p{L}[\\p{L}'’-]*(?:\\.\\p{L}[\\p{L}'’-]*)*)(?:(?<=\\p{Lu})\\.)?");
    /** Verbs a count stands before as their subject ("1,200 cast ballots", "30 say"), which end its noun phrase. */
    private static final Set<String> PRESENT_VERBS_AFTER_COUNT =
            Set.of("cast", "say", "says", "remain", "remains", "face");
    /** Things a score or a record totals, which a sentence counts without writing them: "now has 38,390". */
    private static final Set<String> TALLIED =
            Set.of("point", "run", "goal", "yard", "vote", "win", "game", "seat", "medal", "title", "touchdown");
    /** Groups of people a number counts without naming them ("affecting 76 million"), not nouns for one person. */
    private static final Set<String> PEOPLE_BY_GROUP =
            Set.of("fan", "troop", "family", "household", "kid", "adult", "veteran", "crowd");
    /** Punctuation right after a number: its phrase writes no noun ("…in the millions."). */
    private static final Pattern PUNCTUATION_AFTER = Pattern.compile("^\\s*(?:[.,;:!?)\"”’—–]|$)");
    /** Words that join two modifiers of the noun a number counts. */
    private static final Set<String> JOINING = Set.of("and", "or");
    /** How many modifiers may stand between a number and the noun it counts: "two classic chocolate basecakes". */
    private static final int MODIFIERS_BEFORE_NOUN = 3;
    /**
     * The rest of a range or a choice of numbers that count the same things: "to 15" of "11 to 15 named storms", "or
     * three" of "two or three weeks".
     */
    private static final Pattern RANGE_AFTER = Pattern.compile("(?i)\\s+(or|to|and)\\s+([\\d,.]+|\\p{L}+)(?=\\s)");
    /** A share, written in the number's phrase ("59%") or after it. */
    private static final Pattern SHARE = Pattern.compile("(?i)\\s?(?:%|percent\\b|per cent\\b)");
    /** "-day" of "four-day": the number is part of a modifier. */
    private static final Pattern MODIFIER_AFTER = Pattern.compile("-\\p{L}");
    /** A span of time a number measures, written after it: "six years". */
    private static final Pattern TIME_UNIT =
            Pattern.compile("(?i)\\s+(seconds|minutes|hours|days|weeks|months|years|decades|centuries)\\b");
    /**
     * A measure a number gives, written after it: "320 miles", "14,000 feet", "40 lbs". Where the question counts no
     * such unit, the number measures a length, a weight, a volume or a speed, and counts nothing asked.
     */
    private static final Pattern MEASURE_UNIT = Pattern.compile("\\s*(" + Dimension.LENGTH_UNITS
            + "|pounds?|lbs?|ounces?|tons?|tonnes?|kilograms?|kg|grams?|gallons?|liters?|litres?|barrels?|acres?"
            + "|degrees?|mph)\\b");
    /** A unit by one spelling, whatever the writer's ("mph" is miles per hour, "lbs" pounds), in the singular. */
    private static final Map<String, String> UNIT_SPELLINGS = Map.ofEntries(
            Map.entry("mph", "mile"),
            Map.entry("lbs", "pound"),
            Map.entry("lb", "pound"),
            Map.entry("km", "kilometer"),
            Map.entry("kilometre", "kilometer"),
            Map.entry("kg", "kilogram"),
            Map.entry("metre", "meter"),
            Map.entry("cm", "centimeter"),
            Map.entry("foot", "feet"),
            Map.entry("ft", "feet"),
            Map.entry("tonne", "ton"),
            Map.entry("litre", "liter"));
    /** A number in figures and nothing else: "64.1", "1,200". */
    private static final Pattern NUMBER_ALONE = Pattern.compile("[\\d,.]+");
    /** The digits a number's phrase opens with: "320" of "320 miles". */
    private static final Pattern NUMBER_OPENING = Pattern.compile("^[\\d,.]+");
    /** "11 p.m.", "9:30": a time of day, which counts nothing. */
    private static final Pattern CLOCK_AFTER =
            Pattern.compile("(?i)^(?:\\s*(?:a\\.m\\.|p\\.m\\.|am\\b|pm\\b|o'clock)|:\\d{2})");

    /** "were killed", "have been arrested": a passive, whose participle says what the counted things underwent. */
    private static final String PASSIVE =
            "(?:were|was|are|is|have been|has been|had been|got|get)\\s+(?:\\p{Ll}+ly\\s+)?"
                    // "were reported dead", "are feared to have been killed": a report of the fate, then the fate.
                    + "(?:(?:reported|confirmed|believed|feared|known|said|thought)\\s+(?:to\\s+(?:be|have\\s+been)\\s+)?)?";

    private static final Pattern ASKED_PASSIVE = Pattern.compile("(?i)^[^?]*?\\b" + PASSIVE + "(\\p{L}+)");
    /** The passive right after a number and the few words of what it counts: "three were arrested". */
    private static final Pattern PASSIVE_AFTER =
            Pattern.compile("^(?:\\s+\\p{Ll}[\\p{L}'’-]*){0,3}?\\s+" + PASSIVE + "(\\p{Ll}+)");
    /** Participles news writes for the same fate: "killed" or "dead", "injured" or "hurt". */
    private static final List<Set<String>> SAME_FATE = List.of(
            Set.of("killed", "dead", "slain"), Set.of("injured", "hurt", "wounded"), Set.of("rescued", "saved"));

    CountedThings {
        nouns = Set.copyOf(nouns);
        counted = Set.copyOf(counted);
        things = Set.copyOf(things);
    }

    /** What {@code question} counts, or {@code null} when it does not ask "how many". */
    static CountedThings askedBy(String question) {
        Matcher howMany = ASKS_HOW_MANY.matcher(question);
        if (!howMany.find()) {
            return null;
        }
        Set<String> nouns = new HashSet<>();
        Set<String> things = new HashSet<>();
        for (Phrase word : Words.of(question.substring(howMany.end()))) {
            String w = Words.base(word.text());
            if (nouns.isEmpty() && COUNT_MODIFIERS.contains(w)) {
                continue;
            }
            if (Words.isClosedClass(word.text()) && !w.equals("of") && !Words.isArticle(w)) {
                break;
            }
            nouns.add(w);
            if (Words.isPlural(word.text())
                    && !Words.isCapitalised(word.text())
                    && !Words.isPastTense(word.text())
                    && !countedUnnamed(Words.singular(w))) {
                things.add(Words.singular(w));
            }
        }
        Matcher passive = ASKED_PASSIVE.matcher(question.substring(howMany.end()));
        String undergone = passive.find() && isParticiple(passive.group(1))
                ? passive.group(1).toLowerCase(Locale.ROOT)
                : "";
        boolean asksRun = nouns.stream().anyMatch(RUN_WORDS::contains)
                || ASKS_IN_A_ROW.matcher(question).find();
        return new CountedThings(
                nouns,
                countedOf(nouns),
                undergone,
                ASKS_DIFFERENCE.matcher(question).find(),
                asksRun,
                things);
    }

    private static boolean isParticiple(String word) {
        return Words.isPastTense(word) || word.endsWith("en");
    }

    /**
     * Whether what a number counts underwent another fate than the asked one: "three were arrested" for how many people
     * were burned; "12 were killed" for how many were killed, or "12 were reported dead".
     */
    private boolean underwentOther(String after) {
        if (undergone.isEmpty()) {
            return false;
        }
        Matcher passive = PASSIVE_AFTER.matcher(after);
        if (!passive.lookingAt() || !isParticiple(passive.group(1))) {
            return false;
        }
        String fate = passive.group(1);
        return !fate.equals(undergone)
                && !Words.base(fate).equals(Words.base(undergone))
                && SAME_FATE.stream().noneMatch(same -> same.contains(fate) && same.contains(undergone));
    }

    /** Whether the number {@code span} of {@code sentence} can be the count asked for. */
    boolean countedBy(String sentence, Phrase span) {
        String after = sentence.substring(span.end());
        Matcher unit = TIME_UNIT.matcher(after);
        return !isMoney(span)
                && !CURRENCY_AFTER.matcher(after).lookingAt()
                && !isDatingYear(sentence, span)
                && !SHARE.matcher(span.text()).find()
                && !SHARE.matcher(after).lookingAt()
                && !MODIFIER_AFTER.matcher(after).lookingAt()
                && !(unit.lookingAt() && !nouns.contains(Words.base(unit.group(1))))
                && !measuresOtherUnit(span, after)
                && !CLOCK_AFTER.matcher(after).lookingAt()
                && !isDayOfMonth(sentence, span)
                && !modifiesOneThing(sentence, span, after)
                && !countsOtherThings(after)
                && !underwentOther(after)
                && (asksDifference || !isDifference(after));
    }

    /** Whether the number {@code span} gives a measure in a unit the question does not count: "320 miles". */
    private boolean measuresOtherUnit(Phrase span, String after) {
        Matcher opening = NUMBER_OPENING.matcher(span.text());
        String following = (opening.lookingAt() ? span.text().substring(opening.end()) : "") + after;
        Matcher unit = MEASURE_UNIT.matcher(following);
        if (!unit.lookingAt()) {
            return false;
        }
        String measured = unitSpelling(unit.group(1));
        return nouns.stream().noneMatch(noun -> unitSpelling(noun).equals(measured));
    }

    private static String unitSpelling(String unit) {
        String singular = Words.singular(unit);
        return UNIT_SPELLINGS.getOrDefault(singular, singular);
    }

    /** Whether a number is by how much a count exceeds another: "18 days more than the record". */
    private static boolean isDifference(String after) {
        Matcher difference = DIFFERENCE_AFTER.matcher(after);
        return difference.lookingAt()
                && (difference.group(1) == null
                        || Words.isPlural(difference.group(1)) && !Words.isClosedClass(difference.group(1)));
    }

    /**
     * Where the question counts a run ("how many consecutive days"), the ordinals of {@code sentence} that count it,
     * with the run's words and its noun: "the 41st consecutive day", "a fifth straight triple-digit day", "the 12th
     * day in a row" say how long the run is.
     */
    List<Phrase> runsIn(String sentence) {
        if (!asksRun) {
            return List.of();
        }
        Set<String> asked = nouns.stream()
                .filter(n -> !Words.isClosedClass(n) && !RUN_WORDS.contains(n))
                .map(Words::singular)
                .collect(Collectors.toSet());
        List<Phrase> runs = new ArrayList<>();
        Matcher ordinal = ORDINAL.matcher(sentence);
        while (ordinal.find()) {
            int from = ordinal.end();
            List<Phrase> next = Words.of(sentence.substring(from, Math.min(sentence.length(), from + RUN_CHARS)));
            boolean run = !next.isEmpty()
                    && RUN_WORDS.contains(Words.base(next.getFirst().text()));
            int first = run ? 1 : 0;
            // The asked noun, maybe after modifiers the question also writes ("triple-digit days"); the phrase ends at
            // punctuation or at a closed-class word ("a second straight week, days after…" counts no days).
            int last = -1;
            for (int i = 0; i < Math.min(next.size(), first + MODIFIERS_BEFORE_NOUN + 1); i++) {
                int gapFrom = i == 0 ? 0 : next.get(i - 1).end();
                String word = next.get(i).text();
                if (!sentence.substring(from + gapFrom, from + next.get(i).start())
                                .isBlank()
                        || i >= first && Words.isClosedClass(word)) {
                    break;
                }
                if (i >= first && asked.contains(Words.singular(Words.base(word)))) {
                    last = i;
                } else if (last >= 0) {
                    break;
                }
            }
            if (last < 0) {
                continue;
            }
            int end = from + next.get(last).end();
            Matcher inARow = IN_A_ROW_AFTER.matcher(sentence.substring(end));
            boolean rowAfter = inARow.lookingAt();
            if (run || rowAfter) {
                runs.add(Phrase.of(sentence, ordinal.start(), rowAfter ? end + inARow.end() : end));
            }
        }
        return runs;
    }

    /**
     * Whether {@code span} is "one" standing for a thing the sentence names, not a count: "defines a mass shooting as one
     * in which four people are shot", "the one that got away"; or "no one", which counts nobody.
     */
    static boolean isPronounOne(String sentence, Phrase span) {
        return span.text().equalsIgnoreCase("one")
                && (PRONOUN_ONE_AFTER
                                .matcher(sentence)
                                .region(span.end(), sentence.length())
                                .lookingAt()
                        || Words.endsBefore(PRONOUN_ONE_BEFORE, sentence, span.start(), PRONOUN_ONE_REACH_CHARS));
    }

    /**
     * Whether a number in figures alone follows "a" or "an", as one that describes a single thing does ("a 64.1 passer
     * rating", "a 737 jet"): a count stands after no article of the singular ("a record 16 Super Bowls" has a word
     * between). A run's ordinal ("a 12th straight game"), a range or a vote ("a 52 to 48 vote") and a number before the
     * noun the question counts ("a 20 year sentence" for how many years) are left to the other readings.
     */
    private boolean modifiesOneThing(String sentence, Phrase span, String after) {
        if (!NUMBER_ALONE.matcher(span.text()).matches()) {
            return false;
        }
        String before = Words.adjacentBefore(sentence, span.start());
        if (before == null || !before.equalsIgnoreCase("a") && !before.equalsIgnoreCase("an")) {
            return false;
        }
        Matcher next = WORD_AFTER.matcher(after);
        return !RANGE_AFTER.matcher(after).lookingAt()
                && !(next.lookingAt() && counted.contains(Words.singular(Words.base(next.group(1)))));
    }

    /** Whether a number is a month's day ("expected April 13", "on Aug. 21"): a date, however the question counts. */
    static boolean isDayOfMonth(String sentence, Phrase span) {
        return Months.namedRightBefore(sentence, span.start())
                && EvidenceReader.DAY_OF_MONTH.matcher(span.text()).matches();
    }

    /**
     * Whether the plural noun a number counts is another than the question's ("25 million people" where tornadoes are
     * counted, "about 500 dogs" where dog farms are, "five nations" where countries are, "two classic chocolate
     * basecakes" where calories are, "230 or 320 miles" where reservations are); one kind of people counts another
     * ("73,000 attendees" for festival-goers), and so do people's deaths and injuries ("12 deaths" for how many people
     * died, "37 pedestrians" for how many pedestrian deaths).
     */
    private boolean countsOtherThings(String after) {
        if (counted.isEmpty()) {
            return false;
        }
        List<String> written = countedNouns(withoutRangeAndPartitive(after));
        if (written.isEmpty()) {
            return false;
        }
        boolean countsPeople = written.stream()
                .anyMatch(n -> NameKind.isPersonNoun(n) || PEOPLE_COUNTED_BY.contains(Words.singular(n)));
        return written.stream().map(Words::singular).noneMatch(counted::contains)
                && !(countsPeople && nouns.stream().anyMatch(CountedThings::countsPeople));
    }

    /**
     * The nouns the question counts, in the singular: "How many of them" names none. "How many dog farms" counts farms,
     * not the dogs its modifier names: where the question writes a plural, only a plural is what it counts, unless it
     * counts people by their deaths or injuries ("how many pedestrian deaths": pedestrians).
     */
    private static Set<String> countedOf(Set<String> nouns) {
        List<String> written =
                nouns.stream().filter(n -> !Words.isClosedClass(n)).toList();
        boolean pluralHead = written.stream().anyMatch(Words::isPlural)
                && written.stream().noneMatch(n -> PEOPLE_COUNTED_BY.contains(Words.singular(n)));
        return written.stream()
                .filter(n -> !pluralHead || Words.isPlural(n))
                .map(Words::singular)
                .collect(Collectors.toSet());
    }

    /**
     * Whether a range's second part is a number: in figures after any of its words, in words only after "or" or "to"
     * ("two or three weeks"), as "25 and nine rebounds" counts two things.
     */
    private static boolean isRangeEnd(Matcher range) {
        return Words.isNumeric(range.group(2))
                || Words.isNumberWord(range.group(2)) && !range.group(1).equalsIgnoreCase("and");
    }

    /** The words after a number past the rest of a range ("to 15") and a partitive's "of these". */
    private static String withoutRangeAndPartitive(String after) {
        Matcher range = RANGE_AFTER.matcher(after);
        String counting = range.lookingAt() && isRangeEnd(range) ? after.substring(range.end()) : after;
        Matcher partitive = PARTITIVE_AFTER.matcher(counting);
        return partitive.lookingAt() ? counting.substring(partitive.end()) : counting;
    }

    /**
     * Whether the number {@code span} of {@code sentence} writes no noun of its own ("More than 87 million are under
     * alerts", "in the millions", "43 of them") where neither the sentence nor the one before it, {@code previous},
     * writes the things the question counts ({@link #things}): "how many states" is not answered by a count that
     * names no state. A word after the number that may be a noun names the things its own way ("eight Corvettes",
     * "the 500 mark").
     */
    boolean unnamedIn(String previous, String sentence, Phrase span) {
        if (things.isEmpty() || !writesNoNoun(sentence.substring(span.end()))) {
            return false;
        }
        return Words.of(previous + " " + sentence).stream()
                .map(w -> Words.singular(Words.base(w.text())))
                .noneMatch(things::contains);
    }

    /**
     * Whether the words right after a number end its phrase without a noun: punctuation, a closed-class word ("are",
     * "after", "of") or a verb's past form ("87 million fled").
     */
    private static boolean writesNoNoun(String after) {
        if (PUNCTUATION_AFTER.matcher(after).lookingAt()) {
            return true;
        }
        Matcher next = WORD_AFTER.matcher(after);
        if (!next.lookingAt()) {
            return false;
        }
        String word = next.group(1);
        return !Words.isCapitalised(word) && (Words.isClosedClass(word) || Words.isPastTense(word));
    }

    /**
     * Whether a noun, in the singular, is one news counts without writing it: people ("killing 12"), a span of time
     * ("for 12 days"), a unit, or a tally ("now has 38,390").
     */
    private static boolean countedUnnamed(String noun) {
        return TALLIED.contains(noun)
                || PEOPLE_BY_GROUP.contains(noun)
                || NameKind.isPersonNoun(noun)
                || NameKind.isPersonNoun(noun + "s")
                || PEOPLE_COUNTED_BY.contains(noun)
                || TIME_UNIT.matcher(" " + noun + "s").lookingAt()
                || MEASURE_UNIT.matcher(noun).lookingAt()
                || MEASURE_UNIT.matcher(noun + "s").lookingAt();
    }

    /**
     * The plural nouns a number counts: the first plural among the lower-case words after it, past the modifiers
     * before it ("classic chocolate" of "two classic chocolate basecakes", "main Memphis-area" of "nine main
     * Memphis-area hospitals"), and a second plural it modifies ("sports teams"); empty when a closed-class word, a verb
     * or another count ends the phrase first ("12 were killed", "12 died and dozens…").
     */
    private static List<String> countedNouns(String after) {
        List<String> counted = new ArrayList<>();
        Matcher noun = WORD_AFTER.matcher(after);
        int at = 0;
        int modifiers = 0;
        while (modifiers <= MODIFIERS_BEFORE_NOUN && noun.find(at) && noun.start() == at) {
            String word = noun.group(1);
            at = noun.end();
            if (Words.isCapitalised(word)) {
                if (!counted.isEmpty()) {
                    break;
                }
                modifiers++;
                continue;
            }
            // "1,300 of the company's workers": a possessive says whose, not what is counted.
            if (Names.isPossessive(word) && !Words.isClosedClass(word)) {
                continue;
            }
            // "2,468 electric and low-emission school buses": modifiers joined by "and" before the noun.
            if (counted.isEmpty() && modifiers > 0 && JOINING.contains(word)) {
                continue;
            }
            // "12 died and dozens were hurt", "1,200 cast ballots": a verb ends the noun phrase, and another count
            // counts for itself.
            if (Words.isClosedClass(word) && !COUNT_MODIFIERS.contains(Words.base(word))
                    || Words.isPastTense(word)
                    || Words.isNumberWord(word)
                    || PRESENT_VERBS_AFTER_COUNT.contains(word)) {
                break;
            }
            if (Words.isPlural(word)) {
                counted.add(word);
            } else if (!counted.isEmpty()) {
                break;
            }
            modifiers++;
        }
        return counted;
    }

    /**
     * Whether a word of the question counts people: a plural noun for them ("employees", "festival-goers"), not a
     * singular that only ends like one ("butter" of "peanut butter").
     */
    private static boolean countsPeople(String noun) {
        return Words.isPlural(noun) && NameKind.isPersonNoun(noun);
    }

    /**
     * Whether a number is a year: one not followed by the noun counted or another plural ("by 2025", "between 2009 and
     * 2020", "the 2020 election"); "1999 employees" counts them.
     */
    private boolean isDatingYear(String sentence, Phrase span) {
        if (!YEAR.matcher(span.text()).matches()) {
            return false;
        }
        Matcher noun = NOUN_AFTER.matcher(sentence.substring(span.end()));
        if (!noun.lookingAt() || Words.isClosedClass(noun.group(1))) {
            return true;
        }
        String next = Words.base(noun.group(1));
        return !nouns.contains(next) && !Words.isPlural(next);
    }

    /** Whether a number is written as money ("$25", "€3 million"): an amount, which counts nothing "how many" asks. */
    private static boolean isMoney(Phrase span) {
        return !span.text().isEmpty() && "$€£¥".indexOf(span.text().charAt(0)) >= 0;
    }
}
