package dev.sourced.answer;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How a capitalised phrase stands in its sentence, which says whether it names anything a question may ask for: before
 * a noun it modifies it ("a Biden spokesperson"), before a title it says whose ("Britain’s Queen Elizabeth II"), at the
 * start of a sentence it may be capitalised only because it starts it, and cut from a longer name it names nothing
 * ("F" of "F/A-18").
 */
final class NameShapes {
    /** What ends a company's name ("Eli Lilly and Co."), which alone names no company. */
    private static final Set<String> COMPANY_SUFFIXES = Set.of("co", "inc", "corp", "ltd", "llc", "plc");
    /** Offices that end a capitalised phrase telling of their holder ("Facebook CEO"). */
    private static final Set<String> OFFICE_WORDS = Set.of(
            "ceo",
            "cfo",
            "coo",
            "cto",
            "president",
            "chairman",
            "chairwoman",
            "director",
            "secretary",
            "minister",
            "governor",
            "mayor",
            "commissioner",
            "spokesman",
            "spokeswoman");

    /**
     * Modifiers looked past between a name and the noun for a person it modifies: hyphenated ones, and the words the
     * question describes the person with.
     */
    private static final int MAX_MODIFIERS_BEFORE_NOUN = 2;
    /** Nouns for a person that a place or a school after "from" tells the origin of: "the graduate from Newark". */
    private static final Set<String> ORIGIN_NOUNS =
            Set.of(("graduate graduates alumnus alumna alumni senior seniors junior "
                            + "juniors sophomore sophomores freshman freshmen student students native natives resident residents "
                            + "transplant transfer")
                    .split(" "));
    /** Verbs that give the name after them a post: "named Catherine Colonna foreign minister". */
    private static final Set<String> NAMING_VERBS = Set.of(("name names named appoint appoints appointed elect elects "
                    + "elected pick picks picked tap taps tapped nominate nominates nominated")
            .split(" "));
    /**
     * Lower-case nouns for a building or grounds, which a name right before them names ("the John Wanamaker building");
     * not words that are verbs as often ("tower", "plant", "store": "rookies like Victor Wembanyama tower over…").
     */
    private static final Set<String> BUILDING_NOUNS = Set.of(("building buildings mansion hotel theater theatre arena "
                    + "stadium museum library bridge tunnel campus complex hospital school airport hall center centre")
            .split(" "));
    /** A noun that says which kind of building the next one is, and the noun after it: "department store". */
    private static final Map<String, Set<String>> BUILDING_KINDS = Map.of(
            "department", Set.of("store"),
            "office", Set.of("building", "tower", "complex"),
            "apartment", Set.of("building", "tower", "complex"),
            "convention", Set.of("center", "centre", "hall"),
            "community", Set.of("center", "centre", "hall"));

    /** Verbs in the present a body's initials report with: "NBC says", "CNN reports". */
    private static final Set<String> PRESENT_REPORTING_VERBS =
            Set.of("says", "adds", "notes", "writes", "reports", "tells", "claims", "announces", "confirms");

    /** Determiners that say whose, before a name that modifies a noun as an article does: "its Newark location". */
    private static final Set<String> POSSESSIVE_DETERMINERS = Set.of("its", "their", "his", "her", "our", "my", "your");

    /**
     * A name of capitalised words (and "of" or "and" between them), then "for" or "&", just before a name, which goes on
     * from it: "Court of Arbitration for Sport", "Procter & Gamble".
     */
    private static final Pattern JOINED_BEFORE = Pattern.compile(
            "(?<![\\p{L}'’])(\\p{Lu}[\\p{L}'’.-]*(?:\\s+(?:(?:of|and)\\s+)?\\p{Lu}[\\p{L}'’.-]*){0,4})\\s+(for|&)\\s+$");
    /** How far before a name {@link #JOINED_BEFORE} looks: a body's name of a few words and the joining word. */
    private static final int JOINED_REACH_CHARS = 60;

