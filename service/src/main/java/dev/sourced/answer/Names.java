package dev.sourced.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Proper names as English writes them: runs of capitalised words ("Luke Humphries", "NFL Players Association"),
 * joined by the particles names contain ("Bank of England", "Ludwig van Beethoven"), by an ampersand ("Procter &
 * Gamble"), by the connectives of a body's name ("Centers for Disease Control and Prevention") or after a middle
 * initial ("Richard J. Tornetta"), a number allowed after the first word ("Boeing 737", "Flight 1282"), and titles in
 * quotation marks ("“Oppenheimer”"). Closed-class words at the edges are dropped, so the capital that starts a
 * sentence ("The", "In") makes no name; a name that starts with a calendar word ("Tuesday", "March 5") is a date, and
 * one that ends with one drops it ("Golden Globes Sunday").
 */
final class Names {
    /**
     * Adverbs that open a sentence, capitalised only for standing first: "Earlier Twilight movies…" names "Twilight".
     */
    private static final Set<String> OPENING_ADVERBS = Set.of(("earlier later yesterday instead finally recently "
                    + "currently previously ultimately eventually initially overall separately additionally "
                    + "furthermore moreover sometimes often afterward afterwards nonetheless nevertheless "
                    + "otherwise similarly likewise unfortunately fortunately ironically notably specifically")
            .split(" "));

    /** The most particles in a row inside a name: "van de", "von der", "de la". */
    private static final int MAX_PARTICLES = 2;

    private static final Set<String> PARTICLES =
            Set.of("of", "de", "du", "da", "del", "della", "van", "von", "der", "den", "la", "le", "al", "bin");
    /** A model's or a form's number ({@link #isModelNumber}): "737", "1099-K". */
    private static final Pattern MODEL_NUMBER = Pattern.compile("\\d+(?:-(?=[A-Z\\d]*[A-Z])[A-Z\\d]+)?");

    /** Holidays, their words in base form ({@link #holidaySaysWhen}, {@link #isHoliday}). */
    private static final Set<String> HOLIDAYS = Set.of(
            "new year eve",
            "new year day",
            "christmas eve",
            "christmas day",
            "christmas",
            "thanksgiving",
            "thanksgiving day",
            "easter",
            "easter sunday",
            "halloween",
            "independence day",
            "fourth of july",
            "july fourth",
            "memorial day",
            "labor day",
            "veterans day",
            "presidents day",
            "presidents' day",
            "valentine day",
            "mother day",
            "father day",
            "juneteenth",
            "hanukkah",
            "passover",
            "ramadan",
            "diwali",
            "kwanzaa",
            "yom kippur",
            "rosh hashanah",
            "lunar new year",
            "mardi gras",
            "good friday");

    private static final Set<String> WEEKDAYS =
            Set.of("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday");
    /**
     * Initialisms of common nouns: written in capitals like the initials of a body ("NFL"), but a thing any article
     * may be about without writing it so ("late-night TV" is television). Closed enough to list.
     */
    private static final Set<String> COMMON_INITIALISMS =
            Set.of(("TV CEO CFO COO GDP AI DNA RNA IQ ID PC DJ MVP SUV ATM "
                            + "GPS UFO EV VR IVF ICU ER NFT CPI IPO VP IT HR PR PPE")
                    .split(" "));

    /** Saint, Mount, Fort, written short in a place's name. */
    private static final Set<String> PLACE_ABBREVIATIONS = Set.of("St", "Mt", "Ft");

    /** A full stop between a lower-case letter and a capitalised word, with no space after it: "Tetris.How". */
    private static final Pattern RUN_ON_SENTENCE = Pattern.compile("(?<=\\p{Ll})\\.(?=\\p{Lu}\\p{Ll})");

    private static final String OPENING_QUOTES = "\"“‘'";
    private static final String CLOSING_QUOTES = "\"”’'";
    private static final int MAX_QUOTED_WORDS = 6;
    private static final int MAX_SUBTITLE_CHARS = 60;
    /**
     * The people an advocacy group is named after, before what it stands for ("Americans for Prosperity", "Moms for
     * Liberty", "Doctors Without Borders", "Mothers Against Drunk Driving"): a nationality's plural or one of these.
     */
    private static final Set<String> ADVOCATES = Set.of(("citizens mothers moms parents students doctors veterans "
                    + "women families scientists nurses physicians voters taxpayers patients teachers")
            .split(" "));

    /**
     * The words between an advocacy group's people and what they stand for; only "for" is written in lower case and
     * joins them here ("Against" and "Without" are capitalised, and run on as a name's words do).
     */
    private static final Set<String> ADVOCACY_CONNECTIVES = Set.of("for", "against", "without");

    /**
     * Lower-case words inside a law's name, which runs on to its head ("Delivering for America Act", "Americans with
     * Disabilities Act", "Tax Cuts and Jobs Act").
     */
    private static final Set<String> LAW_CONNECTIVES = Set.of("for", "with", "and", "to", "in", "on");
    /** Capitalised words after a connective that may still end a body's or a law's name ("and Human Services"). */
    private static final int MAX_JOINED_WORDS = 3;
    /** Capitalised words after a law's connective, its head included: "for America Act", "and Jobs Act". */
    private static final int MAX_LAW_WORDS_AFTER = 2;

    /** Words that make the weekday after them a time: "On Tuesday", "since Monday", "late Monday". */
    private static final Set<String> TIME_WORDS_BEFORE = Set.of(
            "on", "since", "by", "until", "till", "through", "from", "during", "last", "this", "next", "early", "late",
            "earlier", "later", "before", "after");
    /** Heads of names a weekday opens: "Saturday Night Live", "The Sunday Times", "Ash Wednesday Mass". */
    private static final Set<String> WEEKDAY_NAME_HEADS = Set.of(("night morning afternoon evening times telegraph "
                    + "express mirror herald post football live school service mass sale market")
            .split(" "));

    /** Words after a name that state what its bearer did or is: "Will Hurd says", "Will Smith won", "Will Smith is". */
    private static final Set<String> STATING_VERBS =
            Set.of("says", "is", "has", "was", "had", "will", "would", "who", "and", "told", "won");

    /** An ordinal in digits: "3rd", "101st". */
    private static final Pattern ORDINAL = Pattern.compile("\\d+(?:st|nd|rd|th)");
    /** Heads of units and courts numbered by an ordinal before their name. */
    private static final Set<String> UNIT_HEADS =
            Set.of(("brigade battalion regiment squadron division infantry airborne "
                            + "fleet corps circuit precinct wing platoon")
                    .split(" "));

    /**
     * Two capitals with a full stop between them, as a person's initials are written: "J.D", "E.M". Three ("F.B.I")
     * are a body's more often than a person's.
     */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("\\p{Lu}\\.\\p{Lu}");
    /** Places and bodies news writes in initials with full stops, which stand before names too ("U.S. Navy"). */
    private static final Set<String> PLACE_INITIALS = Set.of(
            "US", "UK", "UN", "EU", "DC", "LA", "NY", "NJ", "NC", "SC", "ND", "SD", "NH", "NM", "PR", "BC", "RI", "SF");

    /**
     * Short words after a name and a hyphen that make it a modifier: "New York-born", "Hong Kong-run", "Obama-era".
     */
    private static final Set<String> MODIFIER_SECOND_WORDS =
            Set.of(("led run made born area wide like size only free held type era style class level bound proof ready "
                            + "front heavy savvy long high low best worst set hit lite")
                    .split(" "));

    /** What opens a hyphenated word that is no given name: "Ex-wife", "Co-host", "Then-coach", "Twenty-one". */
    private static final Set<String> HYPHENATED_PREFIXES =
            Set.of(("ex co pro anti non then vice self mid post pre semi "
                            + "well half twenty thirty forty fifty sixty seventy eighty ninety")
                    .split(" "));
    /** Heads after a possessive that an office's holder or a saint names: "Sheriff's Office", "St. John's School". */
    private static final Set<String> HELD_HEADS = Set.of("university", "school", "office");
    /** Holders of offices named by their possessive: "U.S. Attorney's Office", "Cullman County Sheriff's Office". */
    private static final Set<String> OFFICE_HOLDERS =
            Set.of(("sheriff attorney coroner governor mayor prosecutor clerk "
                            + "treasurer auditor comptroller controller examiner marshal assessor recorder solicitor chancellor "
                            + "commissioner secretary president director inspector")
                    .split(" "));

    /** Heads of names written with a possessive before them: "People’s Assembly", "Capp’s Tavern", "Mother’s Day". */
    private static final Set<String> POSSESSED_HEADS = Set.of(("day eve assembly republic tavern pub inn bar "
                    + "cathedral church chapel abbey basilica hospital square island college university school office")
            .split(" "));

    /** Prepositions that say when before a date: "in January", "on Tuesday", "since March". */
    private static final Set<String> TIME_PREPOSITIONS =
            Set.of("in", "on", "since", "until", "till", "before", "after", "during", "from", "by", "through");

    private Names() {}

    /** The names in {@code sentence}, in order. */
    static List<Phrase> in(String sentence) {
        List<Phrase> words = Words.of(sentence);
        List<Phrase> names = new ArrayList<>();
        // After a dateline or a snippet's date ("Jan 20, 2024 — Its SLIM lander…") the sentence's own words start.
        int bodyStart = Dateline.end(sentence);
        int i = 0;
        while (i < words.size()) {
            int end = runEnd(sentence, words, i);
            if (end > i) {
                int from = i;
                boolean opensSentence = i == 0
                        || words.get(i).start() >= bodyStart && words.get(i - 1).start() < bodyStart;
                trimmed(
                                sentence,
                                words.subList(i, end),
                                opensSentence || opensQuote(sentence, words, i) || opensAfterColon(sentence, words, i))
                        .filter(name -> !isFirstPerson(name.text()))
                        .map(name -> withOrdinal(sentence, words, from, name))
                        .ifPresent(names::add);
                i = end;
            } else {
                i++;
            }
        }
        for (Phrase title : quotedTitles(sentence, words)) {
            if (names.stream().noneMatch(n -> n.start() == title.start() && n.end() == title.end())) {
                names.add(title);
            }
        }
        names.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return names;
    }

    /**
     * {@code name} with the ordinal that numbers it when it is a unit's or a court's ("3rd Brigade Combat Team", "5th
     * Circuit Court of Appeals", "101st Airborne Division"), its first word or its last: the number tells one from its
     * siblings. An edition's ordinal ("the 96th Academy Awards") is left to the numbered names' reading, and one that
     * counts titles ("its 11th NCAA Division I title") is none.
     */
    private static Phrase withOrdinal(String sentence, List<Phrase> words, int first, Phrase name) {
        if (first == 0 || name.start() != words.get(first).start()) {
            return name;
        }
        Phrase before = words.get(first - 1);
        if (name.start() - before.end() != 1
                || sentence.charAt(before.end()) != ' '
                || !ORDINAL.matcher(before.text()).matches()) {
            return name;
        }
        List<Phrase> named = Words.of(name.text());
        return UNIT_HEADS.contains(Words.base(named.getFirst().text()))
                        || UNIT_HEADS.contains(Words.base(named.getLast().text()))
                ? Phrase.of(sentence, before.start(), name.end())
                : name;
    }

    /** The name of {@code text} that ends at {@code end}, if one does: the name a list or a place goes on from. */
    static Optional<Phrase> endingAt(String text, int end) {
        return in(text.substring(0, end)).stream().filter(n -> n.end() == end).findFirst();
    }

    /**
     * Whether the word at {@code i} opens a quotation ("saying: “Any option is on the table.”", "like, 'What are you
     * talking about?'"): it is capitalised for standing first, as a sentence's first word is. A title's first word
     * stays ("“The Bear”"): only a word the quotation goes on from in lower case is read so.
     */
    private static boolean opensQuote(String sentence, List<Phrase> words, int i) {
        String gap = sentence.substring(
                i == 0 ? 0 : words.get(i - 1).end(), words.get(i).start());
        return (gap.endsWith("“") || gap.endsWith("\"") || gap.endsWith("‘") || gap.endsWith(" '"))
                && i + 1 < words.size()
                && !Words.isCapitalised(words.get(i + 1).text());
    }

    /**
     * Whether the word at {@code i} opens what a colon introduces ("Mocksville: The police department is…", a news
     * brief's place, then its text): it is capitalised for standing first, unless the word after it is too ("Film: The
     * Bear").
     */
    private static boolean opensAfterColon(String sentence, List<Phrase> words, int i) {
        return i > 0
                && sentence.substring(words.get(i - 1).end(), words.get(i).start())
                        .strip()
                        .equals(":")
                && i + 1 < words.size()
                && !Words.isCapitalised(words.get(i + 1).text());
    }

    /** Whether {@code word} is "I", alone or with a verb ("I'm"): written with a capital, naming no one. */
    private static boolean isFirstPerson(String word) {
        String plain = word.replace('’', '\'');
        return plain.equals("I") || plain.startsWith("I'") && plain.length() <= 4;
    }

    /** Whether {@code c} closes a quotation: "”", "’" or a straight quotation mark. */
    static boolean isClosingQuote(char c) {
        return CLOSING_QUOTES.indexOf(c) >= 0;
    }

    /** Whether {@code word} joins the words of one name in lower case: "of", "de", "del", "von", "bin". */
    static boolean isParticle(String word) {
        return PARTICLES.contains(word);
    }

    /** Whether {@code word} is the initialism of a common noun ("TV", "CEO"), which names nothing. */
    static boolean isCommonInitialism(String word) {
        return COMMON_INITIALISMS.contains(word.replace(".", ""));
    }

    /**
     * Whether {@code name} of {@code text} is a holiday that says when ("New Year's Eve", "Christmas Day"), as a date
     * does: after a word that makes a weekday a time ("on Christmas Eve", "over Thanksgiving") or before a noun it
     * dates ("New Year's Eve flooding"). A story of that day writes "Saturday" or "Dec. 31" as often. "Signed
     * Juneteenth into law" and "starred in Independence Day" are about the holiday or a film.
     */
    static boolean holidaySaysWhen(String text, Phrase name) {
        if (!isHoliday(name.text())) {
            return false;
        }
        String before = Words.adjacentBefore(text, name.start());
        if (before != null
                && (TIME_WORDS_BEFORE.contains(before.toLowerCase(Locale.ROOT)) || before.equalsIgnoreCase("over"))) {
            return true;
        }
        String after = Words.adjacentAfter(text, name.end());
        return after != null && Character.isLowerCase(after.charAt(0)) && !Words.isClosedClass(after);
    }

    /** Whether {@code name} is a holiday's: "Easter", "New Year's Eve", "Yom Kippur". */
    static boolean isHoliday(String name) {
        return HOLIDAYS.contains(
                Words.of(name).stream().map(w -> Words.base(w.text())).collect(Collectors.joining(" ")));
    }

    /** Whether {@code word} names a day of the week. */
    static boolean isWeekday(String word) {
        return WEEKDAYS.contains(Words.base(word));
    }

    /**
     * Whether the words are a date rather than a name: a weekday, a month with a day ("August 15th"), a month or its
     * abbreviation alone ("Feb." of "Feb. 11"). A month inside a longer name stays a name ("Theresa May").
     */
    private static boolean isDate(List<Phrase> name) {
        String first = Words.base(name.getFirst().text());
        if (WEEKDAYS.contains(first)) {
            return true;
        }
        return Months.named(first).isPresent()
                && (name.size() == 1 || Character.isDigit(name.get(1).text().charAt(0)));
    }

    /** The index after the run of name words that starts at {@code first}, or {@code first} when none starts there. */
    private static int runEnd(String sentence, List<Phrase> words, int first) {
        String opening = words.get(first).text();
        if (!Words.isCapitalised(opening) || isCompoundModifier(opening) && !givenNameFirst(sentence, words, first)) {
            return first;
        }
        int end = first + 1;
        while (end < words.size()
                && !endsAtTime(sentence, words, first, end)
                && (adjacent(sentence, words.get(end - 1), words.get(end))
                        || abbreviatedFirstWord(sentence, words.get(end - 1), words.get(end))
                                && closedClassOnly(words, first, end - 1))) {
            String w = words.get(end).text();
            if (isPossessive(words.get(end - 1).text()) && !possessedHead(sentence, words, first, end)) {
                break;
            }
            int particles = particlesBeforeName(sentence, words, end);
            if (Words.isCapitalised(w) && (!isCompoundModifier(w) || isHyphenatedGivenName(w))
                    || isModelNumber(w)
                            && !Words.isNumeric(words.get(end - 1).text())
                            && !isCompoundModifier(words.get(end - 1).text())) {
                end++;
            } else if (particles > 0) {
                // One particle or two, then the capitalised word after them.
                end += particles + 1;
            } else if (joinsName(sentence, words, end)) {
                end += 2;
            } else {
                break;
            }
        }
        return end;
    }

    /**
     * How many particles, one or two, stand from {@code at} before a capitalised word that goes on the name: "Bank of
     * America", "Rolf van de Kerkhof", "Ursula von der Leyen"; 0 when none do.
     */
    private static int particlesBeforeName(String sentence, List<Phrase> words, int at) {
        for (int count = 1; count <= MAX_PARTICLES && at + count < words.size(); count++) {
            Phrase particle = words.get(at + count - 1);
            Phrase next = words.get(at + count);
            if (!PARTICLES.contains(particle.text()) || !adjacent(sentence, particle, next)) {
                return 0;
            }
            if (Words.isCapitalised(next.text())) {
                return count;
            }
        }
        return 0;
    }

    /**
     * Whether the run from {@code first} ends before {@code at} because the word before it is a weekday that says when:
     * one that opens the sentence, or follows a word of time before the run or as its first word ("Tuesday Trump said",
     * "On Tuesday Trump said", "Late Monday President Biden signed", "on Tuesday of Alejandro Mayorkas"). A weekday
     * before the head of a name stays in it ("Saturday Night Live", "The Sunday Times", "Last Friday Night"), and so
     * does one after any other word ("Good Friday Agreement"). A month is left alone: too many are given names ("June
     * Carter Cash", "April Ryan") or open one ("March Madness", "May Day").
     */
    private static boolean endsAtTime(String sentence, List<Phrase> words, int first, int at) {
        int time = at - 1;
        // Most runs' first words are no weekday: the ending tells before the word is put in base form.
        if (time > first + 1
                || !words.get(time).text().endsWith("day")
                || !isWeekday(words.get(time).text())
                || WEEKDAY_NAME_HEADS.contains(Words.base(words.get(at).text()))) {
            return false;
        }
        if (time == first) {
            return first == 0 || TIME_WORDS_BEFORE.contains(words.get(first - 1).lower());
        }
        return TIME_WORDS_BEFORE.contains(words.get(first).lower());
    }

    /**
     * Whether the connective at {@code at} continues a body's name: "for" or "on" after the head of one, before its
     * remit ("Centers for Disease Control", "Council on Foreign Relations"; not "the Senate on Tuesday"), and "and"
     * before a run of capitalised words that ends as an agency's name does ("Customs and Border Protection", "Food and
     * Drug Administration"; not "Michigan and Ohio State", nor "Delta and United Airlines", nor after a name that is
     * whole: "United Airlines and Alaska Airlines"); and a lower-case word of a law's name before the capitalised words
     * that end it ("Delivering for America Act").
     */
    private static boolean joinsName(String sentence, List<Phrase> words, int at) {
        String connective = words.get(at).text();
        if (at + 1 >= words.size()
                || !adjacent(sentence, words.get(at), words.get(at + 1))
                || !Words.isCapitalised(words.get(at + 1).text())) {
            return false;
        }
        String next = words.get(at + 1).text();
        int last = at + 1;
        while (last + 1 < words.size()
                && last + 1 <= at + MAX_JOINED_WORDS
                && adjacent(sentence, words.get(last), words.get(last + 1))
                && Words.isCapitalised(words.get(last + 1).text())) {
            last++;
        }
        // Two capitalised words at most end a law's name after its connective ("for America Act"), and none starts
        // after a name that is whole: "the Clean Air Act and Clean Water Act" are two laws.
        String before = words.get(at - 1).text();
        if (LAW_CONNECTIVES.contains(connective)
                && last - at <= MAX_LAW_WORDS_AFTER
                && NameKind.endsLawName(words.get(last).text())
                && !NameKind.endsLawName(before)
                && !NameKind.endsBodyName(before)) {
            return true;
        }
        if (connective.equals("for") && isAdvocates(before) && !afterArticle(words, at - 1)) {
            return !isWeekday(next) && Months.named(Words.base(next)).isEmpty();
        }
        if (connective.equals("for") || connective.equals("on")) {
            return NameKind.takesRemit(words.get(at - 1).text())
                    && !isWeekday(next)
                    && Months.named(Words.base(next)).isEmpty();
        }
        if (!connective.equals("and") || NameKind.endsBodyName(words.get(at - 1).text())) {
            return false;
        }
        return NameKind.endsAgencyName(words.get(last).text());
    }

    /** Whether a name's {@code words} are an advocacy group's: its people, then what they stand for or against. */
    static boolean isAdvocacyGroup(List<String> words) {
        return words.size() > 2
                && isAdvocates(words.get(0))
                && ADVOCACY_CONNECTIVES.contains(words.get(1).toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word} names the people of an advocacy group's name ({@link #ADVOCATES}, a nationality's plural). */
    private static boolean isAdvocates(String word) {
        return word.length() > 3
                && word.endsWith("s")
                && Words.isCapitalised(word)
                && (ADVOCATES.contains(word.toLowerCase(Locale.ROOT)) || Territories.isNationality(word));
    }

    /**
     * Whether the word at {@code at} stands after "the": "the Celtics for Malcolm Brogdon" is a trade, "the Texans for
     * a pick" a team's; an advocacy group's name is written without one ("Americans for Prosperity").
     */
    private static boolean afterArticle(List<Phrase> words, int at) {
        return at > 0 && Words.isArticle(words.get(at - 1).text());
    }

    /**
     * A name joined to a lowercase word is a modifier, not a name: "Moscow-backed", "Russian-made", "U.S.-led".
     */
    static boolean isCompoundModifier(String word) {
        int hyphen = word.lastIndexOf('-');
        return hyphen > 0 && hyphen + 1 < word.length() && Character.isLowerCase(word.charAt(hyphen + 1));
    }

    /**
     * Whether {@code word} is a given name of two syllables joined by a hyphen, as Korean names are written ("Kang
     * Kyung-wha", "Kim Jong-un", "Lim Byeong-cheol", or first: "Chung-in Moon"): short on both sides, the second no
     * participle and no noun a modifier takes ("Hong Kong-based", "New York-born", "St. Louis-area", "Obama-era").
     */
    private static boolean isHyphenatedGivenName(String word) {
        int hyphen = word.indexOf('-');
        if (hyphen < 2 || hyphen > 6 || hyphen != word.lastIndexOf('-')) {
            return false;
        }
        String second = word.substring(hyphen + 1);
        return second.length() >= 2
                && second.length() <= 5
                && !HYPHENATED_PREFIXES.contains(word.substring(0, hyphen).toLowerCase(Locale.ROOT))
                && second.chars().allMatch(Character::isLowerCase)
                && word.substring(1, hyphen).chars().allMatch(Character::isLowerCase)
                && !second.endsWith("ed")
                && !MODIFIER_SECOND_WORDS.contains(second);
    }

    /** Whether a hyphenated given name opens a name with the surname after it: "Chung-in Moon". */
    private static boolean givenNameFirst(String sentence, List<Phrase> words, int at) {
        return isHyphenatedGivenName(words.get(at).text())
                && at + 1 < words.size()
                && adjacent(sentence, words.get(at), words.get(at + 1))
                && Words.isCapitalised(words.get(at + 1).text())
                && !isCompoundModifier(words.get(at + 1).text());
    }

    /**
     * Whether the word at {@code at}, after a possessive, is the head of the name the possessive stands in, the last
     * capitalised word before any particle ("Supreme People’s Assembly", "Andy Capp’s Tavern", "Valentine’s Day",
     * "People’s Republic of China"). A territory's possessive ends its name ("China’s Foreign Ministry"), and so does one
     * before more capitalised words ("Valentine’s" of "Valentine’s Day Massacre").
     */
    private static boolean possessedHead(String sentence, List<Phrase> words, int first, int at) {
        Phrase head = words.get(at);
        String possessor =
                sentence.substring(words.get(first).start(), words.get(at - 1).end());
        String base = Words.base(head.text());
        return POSSESSED_HEADS.contains(base)
                && (!HELD_HEADS.contains(base) || namesHolderOrSaint(possessor))
                && Words.isCapitalised(head.text())
                && !Territories.isTerritory(possessor)
                && (at + 1 == words.size()
                        || !adjacent(sentence, head, words.get(at + 1))
                        || !Words.isCapitalised(words.get(at + 1).text()));
    }

    /** Whether a possessor is an office's holder or a saint: "U.S. Attorney's", "St. Joseph's"; not "Yale's". */
    private static boolean namesHolderOrSaint(String possessor) {
        List<Phrase> words = Words.of(withoutPossessive(possessor)).stream()
                .dropWhile(w -> Words.isClosedClass(w.text()))
                .toList();
        return !words.isEmpty()
                && (PLACE_ABBREVIATIONS.contains(words.getFirst().text())
                        || words.getFirst().text().equals("Saint")
                        || OFFICE_HOLDERS.contains(Words.base(words.getLast().text())));
    }

    /** Whether {@code word} ends with a possessive "'s", which ends a name: "China's Ambassador" is China's. */
    static boolean isPossessive(String word) {
        return word.endsWith("'s") || word.endsWith("’s");
    }

    /** {@code name} without its possessive "'s": "Maui County" of "Maui County’s", "Scorsese" of "Scorsese’s". */
    static String withoutPossessive(String name) {
        return isPossessive(name) ? name.substring(0, name.length() - 2) : name;
    }

    /**
     * A number inside a name, as in "Boeing 737", "Flight 1282" or "Form 1099-K": digits, maybe with a code of capitals
     * after a hyphen; not a year, nor a score ("112-86").
     */
    private static boolean isModelNumber(String word) {
        return MODEL_NUMBER.matcher(word).matches() && !Years.is(word);
    }

    /** Words of one name are separated by spaces alone: a comma, a period or a dash ends the name. */
    private static boolean adjacent(String sentence, Phrase left, Phrase right) {
        String gap = sentence.substring(left.end(), right.start());
        // "Procter & Gamble", "Oreo Black & White": an ampersand joins the words of one name.
        return right.start() > left.end()
                && (gap.chars().allMatch(c -> c == ' ')
                        || gap.equals(" & ")
                        || isMiddleInitial(left.text(), gap, right.text())
                        || namedAfterPerson(left.text(), gap, right.text()));
    }

    /**
     * "Martin Luther King Jr. Day", "Cal Ripken Jr. Stadium": a person's name with its suffix, then the head of what is
     * named after them, stands in one name; the holiday or the building is no person.
     */
    private static boolean namedAfterPerson(String left, String gap, String right) {
        return gap.equals(". ")
                && NamedPerson.isSuffix(left)
                && Words.isCapitalised(right)
                && NameKind.headsNamedThing(right);
    }

    /**
     * A place's abbreviated first word and the word after it stand in one name: "St. Paul's Cathedral", "Mt. Everest";
     * not "Main St. Officers", where the abbreviation ends a name.
     */
    private static boolean abbreviatedFirstWord(String sentence, Phrase first, Phrase next) {
        return PLACE_ABBREVIATIONS.contains(first.text())
                && sentence.substring(first.end(), next.start()).equals(". ")
                && Words.isCapitalised(next.text());
    }

    /** Whether the words from {@code from} up to {@code to} are all closed-class ("The" of "The St. Paul…"). */
    private static boolean closedClassOnly(List<Phrase> words, int from, int to) {
        return words.subList(from, to).stream().allMatch(w -> Words.isClosedClass(w.text()));
    }

    /**
     * "Richard J. Tornetta", "George W. Bush", "J.D. Vance": a capital alone or a person's initials with the full
     * stop, then a name's word, stand in one name; "Plan B. The…" ends a sentence.
     */
    private static boolean isMiddleInitial(String left, String gap, String right) {
        return gap.equals(". ")
                && (left.length() == 1 && Character.isUpperCase(left.charAt(0))
                        || isPersonsInitials(left)
                                && !NameKind.isTitle(right)
                                && !NameKind.endsBodyName(right)
                                && !NameKind.headsNamedThing(right))
                && Words.isCapitalised(right)
                && !Words.isClosedClass(right);
    }

    /**
     * Whether {@code word} is a person's initials written with full stops, the last one cut off ("J.D" of "J.D.
     * Vance", "H.W" of "George H.W. Bush"), not a place's or a body's ("U.S. Navy", "N.C. State", "D.C. Council").
     */
    private static boolean isPersonsInitials(String word) {
        return DOTTED_INITIALS.matcher(word).matches() && !PLACE_INITIALS.contains(word.replace(".", ""));
    }

    /**
     * The run without what is not part of a name: at the start of a sentence a closed-class word, which is capitalised
     * only for standing first ("The", "It's"; elsewhere "Will Smith" and "Theresa May" keep theirs), and a count
     * before a name ("Two Madonna fans"); at the end a particle or a weekday ("Golden Globes Sunday").
     */
    private static Optional<Phrase> trimmed(String sentence, List<Phrase> run, boolean startsSentence) {
        int from = 0;
        int to = run.size();
        while (from < to
                && (startsSentence
                                && !givenNameWill(sentence, run, from)
                                && (Words.isClosedClass(run.get(from).text())
                                        || OPENING_ADVERBS.contains(
                                                run.get(from).lower()))
                        || Words.isNumeric(run.get(from).text())
                        || Words.isNumberWord(run.get(from).text()))) {
            from++;
        }
        boolean endedAtWeekday = false;
        while (to > from
                && (PARTICLES.contains(run.get(to - 1).text())
                        || isWeekday(run.get(to - 1).text()))) {
            endedAtWeekday |= isWeekday(run.get(to - 1).text());
            to--;
        }
        // "On Tuesday", "Late Monday": a word of time before the weekday names nothing either.
        if (endedAtWeekday && run.subList(from, to).stream().allMatch(w -> TIME_WORDS_BEFORE.contains(w.lower()))) {
            return Optional.empty();
        }
        // "Anchorage: A Russia-designed plant…": an article alone before a compound modifier names nothing; "earned an
        // A" is a grade.
        if (from == to || isDate(run.subList(from, to)) || articleBeforeModifier(sentence, run.subList(from, to))) {
            return Optional.empty();
        }
        // "…brought In January 2021": a preposition capitalised before a date, as some copy writes it, says when.
        if (to - from > 1 && TIME_PREPOSITIONS.contains(run.get(from).lower()) && isDate(run.subList(from + 1, to))) {
            return Optional.empty();
        }
        int start = run.get(from).start();
        int end = run.get(to - 1).end();
        // "…finally beat Tetris.How a 13-year-old…": a headline run into the text with no space after its full stop.
        int stop = sentence.indexOf('.', start);
        if (stop >= 0 && stop < end) {
            Matcher runOn = RUN_ON_SENTENCE.matcher(sentence).region(start, end);
            if (runOn.find()) {
                end = runOn.start();
            }
        }
        return Optional.of(Phrase.of(sentence, start, end));
    }

    /** Whether {@code run} is an article alone and a compound modifier follows it: "A Russia-designed plant". */
    private static boolean articleBeforeModifier(String sentence, List<Phrase> run) {
        if (run.size() != 1 || !Words.isArticle(run.getFirst().text())) {
            return false;
        }
        String next = Words.adjacentAfter(sentence, run.getFirst().end());
        return next != null && isCompoundModifier(next);
    }

    /**
     * Whether the run's first word is "Will" as a given name ("Will Hurd, a former congressman, said", "Will Smith won"):
     * before another name's word in a statement, the name followed by a comma, its possessive or a verb that states.
     * "Will Trump run?" asks, and "Will Trump testify" does too where the asker left out the question mark.
     */
    private static boolean givenNameWill(String sentence, List<Phrase> run, int at) {
        if (at != 0 || run.size() < 2 || !run.getFirst().text().equals("Will") || asks(sentence)) {
            return false;
        }
        String after = sentence.substring(run.getLast().end()).stripLeading();
        List<Phrase> next = Words.of(after);
        return after.startsWith(",")
                || isPossessive(run.getLast().text())
                || !next.isEmpty()
                        && next.getFirst().start() == 0
                        && (Words.isPastTense(next.getFirst().text())
                                || STATING_VERBS.contains(next.getFirst().text()));
    }

    /** Whether {@code sentence} ends with a question mark, maybe inside closing quotation marks. */
    private static boolean asks(String sentence) {
        return sentence.strip().replaceFirst("[\"'”’)]+$", "").endsWith("?");
    }

    /**
     * Whether quotation marks hold {@code span} and nothing else (a closing comma or full stop may stand inside them):
     * a title, "“Oppenheimer”"; or the span and its subtitle after a colon ("“The Exorcist: Believer”").
     */
    static boolean standsQuoted(String sentence, Phrase span) {
        return closingQuoteAfter(sentence, span) >= 0;
    }

    /**
     * Where the quotation mark that closes {@code span} as a title stands ({@link #standsQuoted}), or -1 when
     * quotation marks do not hold it.
     */
    static int closingQuoteAfter(String sentence, Phrase span) {
        if (span.start() == 0 || OPENING_QUOTES.indexOf(sentence.charAt(span.start() - 1)) < 0) {
            return -1;
        }
        int after = span.end();
        if (after < sentence.length() && sentence.charAt(after) == ':') {
            int close = after + 1;
            while (close < sentence.length()
                    && close - after <= MAX_SUBTITLE_CHARS
                    && CLOSING_QUOTES.indexOf(sentence.charAt(close)) < 0
                    && OPENING_QUOTES.indexOf(sentence.charAt(close)) < 0) {
                close++;
            }
            return close < sentence.length()
                            && close - after <= MAX_SUBTITLE_CHARS
                            && CLOSING_QUOTES.indexOf(sentence.charAt(close)) >= 0
                    ? close
                    : -1;
        }
        if (after < sentence.length() && ",.!?".indexOf(sentence.charAt(after)) >= 0) {
            after++;
        }
        return after < sentence.length() && CLOSING_QUOTES.indexOf(sentence.charAt(after)) >= 0 ? after : -1;
    }

    /**
     * Whether {@code span} is a part of a longer quoted title in title case ("Believer" of "“The Exorcist:
     * Believer”"), not of a quoted remark ("“Oppenheimer director Christopher Nolan won,” she said").
     */
    static boolean insideQuotedTitle(String sentence, Phrase span) {
        boolean quoteBefore = false;
        for (int i = 0; i < span.start() && !quoteBefore; i++) {
            quoteBefore = OPENING_QUOTES.indexOf(sentence.charAt(i)) >= 0;
        }
        if (!quoteBefore) {
            return false;
        }
        return quotedTitles(sentence, Words.of(sentence)).stream()
                .anyMatch(t -> t.start() <= span.start()
                        && t.end() >= span.end()
                        && t.end() - t.start() > span.end() - span.start()
                        && Words.of(t.text()).stream()
                                .allMatch(w -> Words.isCapitalised(w.text()) || Words.isClosedClass(w.text())));
    }

    /**
     * Whether the words after a quotation's first are written as a title's, each with a capital but the closed-class
     * ones, the particles of names and numbers ("Blood and Honey", "Killers of the Flower Moon", "Jeanne du Barry"): a
     * quoted remark is not ("Any option is on the table").
     */
    private static boolean inTitleCase(List<Phrase> rest) {
        return rest.stream()
                .map(Phrase::text)
                .allMatch(w -> Words.isCapitalised(w) || Words.isClosedClass(w) || Words.isNumeric(w) || isParticle(w));
    }

    /** Short quoted stretches in a title's capitals: film, book and show titles, nicknames. */
    private static List<Phrase> quotedTitles(String sentence, List<Phrase> words) {
        List<Phrase> titles = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            Phrase first = words.get(i);
            if (first.start() == 0
                    || OPENING_QUOTES.indexOf(sentence.charAt(first.start() - 1)) < 0
                    || !Words.isCapitalised(first.text())) {
                continue;
            }
            for (int j = i; j < Math.min(words.size(), i + MAX_QUOTED_WORDS); j++) {
                Phrase last = words.get(j);
                int after = last.end();
                boolean closes = after + 1 < sentence.length()
                                && ",.!?".indexOf(sentence.charAt(after)) >= 0
                                && CLOSING_QUOTES.indexOf(sentence.charAt(after + 1)) >= 0
                        || after < sentence.length() && CLOSING_QUOTES.indexOf(sentence.charAt(after)) >= 0;
                if (closes) {
                    if (inTitleCase(words.subList(i + 1, j + 1))) {
                        titles.add(Phrase.of(sentence, first.start(), last.end()));
                    }
                    break;
                }
                if (after < sentence.length() && ".!?".indexOf(sentence.charAt(after)) >= 0) {
                    break;
                }
            }
        }
        return titles;
    }
}
