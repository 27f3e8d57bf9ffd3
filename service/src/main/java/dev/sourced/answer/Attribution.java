package dev.sourced.answer;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Who a sentence is about and whose statement it reports, for the names an overview question asks about; and whether
 * a question asks about a statement at all ({@link #reports}), for the reader of every question.
 *
 * <p>A name is named in full ("South Korea", "Xi Jinping"), as its demonym ("Chinese" for "China", "South Korean"),
 * or, when the article names it in full somewhere, by one of its words standing alone ("Xi" for "Xi Jinping",
 * "Blinken" for "Antony Blinken"), but not as a word of another name ("Korea" of "North Korea").
 *
 * <p>A sentence reports the statement of someone named before a reporting verb ("Chinese Foreign Minister Wang Yi
 * said", "China on Thursday refrained from…"), not after it ("Kuleba stated that… China's concerns") nor as the owner
 * of something else ("Putin's move"); "China's envoy" and "South Korea's Foreign Ministry spokesman" speak for the
 * country; so does whoever "according to" or "quoted … as saying" names. A sentence that starts with a pronoun ("She
 * added…", "He urged…") continues the statement of the sentence before it, and a sentence inside a quotation that an
 * earlier sentence opened continues that sentence's. The people an article ties to a subject by their title ("Chinese
 * Foreign Minister Wang Yi", "Wang Wenbin, a spokesperson for the Chinese Foreign Ministry") speak for it.
 */
final class Attribution {
    /** Whether the names asked about are the sentence's speaker, only mentioned around it, or absent. */
    enum Role {
        SPEAKER,
        MENTIONED,
        NONE
    }

    /**
     * Verbs that report what someone said, decided or stood for: the closed class news writes attribution with. A
     * name before one is its speaker.
     */
    private static final Pattern REPORTING = Pattern.compile("\\b(?:says?|said|tells?|told|stated|added|adds|urged?|"
            + "urges|called|stressed|noted|warned|warns|insisted|argued|claimed|asserted|reiterated|expressed|"
            + "announced|promised|pledged|vowed|criticized|criticised|condemned|refused|refrained|denied|rejected|"
            + "supports|supported|opposed|believes?|believed|accused|demanded|asked|welcomed|encouraged|advocated|"
            + "emphasized|emphasised|explained|acknowledged|admitted|agreed|declined|described|dismissed|defended|"
            + "blamed|responded|replied|wrote|tweeted|posted|testified|quoted|favou?red|hopes?|wants?|spoke|speaks|"
            + "discussed|talked)\\b");
    /** "…," Park said, quoting Moon as saying: the statement is Moon's. */
    private static final Pattern QUOTED_AS_SAYING =
            Pattern.compile("(?i)\\bquot(?:ed|ing) ([^,.;]{1,60}?) as (?:saying|telling)\\b");
    /** Words of a time phrase between a place and who spoke there: "on Thursday", "earlier this week". */
    private static final Set<String> TIME_WORDS =
            Set.of("on", "last", "this", "earlier", "later", "early", "late", "week", "month", "day", "today");

    private static final int MAX_TIME_WORDS = 4;
    /** "According to China's Ministry of Foreign Affairs, …": the statement is the named one's. */
    private static final Pattern ACCORDING_TO = Pattern.compile("(?i)\\baccording to (?:the |a )?");

    private static final Set<String> PRONOUNS = Set.of("he", "she", "they", "we", "it", "i");
    /** Words after a possessive that make the owner the speaker: "China's envoy", "Korea's Foreign Ministry". */
    private static final Set<String> OFFICES = Set.of(
            "president",
            "prime",
            "foreign",
            "envoy",
            "ambassador",
            "minister",
            "ministry",
            "government",
            "spokesman",
            "spokeswoman",
            "spokesperson",
            "leader",
            "leaders",
            "leadership",
            "office",
            "officials",
            "official",
            "embassy",
            "chief",
            "ceo",
            "representative",
            "delegation",
            "state",
            "top",
            "senior",
            "lawyers",
            "attorney",
            "department",
            "administration",
            "team",
            "campaign",
            "head",
            "governor",
            "gov",
            "secretary",
            "chancellor",
            "premier",
            "general",
            "director",
            "chairman",
            "chair",
            "assistant",
            "deputy",
            "counterpart");
    /** Words that make a place's name another place's: "North Korea", "New Mexico", "West Virginia". */
    private static final Set<String> PLACE_QUALIFIERS = Set.of(
            "north", "south", "east", "west", "northern", "southern", "eastern", "western", "new", "upper", "lower");
    /** Forms of address before a name. */
    private static final Set<String> TITLES = Set.of("mr", "ms", "mrs", "dr", "sen", "rep", "gen", "sir", "lord");
    /** Words a title may hold between its capitalised words: "Ambassador to the United Nations". */
    private static final Set<String> TITLE_JOINERS = Set.of("to", "the", "of", "for", "and");
    /** "Wang Wenbin, a spokesperson for the Chinese Foreign Ministry": a person, then the body they speak for. */
    private static final Pattern APPOSITION = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]+(?: \\p{Lu}[\\p{L}'’.-]+){1,2}), "
            + "(?:a|an|the) [^,.;\"“”]{0,60}?\\b(?:of|for|at|from) (?:the )?([^,.;\"“”]{1,60})");

    private static final int MAX_TITLE_WORDS = 8;

    private Attribution() {}

    /**
     * The role of the names asked about in {@code sentence}, read with the sentences around it in its passage.
     *
     * @param subjects the names asked about; with none, every sentence is {@link Role#MENTIONED}
     * @param before the sentences before it in its passage, nearest last
     * @param next the sentence after it, or ""
     * @param article text of the article (what was retrieved of it), where a name is given in full once
     */
    static Role role(List<String> subjects, String sentence, List<String> before, String next, String article) {
        if (subjects.isEmpty()) {
            return Role.MENTIONED;
        }
        if (speaks(subjects, sentence, article)) {
            return Role.SPEAKER;
        }
        String previous = before.isEmpty() ? "" : before.getLast();
        // A quotation opened earlier and still open: the sentence that opened it says who is speaking.
        int opener = quoteOpener(before, sentence);
        if (opener >= 0 && speaks(subjects, before.get(opener), article)
                || startsWithPronoun(sentence) && speaks(subjects, previous, article)
                || opensQuote(sentence) && speaks(subjects, next, article)) {
            return Role.SPEAKER;
        }
        // The sentence before counts only for a sentence that refers back to it: "She added…", a quote's next line.
        String referredTo = startsWithPronoun(sentence) ? previous : opener >= 0 ? before.get(opener) : "";
        for (String subject : subjects) {
            if (names(subject, sentence, article) >= 0 || names(subject, referredTo, article) >= 0) {
                return Role.MENTIONED;
            }
        }
        return Role.NONE;
    }

    /**
     * The names asked about and the people the article says speak for them: "Chinese Foreign Minister Wang Yi",
     * "China's Ambassador to the United Nations Zhang Jun", "Wang Wenbin, a spokesperson for the Chinese Foreign
     * Ministry" speak for China. Each person by the name the article gives them in full.
     */
    static List<String> withSpokespeople(List<String> subjects, String article) {
        Set<String> speakers = new LinkedHashSet<>(subjects);
        List<Phrase> words = Words.of(article);
        for (String subject : subjects) {
            List<Phrase> name = Words.of(subject);
            if (name.isEmpty()) {
                continue;
            }
            for (int i = 0; i + name.size() <= words.size(); i++) {
                if (matchesAt(name, words, i)) {
                    titledPerson(article, words, afterWhen(words, i + name.size()))
                            .ifPresent(speakers::add);
                }
            }
            var apposition = APPOSITION.matcher(article);
            while (apposition.find()) {
                if (names(subject, apposition.group(2), article) >= 0) {
                    speakers.add(apposition.group(1));
                }
            }
        }
        return List.copyOf(speakers);
    }

    /**
     * The first word after a time phrase starting at {@code from} ("on Thursday", "last week", "earlier this month"),
     * or {@code from}: "In South Korea on Thursday, President Moon Jae In…" gives the president of South Korea.
     */
    private static int afterWhen(List<Phrase> words, int from) {
        int at = from;
        while (at < words.size() && at - from < MAX_TIME_WORDS) {
            String word = Words.base(words.get(at).text());
            if (!TIME_WORDS.contains(word)
                    && !Names.isWeekday(word)
                    && Months.named(word).isEmpty()) {
                break;
            }
            at++;
        }
        return at;
    }

    /**
     * The person a title that starts at word {@code from} ends with: "Foreign Minister Wang Yi", "spokesman Choi Young
     * Sam"; empty when the words there are no title followed by a name.
     */
    private static Optional<String> titledPerson(String text, List<Phrase> words, int from) {
        int lastOffice = -1;
        int end = from;
        while (end < words.size() && end - from < MAX_TITLE_WORDS) {
            String word = words.get(end).text();
            String base = Words.base(word);
            boolean joined = end == from
                    || text.substring(words.get(end - 1).end(), words.get(end).start())
                            .equals(" ");
            if (!joined || !(Words.isCapitalised(word) || OFFICES.contains(base) || TITLE_JOINERS.contains(base))) {
                break;
            }
            if (OFFICES.contains(base)) {
                lastOffice = end;
            }
            end++;
        }
        if (lastOffice < 0) {
            return Optional.empty();
        }
        List<String> person = new ArrayList<>();
        for (int i = lastOffice + 1; i < end; i++) {
            String word = words.get(i).text();
            if (!Words.isCapitalised(word) || OFFICES.contains(Words.base(word))) {
                person.clear();
                continue;
            }
            person.add(word.replaceAll("(?:'s|’s)$", ""));
        }
        if (person.size() < 2) {
            return Optional.empty();
        }
        List<String> full = person.size() > 3 ? person.subList(person.size() - 2, person.size()) : person;
        return Optional.of(String.join(" ", full));
    }

    /**
     * Whether {@code sentence} continues the one before it: it starts with a pronoun ("He also urged…") or stands in a
     * quotation an earlier sentence opened.
     */
    static boolean continues(String sentence, List<String> before) {
        return !before.isEmpty() && (startsWithPronoun(sentence) || quoteOpener(before, sentence) >= 0);
    }

    /** Whether {@code word} names an office or a body that speaks for someone: "president", "ministry". */
    static boolean isOffice(String word) {
        return OFFICES.contains(Words.base(word));
    }

    /**
     * Whether every one of {@code subjects} is named in the sentence or the one before it: a statement made between
     * them ("During the call with Putin, Xi stated…").
     */
    static boolean namesAll(List<String> subjects, String sentence, List<String> before, String article) {
        String previous = before.isEmpty() ? "" : before.getLast();
        return subjects.stream().allMatch(s -> names(s, sentence, article) >= 0 || names(s, previous, article) >= 0);
    }

    /**
     * Whether a subject is named, as a speaker may be, before a reporting verb (verbs are lower case: "United States"
     * reports nothing), or right after "according to".
     */
    private static boolean speaks(List<String> subjects, String sentence, String article) {
        var verbs = REPORTING.matcher(sentence);
        int lastVerb = -1;
        while (verbs.find()) {
            lastVerb = verbs.start();
        }
        var according = ACCORDING_TO.matcher(sentence);
        for (String subject : subjects) {
            int at = names(subject, sentence, article);
            if (at >= 0 && at < lastVerb && !ownsSomethingElse(sentence, at, subject)) {
                return true;
            }
            while (according.find()) {
                if (names(subject, sentence.substring(according.end()), article) == 0) {
                    return true;
                }
            }
            according.reset();
            var quoted = QUOTED_AS_SAYING.matcher(sentence);
            while (quoted.find()) {
                if (names(subject, quoted.group(1), article) >= 0) {
                    return true;
                }
            }
        }
        return false;
    }

    /** Whether {@code text} has a verb that reports what someone said or stood for ("who warned…"). */
    static boolean reports(String text) {
        return REPORTING.matcher(text).find();
    }

    /** "Putin's move" is not Putin speaking; "China's envoy" is China's. */
    private static boolean ownsSomethingElse(String sentence, int at, String subject) {
        List<Phrase> words = Words.of(sentence.substring(at));
        int nameWords = Words.of(subject).size();
        if (words.size() <= nameWords) {
            return false;
        }
        String last = words.get(nameWords - 1).text().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (!last.endsWith("'s") && !last.endsWith("s'")) {
            return false;
        }
        return !OFFICES.contains(Words.base(words.get(nameWords).text()));
    }

    /**
     * Where {@code text} names {@code subject} (the character offset), in full, as its demonym or by a word of it the
     * article gives in full; -1 when it does not.
     */
    static int names(String subject, String text, String article) {
        List<Phrase> name = Words.of(subject);
        List<Phrase> words = Words.of(text);
        if (name.isEmpty() || words.isEmpty()) {
            return -1;
        }
        for (int i = 0; i + name.size() <= words.size(); i++) {
            // "Korea" of "North Korea" is another place; "Vladimir Putin" and "Chinese Foreign Minister" are still
            // Putin and China.
            if (matchesAt(name, words, i) && !qualified(text, words, i)) {
                return words.get(i).start();
            }
        }
        if (name.size() == 1 || !article.toLowerCase(Locale.ROOT).contains(subject.toLowerCase(Locale.ROOT))) {
            return -1;
        }
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            if (!Words.isCapitalised(word)) {
                continue;
            }
            for (Phrase part : name) {
                if (Words.isCapitalised(part.text())
                        && part.text().length() > 1
                        && Words.base(word).equals(Words.base(part.text()))
                        && standsAlone(text, words, i, name)) {
                    return words.get(i).start();
                }
            }
        }
        return -1;
    }

    /** Whether the name's words stand at {@code i}, each the same word or (a place's) demonym. */
    private static boolean matchesAt(List<Phrase> name, List<Phrase> words, int i) {
        for (int j = 0; j < name.size(); j++) {
            String expected = name.get(j).text();
            String actual = words.get(i + j).text();
            boolean capitalised = Words.isCapitalised(expected);
            if (capitalised
                    ? !Words.isCapitalised(actual) || !Words.sameWord(expected, actual)
                    : !Words.base(expected).equals(Words.base(actual))) {
                return false;
            }
        }
        return true;
    }

    /** Whether the word at {@code i} follows a word that makes it another place: "North" of "North Korea". */
    private static boolean qualified(String text, List<Phrase> words, int i) {
        if (i == 0) {
            return false;
        }
        Phrase before = words.get(i - 1);
        return PLACE_QUALIFIERS.contains(Words.base(before.text()))
                && Words.isCapitalised(before.text())
                && text.substring(before.end(), words.get(i).start()).equals(" ");
    }

    /** Whether the capitalised word at {@code i} is not part of another name: no capitalised neighbour outside it. */
    private static boolean standsAlone(String text, List<Phrase> words, int i, List<Phrase> name) {
        return !foreignCapital(text, words, i - 1, i, name) && !foreignCapital(text, words, i + 1, i, name);
    }

    /**
     * Whether the word at {@code at}, beside the name's word at {@code i} with only a space between, is a capitalised
     * word of another name: not a word of this one, a title ("President Xi") or a closed-class word ("In China").
     */
    private static boolean foreignCapital(String text, List<Phrase> words, int at, int i, List<Phrase> name) {
        if (at < 0 || at >= words.size() || !Words.isCapitalised(words.get(at).text())) {
            return false;
        }
        Phrase left = words.get(Math.min(at, i));
        Phrase right = words.get(Math.max(at, i));
        if (!text.substring(left.end(), right.start()).equals(" ")) {
            return false;
        }
        String neighbour = Words.base(words.get(at).text());
        return name.stream().noneMatch(p -> Words.base(p.text()).equals(neighbour))
                && !OFFICES.contains(neighbour)
                && !Words.isClosedClass(neighbour)
                && !TITLES.contains(neighbour);
    }

    /**
     * The index in {@code before} of the sentence that opened a quotation still open when {@code sentence} starts, or
     * -1.
     */
    private static int quoteOpener(List<String> before, String sentence) {
        int opener = -1;
        boolean open = false;
        for (int i = 0; i < before.size(); i++) {
            for (char ch : before.get(i).toCharArray()) {
                boolean now = quoteOpenAfter(open, ch);
                if (now && !open) {
                    opener = i;
                }
                open = now;
            }
        }
        return open && !opensQuote(sentence) ? opener : -1;
    }

    /** Whether a quotation that {@code text} opens (or one open before it) is still open at its end. */
    static boolean leavesQuoteOpen(boolean openBefore, String text) {
        boolean open = openBefore;
        for (char ch : text.toCharArray()) {
            open = quoteOpenAfter(open, ch);
        }
        return open;
    }

    /** Curly quotes say which way they face; straight ones alternate. */
    private static boolean quoteOpenAfter(boolean open, char ch) {
        if (ch == '“' || ch == '"' && !open) {
            return true;
        }
        return open && ch != '”' && ch != '"';
    }

    private static boolean startsWithPronoun(String sentence) {
        List<Phrase> words = Words.of(sentence);
        return !words.isEmpty() && PRONOUNS.contains(Words.base(words.getFirst().text()));
    }

    private static boolean opensQuote(String sentence) {
        String s = sentence.strip();
        return !s.isEmpty()
                && "\"“".indexOf(s.charAt(0)) >= 0
                && REPORTING.matcher(s).results().findAny().isEmpty();
    }
}