    /**
     * A word, not a code, before a hyphen: in lower case ("magnitude-7.8"), or a capital and more than five letters after
     * it ("Category-4"); "Covid-19", "MiG-29", "SARS-CoV-2" and "I-80/94" are codes.
     */
    private static final Pattern PLAIN_WORD = Pattern.compile("\\p{Ll}+|\\p{L}\\p{Ll}{5,}");

    /** A rank's number right before a name: "No. 1 ", "#3 ", "number two ". */
    private static final Pattern RANK_NUMBER = Pattern.compile("(?i)(?:\\bno\\.?|#|\\bnumber)\\s*[\\p{L}\\d]+\\s+$");

    /** "and" or "or", then capitalised words: other names a name is listed with before the noun they modify. */
    private static final Pattern JOINED_NAMES =
            Pattern.compile("\\s+(?:and|or|&)\\s+\\p{Lu}[\\p{L}'’.-]*(?:\\s+\\p{Lu}[\\p{L}'’.-]*){0,2}");

    /** "a U.S. ": a country's initials between an article and a name modify the name too. */
    private static final Pattern ARTICLE_AND_COUNTRY =
            Pattern.compile("(?i)\\b(?:a|an|the)\\s+(?:U\\.S\\.|US|U\\.K\\.|UK)\\s+$");

    /** Offices and ranks news writes with "the" before a person's name or style: "the Duchess of Sussex". */
    private static final Set<String> STYLED_BY_OFFICE = Set.of(
            "reverend",
            "duke",
            "duchess",
            "archbishop",
            "bishop",
            "cardinal",
            "dalai",
            "earl",
            "countess",
            "baron",
            "baroness",
            "emperor",
            "empress");

    /**
     * A distance from a place, before its name: "about 150 miles south of Seoul", "150 miles (240 kilometers)
     * north-east of Seoul", "10 km from Kyiv", "30 miles to the west of Tampa".
     */
    private static final Pattern DISTANCE_FROM = Pattern.compile("(?i)\\b(?:miles?|mi\\.|kilomet(?:er|re)s?|km)"
            + "(?:\\s*\\([^)]{0,30}\\))?\\s+(?:(?:to\\s+the\\s+)?(?:north|south)?-?(?:east|west)?\\s+|away\\s+|"
            + "inland\\s+)?(?:of|from)\\s+$");

    /** How far before a name {@link #DISTANCE_FROM} looks: "kilometers) to the southwest of ". */
    private static final int DISTANCE_FROM_CHARS = 70;

    /** A journey's end after its start: "from Selma to Montgomery" names where the journey began. */
    private static final Pattern JOURNEY_ON = Pattern.compile("^\\s+to\\s+(?:the\\s+)?\\p{Lu}");

    /** Nouns for who governs, after a name that says whose: "the Biden administration", "the Bush presidency". */
    private static final Set<String> GOVERNING_NOUNS = Set.of("administration", "administrations", "presidency");

    /** The capitalised word after a possessive name, which may be a title: "Queen" of "Britain’s Queen". */
    private static final Pattern TITLE_AFTER = Pattern.compile("\\s+(\\p{Lu}[\\p{L}.]*)");

    /** A possessive's ending, then the capitalised word after it: "’s Queen" after "Britain". */
    private static final Pattern POSSESSIVE_THEN_TITLE = Pattern.compile("['’]s?\\s+(\\p{Lu}[\\p{L}.]*)");

    /**
     * A name written as a possessive before a title says whose, and names no one asked for: the person is named after
     * it ("Britain’s Queen Elizabeth II", "China’s Foreign Minister Wang Yi"). Before a work or an event it may name
     * its maker ("Christopher Nolan’s Oppenheimer"), who may be asked for.
     */
    static boolean possessiveBeforeTitle(String sentence, Phrase span) {
        Matcher title = (Names.isPossessive(span.text()) ? TITLE_AFTER : POSSESSIVE_THEN_TITLE)
                .matcher(sentence)
                .region(span.end(), sentence.length());
        return title.lookingAt() && NameKind.isTitle(title.group(1));
    }

