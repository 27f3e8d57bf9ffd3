package dev.sourced.answer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Positions a person holds ("chief executive", "ambassador", "spokeswoman"), which news writes beside the holder's
 * name ("Michael Hogue, the association's chief executive officer"). A question that asks who holds one ("Who is the
 * chief executive of Masimo?") is answered only by a sentence that writes it, in one of its spellings: a sentence that
 * names another person near the company's name does not say who holds the post. Nouns for what someone did ("winner",
 * "founder") are no positions: news writes the deed ("won", "founded").
 */
final class Positions {
    /**
     * Each position with the others a question may mean by it: a body's head is its president, chief executive,
     * chairman or commissioner as the body names the post ("Who is the president of the NFL?" is answered by its
     * commissioner).
     */
    private static final List<List<String>> SPELLINGS = List.of(
            List.of(
                    "executive",
                    "ceo",
                    "president",
                    "chairman",
                    "chairwoman",
                    "chair",
                    "chairperson",
                    "commissioner",
                    "chief",
                    "head",
                    "leader",
                    "boss"),
            List.of("spokesman", "spokeswoman", "spokesperson"),
            List.of("ambassador"),
            List.of("judge", "justice", "magistrate"),
            List.of("minister"),
            List.of("secretary"),
            List.of("governor"),
            List.of("mayor"),
            List.of("commander"),
            List.of("coach"),
            List.of("manager"),
            List.of("captain"),
            List.of("editor"),
            List.of("prosecutor"),
            List.of("chancellor"),
            List.of("treasurer"),
            List.of("superintendent"),
            List.of("sheriff"));

    /** Words besides a post's ranks that make a title an office's name: "Prime Minister", "Foreign Minister". */
    private static final Set<String> OFFICE_MODIFIERS =
            Set.of("prime", "foreign", "first", "chief", "general", "interior", "finance", "defense", "defence");

    /** Office words that name no office of their own: "the first minister to visit", "secretary general". */
    private static final Set<String> NO_PORTFOLIO = Set.of("first", "general");

    /** A post, then "for" or "of" and its remit in lower case (group 2): "minister for solidarity". */
    private static final Pattern REMIT =
            Pattern.compile("(?i)\\b(\\p{L}+)\\s+(?:for|of)\\s+(?:the\\s+)?(?-i:(\\p{Ll}+))\\b");

    /** Words that list posts of one head: "the foreign and defence ministers". */
    private static final Set<String> LISTING = Set.of("and", "or");

    /** Words that make a role another post than its head's: a deputy prime minister is not the prime minister. */
    private static final Set<String> RANKS =
            Set.of("deputy", "vice", "assistant", "associate", "acting", "interim", "lieutenant", "lt", "co");

    /** How many words (a post's modifiers) may stand between an owner's possessive and the post. */
    private static final int OWNER_REACH_WORDS = 3;
    /** What ends a clause between an owner and a post. */
    private static final Pattern CLAUSE_BREAK = Pattern.compile("[,;:.()—–]");

    /** What stands between an abbreviated title and the name after it: "Gov. Jack". */
    private static final Pattern AFTER_ABBREVIATED_TITLE = Pattern.compile("\\.?\\s+");
    /** What stands between the words of a name: spaces only. */
    private static final Pattern BETWEEN_NAME_WORDS = Pattern.compile("\\s+");

    private Positions() {}

    /** Whether {@code word} (in lower case) opens an office's title besides a rank: "prime", "foreign". */
    static boolean isOfficeModifier(String word) {
        return OFFICE_MODIFIERS.contains(word);
    }

    /** Whether {@code word} (in lower case) makes a post another than its head's: "deputy", "acting". */
    static boolean isRank(String word) {
        return RANKS.contains(word);
    }

    /** The words of {@code role} that make it another post than its head's ("deputy" of "deputy prime minister"). */
    static List<String> ranks(Collection<String> role) {
        return role.stream().filter(RANKS::contains).toList();
    }

    /** The spellings of the position {@code noun} names ("executive": "executive", "CEO"), or empty for no position. */
    static List<String> spellings(String noun) {
        String lower = noun.toLowerCase(Locale.ROOT);
        return SPELLINGS.stream()
                .filter(group -> group.stream().anyMatch(p -> Words.sameWord(p, lower)))
                .findFirst()
                .orElse(List.of());
    }

    /** Whether {@code text} writes every one of {@code ranks} ("Deputy Prime Minister Richard Marles"). */
    static boolean writesAll(String text, List<String> ranks) {
        return ranks.stream().allMatch(rank -> writes(text, List.of(rank)));
    }

    /** Whether {@code text} writes the position in one of {@code spellings}. */
    static boolean writes(String text, List<String> spellings) {
        return writes(text, spellings, "");
    }

