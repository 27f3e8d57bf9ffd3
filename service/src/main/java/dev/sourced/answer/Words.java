package dev.sourced.answer;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.tartarus.snowball.ext.PorterStemmer;

/**
 * The words of a sentence with their offsets, and the closed-class words of English (determiners, pronouns,
 * prepositions, conjunctions, auxiliaries, question words). Closed classes are finite by definition, so a list is
 * their faithful description: they are what a capitalised word at the start of a sentence usually is, and never a
 * name or an answer by themselves.
 */
final class Words {
    /** How far after an offset a word is looked for: a long word and the spaces before it. */
    private static final int ADJACENT_WORD_CHARS = 40;
    /** The longest the words {@link #endsBefore} looks for are written: "announced late ", "the U.S. ". */
    private static final int WORDS_BEFORE_CHARS = 20;
    /** What breaks a clause between two words. */
    static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:()—–]");

    private static final Set<String> ARTICLES = Set.of("the", "a", "an");
    /** The verbs a question puts before its subject: "did" of "Who did Macron appoint", "was" of "was Haley sentenced". */
    static final List<String> ASKING_AUXILIARIES = List.of(
            "did", "does", "do", "was", "were", "is", "are", "has", "have", "had", "will", "would", "could", "can",
            "should");
    /** The words that ask: "who", "what", "how"… */
    private static final Set<String> QUESTION_WORDS =
            Set.of("who", "whom", "whose", "what", "which", "when", "where", "why", "how");

    private static final Set<String> IRREGULAR_PLURALS = Set.of("people", "children", "men", "women", "police", "feet");
    /** Words in "s" whose plural is the same or that have none: "series", "news". */
    private static final Set<String> SAME_IN_PLURAL = Set.of("series", "species", "news", "headquarters", "means");
    /** Plurals that add "es" after a hissing sound: "classes", "boxes", "matches", "wishes", "buzzes". */
    private static final Pattern PLURAL_ES = Pattern.compile("(?:sses|xes|ches|shes|zzes)$");
    /** Nouns in "o" that add "es": "tornadoes", "heroes". */
    private static final Set<String> PLURALS_IN_OES =
            Set.of("tornadoes", "heroes", "potatoes", "tomatoes", "echoes", "vetoes", "torpedoes", "volcanoes");
    /** Nouns in "ie" whose plural only adds "s": "movies", not "movy". */
    private static final Set<String> NOUNS_IN_IE = Set.of(
            "movie",
            "cookie",
            "calorie",
            "rookie",
            "selfie",
            "zombie",
            "hoodie",
            "smoothie",
            "brownie",
            "goalie",
            "pie",
            "tie",
            "lie",
            "prairie",
            "sortie");

    private static final Pattern PROPER_ADJECTIVE = Pattern.compile("\\p{Lu}\\p{L}+(?:an|ese|ish|ic|i)$");

    private static final Set<String> CLOSED_CLASS = Set.of(("a an the this that these those such "
                    + "i me my mine we us our ours you your yours he him his she her hers it its they them their theirs "
                    + "one ones someone anyone everyone nobody somebody something anything everything nothing "
                    + "who whom whose which what when where why how whatever whoever "
                    + "in on at by for from with without into onto over under above below between among through during "
                    + "before after since until till about against toward towards upon within across along around behind "
                    + "beside besides beyond despite except inside outside near off out up down per via amid "
                    + "of to as than like according "
                    + "and or but nor so yet if because although though while whereas unless whether also then thus "
                    + "however meanwhile still even just only now here there "
                    + "is are was were be been being am do does did done has have had having "
                    + "will would shall should can cannot could may might must "
                    + "not no yes all any some each every both either neither many much more most few fewer less least "
                    + "other another own same several")
            .split(" "));

    /** The endings of the past forms of four letters: "tied", "sued", "owed", "axed", "eyed". */
    private static final List<String> SHORT_PAST_ENDINGS = List.of("ied", "ued", "wed", "xed", "yed");

    /** The past forms of irregular verbs news reports with: a finite class, like the closed ones. */
    private static final Set<String> IRREGULAR_PAST = Set.of(("won beat lost led made took became broke ran hit left "
                    + "sold bought paid held met sent set told wrote gave got found chose threw struck built fell flew grew "
                    + "knew saw spent stood sought taught brought caught fought thought began drew drove ate rose shot sang "
                    + "spoke stole swam tore wore woke hid bit forgot forgave froze overtook withdrew undertook upheld "
                    + "overthrew shut quit split spread cut put let cast hurt bet bid came went fled swore dug rode rang sank "
                    + "shook slid swung sprang wept dealt said heard meant understood oversaw mistook drank kept felt "
                    + "slept swept knelt shrank spun strove strode arose wove blew withheld withstood foretold shone "
                    + "clung flung stung bled crept leapt")
            .split(" "));

    private static final List<String> COUNTS =
            List.of("two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve");
    /** The counts, and the plural words for many ("dozens", "thousands"). */
    private static final Set<String> NUMBER_WORDS = Stream.concat(
                    COUNTS.stream(), Stream.of("dozens", "hundreds", "thousands", "millions"))
            .collect(Collectors.toUnmodifiableSet());

    private static final Set<String> ENDINGS =
            Set.of("s", "es", "n", "ns", "an", "ans", "ian", "ians", "ese", "i", "is");

    private Words() {}

    /** The index in {@code words} of the first word at or after {@code offset} of their text, or their size. */
    static int indexAt(List<Phrase> words, int offset) {
        for (int i = 0; i < words.size(); i++) {
            if (words.get(i).start() >= offset) {
                return i;
            }
        }
        return words.size();
    }

    /**
     * The words of {@code text}, in order, as phrases of it: runs of letters, marks and digits, joined by one inner
     * apostrophe, hyphen, period or ampersand each ("U.S", "84-82", "AT&T"). Every sentence read is split into words
     * many times over, so this is a scan of the characters rather than a pattern's match, which costs several times
     * more per character.
     */
    static List<Phrase> of(String text) {
        List<Phrase> words = new ArrayList<>();
        int length = text.length();
        int i = 0;
        while (i < length) {
            int c = text.codePointAt(i);
            if (!isWordCharacter(c)) {
                i += Character.charCount(c);
                continue;
            }
            int start = i;
            i = endOfRun(text, i);
            while (i + 1 < length && isJoiner(text.charAt(i)) && isWordCharacter(text.codePointAt(i + 1))) {
                i = endOfRun(text, i + 1);
            }
            words.add(new Phrase(start, i, text.substring(start, i)));
        }
        return words;
    }

    /** The end of the run of word characters that starts at {@code from}. */
    private static int endOfRun(String text, int from) {
        int i = from;
        while (i < text.length()) {
            int c = text.codePointAt(i);
            if (!isWordCharacter(c)) {
                break;
            }
            i += Character.charCount(c);
        }
        return i;
    }

    /** A letter, a mark or a digit of any script, as the classes L, M and N of Unicode. */
    private static boolean isWordCharacter(int c) {
        if (c < 0x80) {
            return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9';
        }
        return switch (Character.getType(c)) {
            case Character.UPPERCASE_LETTER,
                    Character.LOWERCASE_LETTER,
                    Character.TITLECASE_LETTER,
                    Character.MODIFIER_LETTER,
                    Character.OTHER_LETTER,
                    Character.NON_SPACING_MARK,
                    Character.ENCLOSING_MARK,
                    Character.COMBINING_SPACING_MARK,
                    Character.DECIMAL_DIGIT_NUMBER,
                    Character.LETTER_NUMBER,
                    Character.OTHER_NUMBER -> true;
            default -> false;
        };
    }

    private static boolean isJoiner(char c) {
        return c == '\'' || c == '’' || c == '.' || c == '&' || c == '-';
    }

    /** Whether {@code word}, in any case, is a verb a question puts before its subject ({@link #ASKING_AUXILIARIES}). */
    static boolean isAskingAuxiliary(String word) {
        return ASKING_AUXILIARIES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code word}, in any case, is a question word: "who", "which", "how". */
    static boolean isQuestionWord(String word) {
        return QUESTION_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} is a closed-class word, also with a contracted ending: "It's", "There's", and every
     * negated auxiliary ("can't", "doesn't"). A word in capitals is an abbreviation, not one of them: "US" is not "us".
     */
    static boolean isClosedClass(String word) {
        if (word.length() > 1 && word.chars().noneMatch(Character::isLowerCase)) {
            return false;
        }
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        return CLOSED_CLASS.contains(base(word)) || CLOSED_CLASS.contains(lower) || lower.endsWith("n't");
    }

    /** Whether {@code word} is an article: "the", "a", "an", in any case. */
    static boolean isArticle(String word) {
        return ARTICLES.contains(word.toLowerCase(Locale.ROOT));
    }

    /**
     * Whether {@code word} reads as a verb in the past: an irregular past form ("won", "beat") or a regular one
     * ("announced", "conducted"). Nouns in "-ed" are few and short ("bed", "shed", "seed") or end in "-eed".
     */
    static boolean isPastTense(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        // "tied", "died", "sued", "owed", "axed": a verb in "-ie", "-ue", "-we" or "-x" takes only "d" or "ed", and
        // its past is short.
        return IRREGULAR_PAST.contains(lower)
                || lower.length() > 4 && lower.endsWith("ed") && !lower.endsWith("eed")
                || lower.length() == 4 && SHORT_PAST_ENDINGS.stream().anyMatch(lower::endsWith);
    }

    /** The value of a number from two to twelve written out ("three": 3), or 0 for any other word. */
    static int numberWordValue(String word) {
        int index = COUNTS.indexOf(word.toLowerCase(Locale.ROOT));
        return index < 0 ? 0 : index + 2;
    }

    /** Whether {@code word} is a number written out: "two", "Twelve". */
    static boolean isNumberWord(String word) {
        return NUMBER_WORDS.contains(word.toLowerCase(Locale.ROOT));
    }

    /** A word written with a capital: "Humphries", "NFL", "McDonald's". */
    static boolean isCapitalised(String word) {
        return Character.isUpperCase(word.codePointAt(0));
    }

    static boolean isNumeric(String word) {
        return Character.isDigit(word.codePointAt(0));
    }

    /** Whether {@code word} ends as an adjective made from a name: "Russian", "Chinese", "pro-Israeli". */
    static boolean isProperAdjective(String word) {
        return PROPER_ADJECTIVE.matcher(word).find();
    }

    /** The word without a possessive ending: "France's" is "France". */
    static String base(String word) {
        String lower = word.toLowerCase(Locale.ROOT).replace('’', '\'');
        if (lower.endsWith("'s")
                || lower.endsWith("'re")
                || lower.endsWith("'ll")
                || lower.endsWith("'ve")
                || lower.endsWith("'d")) {
            return lower.substring(0, lower.lastIndexOf('\''));
        }
        return lower;
    }

    /** Whether a lower-case word is an English plural noun's form: "tornadoes", "people", but not "business". */
    static boolean isPlural(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return IRREGULAR_PLURALS.contains(lower)
                || lower.length() > 3
                        && lower.endsWith("s")
                        && !lower.endsWith("ss")
                        && !lower.endsWith("us")
                        && !lower.endsWith("is");
    }

    /**
     * A word's Porter stem, of its {@link #base} form (lower case, no possessive): "interviewed" and "interview" are
     * "interview", "owns" is "own". The stemmer is Snowball's Porter, which Lucene ships; a new one each time, as it
     * keeps state.
     */
    static String stem(String word) {
        PorterStemmer stemmer = new PorterStemmer();
        stemmer.setCurrent(base(word));
        stemmer.stem();
        return stemmer.getCurrent();
    }

    /**
     * A plural's singular by the regular endings ("tornadoes" → "tornado", "cities" → "city", "houses" → "house"); other
     * words, and those the same in both ("series", "news"), as they are.
     */
    static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (!isPlural(lower) || IRREGULAR_PLURALS.contains(lower) || SAME_IN_PLURAL.contains(lower)) {
            return lower;
        }
        String stem = lower.substring(0, lower.length() - 1);
        if (lower.endsWith("ies") && lower.length() > 4 && !NOUNS_IN_IE.contains(stem)) {
            return lower.substring(0, lower.length() - 3) + "y";
        }
        if (PLURAL_ES.matcher(lower).find() || PLURALS_IN_OES.contains(lower)) {
            return lower.substring(0, lower.length() - 2);
        }
        return stem;
    }

    /** Whether two phrases are the same words, in any case and with or without possessive endings. */
    static boolean sameWords(String a, String b) {
        List<Phrase> x = of(a);
        List<Phrase> y = of(b);
        if (x.size() != y.size()) {
            return false;
        }
        for (int i = 0; i < x.size(); i++) {
            if (!base(x.get(i).text()).equals(base(y.get(i).text()))) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether two words are forms of one another: the same, or one the other with a plural or a demonym ending
     * ("Globe" and "Globes", "Korea" and "Korean", "Ukraine" and "Ukrainians", "China" and "Chinese"). A longer
     * derivation is another word: "statement" is not "state".
     */
    static boolean sameWord(String a, String b) {
        return sameBase(base(a), base(b));
    }

    /** Whether {@code words} hold {@code word}: one of them the same word in base form ({@link #sameBase}). */
    static boolean anySame(List<String> words, String word) {
        String base = base(word);
        for (String w : words) {
            if (sameBase(base(w), base)) {
                return true;
            }
        }
        return false;
    }

    /** {@link #sameWord} of two words' {@link #base} forms, for a word compared with many. */
    static boolean sameBase(String x, String y) {
        if (x.equals(y)) {
            return true;
        }
        String shorter = x.length() <= y.length() ? x : y;
        String longer = shorter == x ? y : x;
        if (shorter.length() < 4) {
            return false;
        }
        if (longer.startsWith(shorter) && ENDINGS.contains(longer.substring(shorter.length()))) {
            return true;
        }
        String stem = shorter.substring(0, shorter.length() - 1);
        return "aey".indexOf(shorter.charAt(shorter.length() - 1)) >= 0
                && longer.startsWith(stem)
                && ENDINGS.contains(longer.substring(stem.length()));
    }

    /**
     * The word that ends at {@code offset} of {@code text} with nothing but spaces after it ("the" before "ESPN"), or
     * {@code null}; only a word's length of text is read.
     */
    static String adjacentBefore(String text, int offset) {
        int from = Math.max(0, offset - ADJACENT_WORD_CHARS);
        List<Phrase> words = of(text.substring(from, offset));
        if (words.isEmpty()) {
            return null;
        }
        Phrase last = words.getLast();
        return text.substring(from + last.end(), offset).isBlank() ? last.text() : null;
    }

    /**
     * The word that starts at {@code offset} of {@code text} after nothing but spaces ("neighborhood" after
     * "Southbridge"), or {@code null}; only a word's length of text is read.
     */
    static String adjacentAfter(String text, int offset) {
        int to = Math.min(text.length(), offset + ADJACENT_WORD_CHARS);
        List<Phrase> words = of(text.substring(offset, to));
        if (words.isEmpty()) {
            return null;
        }
        Phrase first = words.getFirst();
        return text.substring(offset, offset + first.start()).isBlank() ? first.text() : null;
    }

    /**
     * Whether {@code words}, a pattern that ends with "$", matches the text just before {@code offset}: only the few
     * characters such words take are searched, as each span of each sentence read is checked.
     */
    static boolean endsBefore(Pattern words, String text, int offset) {
        return endsBefore(words, text, offset, WORDS_BEFORE_CHARS);
    }

    /** As {@link #endsBefore(Pattern, String, int)}, for words that take up to {@code reach} characters. */
    static boolean endsBefore(Pattern words, String text, int offset, int reach) {
        return words.matcher(text)
                .region(Math.max(0, offset - reach), offset)
                .useTransparentBounds(true)
                .find();
    }

    /** The rest of the clause {@code span} stands in, after it: up to the next comma, colon, bracket or dash. */
    static String clauseAfter(String sentence, Phrase span) {
        String after = sentence.substring(span.end());
        Matcher clauseBreak = CLAUSE_BREAK.matcher(after);
        return clauseBreak.find() ? after.substring(0, clauseBreak.start()) : after;
    }
}