    /**
     * A name between a possessive and the asked craft's noun may be the craft's own: "its SLIM lander", "Japan's SLIM
     * lander". Only for craft, which news names in capitals as often as it names bodies so: "Moderna's RSV vaccine"
     * names a virus. The shape alone cannot tell the owner's name ("India's ISRO lander") from the craft's.
     */
    static boolean namesOwnedCraft(String sentence, Phrase span, String craftNoun) {
        if (!NameKind.isCraftNoun(craftNoun)) {
            return false;
        }
        String before = Words.adjacentBefore(sentence, span.start());
        String after = Words.adjacentAfter(sentence, span.end());
        return before != null
                && after != null
                && (POSSESSIVE_DETERMINERS.contains(before.toLowerCase(Locale.ROOT)) || Names.isPossessive(before))
                && Words.sameWord(after, craftNoun);
    }

    /**
     * A name between an article, a possessive or a count and a lower-case word modifies that word ("the Democratic
     * nomination", "a Biden spokesperson", "six Democratic electors"), as do names joined to it by "and" ("its Newark
     * and Milford locations"): it names no person, unless a title marks one ("the Rev. Al Sharpton said"); "The British
     * and Irish Lions" is one name.
     */
    static boolean modifiesNoun(String sentence, Phrase span) {
        String before = Words.adjacentBefore(sentence, span.start());
        Matcher joined = JOINED_NAMES.matcher(sentence.substring(span.end()));
        String after = Words.adjacentAfter(sentence, span.end() + (joined.lookingAt() ? joined.end() : 0));
        return before != null
                && (Words.isArticle(before)
                        || POSSESSIVE_DETERMINERS.contains(before.toLowerCase(Locale.ROOT))
                        // "the state's six Democratic presidential electors": a count, of the noun after; not a rank
                        // ("World No. 1 Scottie Scheffler won").
                        || (Words.isNumberWord(before) || Words.isNumeric(before) && !Years.is(before))
                                && !Words.endsBefore(RANK_NUMBER, sentence, span.start()))
                && after != null
                && Character.isLowerCase(after.charAt(0))
                && !Words.isClosedClass(after)
                && NameKind.of(sentence, span) != NameKind.PERSON;
    }

    /**
     * A name right after an article is no person's ("the ESPN Matchup Predictor", "the Pensacola News Journal", "a
     * U.S. Air Force Thunderbird"), unless it starts with a title ("the Rev. Al Sharpton") or its passage marks it a
     * person's.
     */
    static boolean afterArticle(String sentence, Phrase name, List<NameKind.Mention> names) {
        String before = Words.adjacentBefore(sentence, name.start());
        List<Phrase> words = Words.of(name.text());
        return (before != null && Words.isArticle(before)
                        || Words.endsBefore(ARTICLE_AND_COUNTRY, sentence, name.start()))
                && !words.isEmpty()
                && !NameKind.isTitle(words.getFirst().text())
                && !STYLED_BY_OFFICE.contains(words.getFirst().text().toLowerCase(Locale.ROOT))
                && NameKind.inContext(sentence, name, names) != NameKind.PERSON;
    }

    /**
     * A name joined by a hyphen to the word after it only describes what follows ("a Destin, Fla.-based firm", "a
     * Washington, D.C.-based group"): where it is a place, it answers only where a place is asked for.
     */
    static boolean modifiesByCompound(String sentence, Phrase span) {
        int at = span.end();
        if (sentence.startsWith(".", at)) {
            at++;
        }
        return sentence.startsWith("-", at)
                && at + 1 < sentence.length()
                && Character.isLowerCase(sentence.charAt(at + 1));
    }

    /**
     * A name that ends with a party's adjective ("Iowa Democratic", "House Republican") says whose: before a noun it
     * modifies it ("Iowa Democratic caucus winners", "House Republican leaders") and names neither a person nor a body.
     */
    static boolean endsWithParty(Phrase span) {
        List<Phrase> words = Words.of(span.text());
        return words.size() > 1 && Parties.of(words.getLast().text()).isPresent();
    }