    /**
     * Whether {@code text} writes the position in one of {@code spellings}, held at {@code body} (the name the question
     * writes after the position and "of", or "" for any): "Ford's chief technology officer" holds no post at Argo AI.
     */
    static boolean writes(String text, List<String> spellings, String body) {
        return writes(text, spellings, body, List.of());
    }

    /**
     * As {@link #writes(String, List, String)}, for a post of the office {@code portfolios} name ("foreign" of "foreign
     * minister"): a post written with another office's word before it is another post ("Prime Minister" is not the
     * foreign minister); one written without any still counts ("the minister said").
     */
    static boolean writes(String text, List<String> spellings, String body, List<String> portfolios) {
        return writes(text, spellings, body, portfolios, false);
    }

    /**
     * As {@link #writes(String, List, String, List)}; for a post {@code heldByOne} (the question asks who holds it, not
     * who hold them), a post in the plural written for a group names no holder ({@link #writesAnotherGroup}): "Incyte
     * executives confirmed…" tells nothing of its chief executive.
     */
    static boolean writes(
            String text, List<String> spellings, String body, List<String> portfolios, boolean heldByOne) {
        List<Phrase> words = Words.of(text);
        for (int i = 0; i < words.size(); i++) {
            if (writesPostAt(text, words, i, spellings, body, portfolios)
                    && !(heldByOne && writesAnotherGroup(words, i))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the post at {@code at} is written in the plural for a group, not for its holders one by one: "Incyte
     * executives confirmed…"; not "the chief executive's letter", "Presidents Joe Biden and Xi Jinping" (their names
     * follow) nor "Japan's foreign and defence ministers" (listed after another office).
     */
    private static boolean writesAnotherGroup(List<Phrase> words, int at) {
        String word = words.get(at).text();
        if (Names.isPossessive(word) || !Words.isPlural(word)) {
            return false;
        }
        boolean namesFollow =
                at + 1 < words.size() && Words.isCapitalised(words.get(at + 1).text());
        boolean listedAfterOffice = at >= 2
                && namesPortfolio(Words.base(words.get(at - 1).text()))
                && LISTING.contains(Words.base(words.get(at - 2).text()));
        return !namesFollow && !listedAfterOffice;
    }

    /**
     * Whether the word at {@code i} writes the position in one of {@code spellings} ("Gov." of "Gov. Gavin Newsom" writes
     * the governor's), of no other office and held at {@code body} ({@link #writes(String, List, String, List)}).
     */
    private static boolean writesPostAt(
            String text, List<Phrase> words, int i, List<String> spellings, String body, List<String> portfolios) {
        String word = words.get(i).text();
        String role = Roles.roleOf(word);
        return spellings.stream().anyMatch(p -> Words.sameWord(word, p) || role.equals(p))
                && !anotherOffice(words, i, portfolios)
                && !heldElsewhere(text, words, i, body);
    }

    /**
     * The names, in base forms, of the people {@code text} writes the position right before, as {@link #writes(String,
     * List, String, List)} reads it: "jack", "markell" of "Gov. Jack Markell told people". A sentence that names one of
     * them by the family name alone ("per Markell's directive") tells of the post's holder. A post after a rank ("Vice
     * President Kamala Harris") is another post.
     */
    static List<List<String>> holders(String text, List<String> spellings, String body, List<String> portfolios) {
        List<Phrase> words = Words.of(text);
        List<List<String>> holders = new ArrayList<>();
        for (int i = 0; i < words.size(); i++) {
            String word = words.get(i).text();
            if (!writesPostAt(text, words, i, spellings, body, portfolios)
                    || i > 0 && isRank(words.get(i - 1).lower())
                    // "Presidents Day": a post in the plural stands before no one holder's name.
                    || Words.isPlural(word)) {
                continue;
            }
            String role = Roles.roleOf(word);
            List<String> name =
                    nameAfter(text, words, i, !role.isEmpty() && !role.equals(word.toLowerCase(Locale.ROOT)));
            if (!name.isEmpty()) {
                holders.add(name);
            }
        }
        return holders;
    }

    /**
     * The words, in base forms, of the name written right after the post at {@code at}, apart by spaces only (a full
     * stop may follow an {@code abbreviated} title: "Gov. Jack Markell"), up to a possessive ("Governor Markell's
     * Chief of Staff"); no closed-class word, day or month is part of it ("the governor Tuesday signed…"). Empty when
     * no name follows.
     */
    private static List<String> nameAfter(String text, List<Phrase> words, int at, boolean abbreviated) {
        List<String> name = new ArrayList<>();
        for (int j = at + 1; j < words.size(); j++) {
            String w = words.get(j).text();
            String gap = text.substring(words.get(j - 1).end(), words.get(j).start());
            boolean apart = (j == at + 1 && abbreviated ? AFTER_ABBREVIATED_TITLE : BETWEEN_NAME_WORDS)
                    .matcher(gap)
                    .matches();
            if (!apart
                    || !Words.isCapitalised(w)
                    || Words.isClosedClass(w)
                    || Names.isWeekday(w)
                    || Months.named(w).isPresent()
                    || NamedPerson.isSuffix(w)) {
                break;
            }
            name.add(Words.base(w));
            if (Names.isPossessive(w)) {
                break;
            }
        }
        return name;
    }

    /** The words of {@code role} that name its office besides its head ("foreign" of "foreign minister"). */
    static List<String> portfolios(Collection<String> role) {
        return role.stream()
                .filter(Positions::namesPortfolio)
                .map(Positions::spelledAlike)
                .toList();
    }

    /**
     * Whether the post written at {@code at} is, by one of the known office words before it, another office's than
     * {@code portfolios}: "Prime Minister" for the foreign minister. A post listed after the asked one ("the foreign and
     * defence ministers") is the asked one too.
     */
    private static boolean anotherOffice(List<Phrase> words, int at, List<String> portfolios) {
        if (portfolios.isEmpty() || at == 0) {
            return false;
        }
        String before = spelledAlike(Words.base(words.get(at - 1).text()));
        boolean listed = at >= 3
                && LISTING.contains(Words.base(words.get(at - 2).text()))
                && portfolios.contains(spelledAlike(Words.base(words.get(at - 3).text())));
        return namesPortfolio(before) && !portfolios.contains(before) && !listed;
    }

    /** Whether {@code word} is an office word that tells one post of a head from another: "foreign", "prime". */
    private static boolean namesPortfolio(String word) {
        return OFFICE_MODIFIERS.contains(word) && !NO_PORTFOLIO.contains(word);
    }

    /** "defence" as "defense": one office in either spelling. */
    private static String spelledAlike(String word) {
        return word.equals("defence") ? "defense" : word;
    }

    /**
     * Whether a name other than {@code body} owns the post written at {@code at}, up to three words before it in its
     * clause; a day's or a month's possessive owns nothing ("In Tuesday's call, chief executive Bryan Salesky…").
     */
    private static boolean heldElsewhere(String text, List<Phrase> words, int at, String body) {
        if (body.isEmpty()) {
            return false;
        }
        for (int i = at - 1; i >= Math.max(0, at - OWNER_REACH_WORDS); i--) {
            Phrase word = words.get(i);
            if (CLAUSE_BREAK
                    .matcher(text.substring(word.end(), words.get(at).start()))
                    .find()) {
                return false;
            }
            if (Words.isCapitalised(word.text()) && Names.isPossessive(word.text())) {
                String owner = Words.base(word.text());
                return !Names.isWeekday(owner)
                        && Months.named(owner).isEmpty()
                        && Words.of(body).stream()
                                .noneMatch(w -> Words.base(w.text()).equals(owner));
            }
        }
        return false;
    }

    /**
     * The office words of the post {@code question} asks the holder of: those of {@code role} before its head
     * ("foreign" of "foreign minister") and the remit the question writes after it in lower case ("solidarity" of
     * "minister for solidarity", "state" of "secretary of state"), whose holder no "Prime Minister" is.
     */
    static List<String> portfoliosIn(String question, Collection<String> role, List<String> spellings) {
        List<String> portfolios = new ArrayList<>(portfolios(role));
        Matcher remit = REMIT.matcher(question);
        while (remit.find()) {
            String post = remit.group(1);
            if (spellings.stream().anyMatch(p -> Words.sameWord(post, p))) {
                portfolios.add(spelledAlike(Words.base(remit.group(2))));
            }
        }
        return List.copyOf(portfolios);
    }

    /**
     * The name {@code question} writes after the position and "of" ("Argo AI" of "the chief executive of Argo AI"), or
     * "" when none follows it.
     */
    static String bodyIn(String question, List<String> spellings) {
        List<Phrase> words = Words.of(question);
        for (int i = 0; i + 2 < words.size(); i++) {
            String word = words.get(i).text();
            if (spellings.stream().anyMatch(p -> Words.sameWord(word, p))
                    && words.get(i + 1).text().equals("of")) {
                int next = i + 2;
                while (next + 1 < words.size()
                        && Words.isArticle(words.get(next).text())) {
                    next++;
                }
                int from = words.get(next).start();
                return Names.in(question.substring(from)).stream()
                        .filter(n -> n.start() == 0)
                        .map(Phrase::text)
                        .findFirst()
                        .orElse("");
            }
        }
        return "";
    }
}