    /**
     * Whether a name stands before a noun for who governs ("the Biden administration"): it says whose government that
     * is, and names no business.
     */
    static boolean namesAGovernment(String sentence, Phrase span) {
        String after = Words.adjacentAfter(sentence, span.end());
        return after != null && GOVERNING_NOUNS.contains(Words.base(after));
    }

    /**
     * Whether a place is named only to say how far from it something is ("in the city about 150 miles south of Seoul"):
     * it is not where that thing is. A journey's start is ("walked 54 miles from Selma to Montgomery"), and so is a
     * place a name of its own stands in ("10 km from the Kyiv city hall", "Boston's harbor").
     */
    static boolean isDistanceReference(String sentence, Phrase span) {
        String after = Words.adjacentAfter(sentence, span.end());
        return Words.endsBefore(DISTANCE_FROM, sentence, span.start(), DISTANCE_FROM_CHARS)
                && !Names.isPossessive(span.text())
                && !(after != null && Character.isLowerCase(after.charAt(0)) && !Words.isClosedClass(after))
                && !JOURNEY_ON.matcher(sentence.substring(span.end())).lookingAt();
    }

    /**
     * Initials or a country's or a state's name before a lower-case noun say whose ("a hard-fought NFC title game", "UK
     * newspaper The Guardian") and name no one; before a verb ("AOC slammed the bill", "NBC says", "Texas sued") they
     * are its subject.
     */
    static boolean initialsBeforeNoun(String sentence, Phrase span) {
        String after = Words.adjacentAfter(sentence, span.end());
        return beforeNoun(sentence, span)
                && !Words.isPastTense(after)
                && !PRESENT_REPORTING_VERBS.contains(after)
                && (NameKind.of(sentence, span) == NameKind.INITIALS || Territories.isTerritory(span.text()));
    }

    /** Whether a lower-case word other than a closed-class one stands right after {@code span}. */
    static boolean beforeNoun(String sentence, Phrase span) {
        String after = Words.adjacentAfter(sentence, span.end());
        return after != null && Character.isLowerCase(after.charAt(0)) && !Words.isClosedClass(after);
    }

    /**
     * A one-word name with the ending of an adjective made from a name ("Russian", "Chinese", "Democratic",
     * "Israeli"): between an article and a noun it says whose or which, for any kind asked ("the Russian side" is no
     * outlet).
     */
    static boolean isProperAdjective(Phrase span) {
        return span.text().indexOf(' ') < 0 && Words.isProperAdjective(span.text());
    }

    /**
     * A name just before a lower-case noun for a person says which one ("South African actress Charlize Theron",
     * "Boeing CEO Dave Calhoun"), as it does with hyphenated modifiers between them ("the first Black four-star
     * general"): the person is named after it, not by it. A verb of naming before the name, with no name after the noun,
     * gives the name the post instead ("named Catherine Colonna foreign minister."; not "tapped Fox News host Pete
     * Hegseth").
     */
    static boolean beforePersonNoun(String sentence, Phrase span) {
        return beforePersonNoun(sentence, span, word -> false);
    }

    /**
     * {@link #beforePersonNoun(String, Phrase)}, also across lower-case words that describe the person as the question
     * does ({@code describing}): "a University of California, Los Angeles economics professor" for "which UCLA
     * economics professor" names the university, not the professor. Other words between ("Smith said teachers…") end
     * the look.
     */
    static boolean beforePersonNoun(String sentence, Phrase span, Predicate<String> describing) {
        // A quoted title's closing mark: "“Pitch Perfect 2” director Elizabeth Banks".
        int offset = span.end() < sentence.length() && Names.isClosingQuote(sentence.charAt(span.end()))
                ? span.end() + 1
                : span.end();
        String next = Words.adjacentAfter(sentence, offset);
        for (int skipped = 0;
                next != null
                        && skipped < MAX_MODIFIERS_BEFORE_NOUN
                        && (isHyphenatedModifier(next)
                                || Character.isLowerCase(next.charAt(0))
                                        && !NameKind.isPersonNoun(next)
                                        && describing.test(next));
                skipped++) {
            offset = sentence.indexOf(next, offset) + next.length();
            next = Words.adjacentAfter(sentence, offset);
        }
        if (next == null || !Character.isLowerCase(next.charAt(0)) || !NameKind.isPersonNoun(next)) {
            return false;
        }
        String before = Words.adjacentBefore(sentence, span.start());
        String after = Words.adjacentAfter(sentence, sentence.indexOf(next, offset) + next.length());
        boolean postGiven = before != null
                && NAMING_VERBS.contains(before.toLowerCase(Locale.ROOT))
                && (after == null || !Words.isCapitalised(after));
        return !postGiven;
    }

    /**
     * A name after a noun that tells where a person comes from and "from" says where, not who: "the Sanford School
     * graduate from Newark", "a senior from Brandywine High". Other nouns take a person after "from" ("a header from
     * Cole Palmer", "a letter from John Smith", "took over as manager from Gareth Southgate").
     */
    static boolean originOfPerson(String sentence, Phrase span) {
        String from = Words.adjacentBefore(sentence, span.start());
        if (from == null || !from.equals("from")) {
            return false;
        }
        String noun = Words.adjacentBefore(sentence, sentence.lastIndexOf(from, span.start()));
        return noun != null && ORIGIN_NOUNS.contains(noun);
    }

    /**
     * A name just before a lower-case noun for a building or grounds names the place, not a person, even a person's
     * name ("the landmark John Wanamaker building", "the former John Wanamaker department store"); a possessive owns
     * it ("Biden's campaign office" is no building's name).
     */
    static boolean namesBuilding(String sentence, Phrase span) {
        if (Names.isPossessive(span.text())) {
            return false;
        }
        String next = Words.adjacentAfter(sentence, span.end());
        if (next == null) {
            return false;
        }
        if (BUILDING_KINDS.containsKey(next)) {
            String noun = Words.adjacentAfter(sentence, sentence.indexOf(next, span.end()) + next.length());
            return noun != null && BUILDING_KINDS.get(next).contains(noun);
        }
        return BUILDING_NOUNS.contains(next);
    }

    /** "four-star", "two-time", "16-year-old": a compound in lower case before a noun. */
    private static boolean isHyphenatedModifier(String word) {
        return word.indexOf('-') > 0 && word.chars().noneMatch(Character::isUpperCase);
    }

    /**
     * A title alone ("Rep." of "Rep. Jim Jordan" cut at its full stop) or the words before one ("US Marine Corps Lt."
     * of "US Marine Corps Lt. Gen. Michael Langley"), a capital cut from a longer name ("F" of "F/A-18"), a common
     * noun's initialism ("TV"), a lawmaker's party and state ("R-Ohio", "D-Calif."), a company's suffix alone ("Co.")
     * or a person's ("Jr." of "Joseph G. Cairo, Jr.") names no one; nor does the end of a longer name after "for" or an
     * ampersand ("Sport's" of "the Court of Arbitration for Sport's ruling", "Gamble" of "Procter & Gamble"), nor a
     * phrase that ends with an office ("Facebook CEO").
     */
    static boolean namesNothing(String sentence, Phrase span) {
        String text = span.text();
        if (NameKind.endsWithAbbreviatedTitle(sentence, span)
                || endsLongerName(sentence, span)
                || endsWithOffice(sentence, span)) {
            return true;
        }
        return text.indexOf(' ') < 0
                && (NameKind.isTitle(text)
                        || isCutInitial(sentence, span)
                        || Names.isCommonInitialism(text)
                        || Parties.isPartyAndState(text)
                        || COMPANY_SUFFIXES.contains(Words.base(text).replace(".", ""))
                        || NamedPerson.isSuffix(text));
    }

    /**
     * Whether a name of more than one word ends with an office and so tells a holder by the post, no name: "the
     * 33-year-old Facebook CEO appeared", "Delaware Press Secretary"; "Office of the President" is a body's name and
     * "“Madam Secretary”" a show's.
     */
    private static boolean endsWithOffice(String sentence, Phrase span) {
        List<Phrase> words = Words.of(span.text());
        return words.size() > 1
                && OFFICE_WORDS.contains(words.getLast().text().toLowerCase(Locale.ROOT))
                && words.stream().noneMatch(w -> w.text().equalsIgnoreCase("of"))
                && !Names.standsQuoted(sentence, span)
                && !Names.insideQuotedTitle(sentence, span);
    }

    /**
     * Whether the name goes on a longer one that stands before it: after "&" ("Procter & Gamble"),
     * or after "for" where the name before has a body's head that takes its remit so ("Court of Arbitration for Sport",
     * "Centers for Disease Control"); "Messi left Barcelona for Paris" and "She traded CNN for NBC" join two names, and
     * "a loan from the World Bank for Pakistan" names a country.
     */
    private static boolean endsLongerName(String sentence, Phrase span) {
        int from = Math.max(0, span.start() - JOINED_REACH_CHARS);
        Matcher joined =
                JOINED_BEFORE.matcher(sentence).region(from, span.start()).useTransparentBounds(true);
        // Where a sentence opens with the name before, it is still a name: "Procter & Gamble", "Centers for…".
        return joined.find()
                && (joined.group(2).equals("&")
                        || NameKind.takesRemit(headOf(joined.group(1))) && !Territories.isTerritory(span.text()));
    }

    /**
     * The head of a body's name: the word before its first "of" ("Court" of "Court of Arbitration"), or its last word
     * ("Bank" of "World Bank").
     */
    private static String headOf(String name) {
        List<Phrase> words = Words.of(name);
        for (int i = 1; i < words.size(); i++) {
            if (words.get(i).text().equals("of")) {
                return words.get(i - 1).text();
            }
        }
        return words.isEmpty() ? "" : words.getLast().text();
    }

    /**
     * A capital alone before a full stop or a slash is cut from a longer name: "F" of "F/A-18"; "X", the company, is
     * not.
     */
    private static boolean isCutInitial(String sentence, Phrase span) {
        String letter = span.text().replace(".", "");
        return letter.length() == 1
                && (span.text().endsWith(".")
                        || span.end() < sentence.length() && "./".indexOf(sentence.charAt(span.end())) >= 0);
    }

    /**
     * A number that is part of a name or a code counts nothing: "737" of "Boeing 737", "9" of "Series 9", "94" of
     * "I-80/94", "19" of "COVID-19".
     */
    static boolean insideName(String sentence, Phrase span) {
        return partOfCode(sentence, span)
                || Names.in(sentence).stream()
                        .anyMatch(n -> n.start() <= span.start()
                                && n.end() >= span.end()
                                && n.text().indexOf(' ') > 0);
    }

    /**
     * A number joined by a hyphen or a slash to a code before it: "I-80/94", "F-35", "(COVID-19)", "Covid-19", "MiG-29";
     * not to a word ("a magnitude-7.8 quake", "a Category-4 storm").
     */
    private static boolean partOfCode(String sentence, Phrase span) {
        if (span.start() == 0 || "-/".indexOf(sentence.charAt(span.start() - 1)) < 0) {
            return false;
        }
        int tokenStart = span.start() - 1;
        while (tokenStart > 0 && !Character.isWhitespace(sentence.charAt(tokenStart - 1))) {
            tokenStart--;
        }
        String code = sentence.substring(tokenStart, span.start()).replaceFirst("^[(\\[\"“‘']+", "");
        String first = code.split("[-/]", 2)[0];
        return first.chars().anyMatch(Character::isLetter)
                && !PLAIN_WORD.matcher(first).matches();
    }

    /**
     * The first word of a sentence (after its dateline) is capitalised whatever it is: alone, it is a name only when
     * the passage or the title also writes it with a capital elsewhere ("Tetris is…" beside "…beat Tetris"), not
     * "Next", "Various" or "Officials"; or when it is a country's or a state's ("Minnesota has the largest number…").
     */
    static boolean capitalisedFirstWordOnly(
            String sentence, int bodyStart, Phrase span, String context, List<Phrase> contextWords) {
        Phrase first =
                Words.of(sentence.substring(bodyStart)).stream().findFirst().orElse(null);
        if (first == null
                || span.start() != bodyStart + first.start()
                || Words.of(span.text()).size() != 1
                || Territories.isTerritory(span.text())
                || Names.standsQuoted(sentence, span)) {
            return false;
        }
        // "Scorsese’s nomination…" beside "Martin Scorsese": a possessive is the name's too.
        String name = Names.withoutPossessive(span.text());
        for (Phrase w : contextWords) {
            if (Names.withoutPossessive(w.text()).equals(name)
                    && w.start() > 0
                    && !startsSentence(context, w.start())) {
                return false;
            }
        }
        return true;
    }

    /**
     * A one-word name that its context also writes in lower case is a word that lost its sentence's full stop
     * ("…website Look up…" beside "look"), not a name.
     */
    static boolean writtenInLowerCase(Phrase span, List<Phrase> contextWords) {
        String word = span.text();
        if (word.indexOf(' ') >= 0 || word.chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT);
        return contextWords.stream().anyMatch(w -> w.text().equals(lower));
    }

    /** Whether {@code text} writes {@code word}, as it is, somewhere other than at the start of a sentence. */
    static boolean writesAsName(String text, String word) {
        return writesAsName(text, word, false);
    }

    /**
     * Whether {@code text} writes {@code word}, as it is, as a name of one word somewhere other than at the start of a
     * sentence: "…at CVS and Walgreens", not "Federal Aviation Administration" for "Aviation" nor "the State government"
     * for "State".
     */
    static boolean writesAsNameOfItsOwn(String text, String word) {
        return writesAsName(text, word, true);
    }

    private static boolean writesAsName(String text, String word, boolean alone) {
        for (int at = text.indexOf(word); at >= 0; at = text.indexOf(word, at + 1)) {
            int end = at + word.length();
            boolean wholeWord = (at == 0 || !Character.isLetterOrDigit(text.charAt(at - 1)))
                    && (end == text.length() || !Character.isLetter(text.charAt(end)));
            if (wholeWord && at > 0 && !startsSentence(text, at) && (!alone || ofItsOwn(text, at, end))) {
                return true;
            }
        }
        return false;
    }

    /** No capitalised word or article next to it: "…and Walgreens", not "Federal Aviation Administration", "the State". */
    private static boolean ofItsOwn(String text, int start, int end) {
        String before = Words.adjacentBefore(text, start);
        String after = Words.adjacentAfter(text, end);
        return (before == null || !Words.isCapitalised(before) && !Words.isArticle(before))
                && (after == null || !Words.isCapitalised(after));
    }

    static boolean startsSentence(String text, int offset) {
        int i = offset - 1;
        // Some texts open a quotation with a closing mark: ”Following guidance…
        while (i >= 0 && (Character.isWhitespace(text.charAt(i)) || "\"“”‘’'(".indexOf(text.charAt(i)) >= 0)) {
            i--;
        }
        // A dateline's dash opens the story as a full stop opens a sentence; so does a search engine's date before a
        // snippet, whatever its mark ("May 9, 2023 · While…").
        return i < 0
                || ".!?\n:—–".indexOf(text.charAt(i)) >= 0
                || text.charAt(i + 1) == '\n'
                || Dateline.endsSnippetDate(text, offset);
    }

    /**
     * The name with the names "and" joins to it ("New Hampshire Health" of "New Hampshire Health and Human Services
     * Department"), whose last word is the head of the whole.
     */
    static String withJoinedNames(String sentence, Phrase span) {
        Matcher joined = JOINED_NAMES.matcher(sentence).region(span.end(), sentence.length());
        return joined.lookingAt() ? span.text() + joined.group() : span.text();
    }

    private NameShapes() {}
}
