package dev.sourced.answer;

import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question that asks for a name: "What is the name of the storm?", "What is the sculpture called?", "What did the
 * couple name their daughter?", "What is it called?".
 *
 * @param kindFrom where the words of the named kind start in the question ("storm", "sculpture", "daughter"); empty
 *     when no kind is written ("what is it called")
 */
record NamingQuestion(OptionalInt kindFrom) {
    /** "What is the name of…", "what name was given to…", "what is it called": the kind, if any, follows. */
    private static final Pattern NAME_OF =
            Pattern.compile("(?i)\\bwhat (?:is|was|are|were) (?:the )?(?:(?:sur)?names?|titles?) of\\b|"
                    + "\\bwhat (?:name|title) (?:is|was|has been|had been) given to(?= (?:the|a|an|this|that|its|their)\\b)|"
                    + "(\\bwhat (?:is|was) (?:it|he|she|they) called\\b)");
    /**
     * "What is the sculpture called?", "what is the memoir titled?", "what would the district be renamed?": the name of
     * what stands between the verb of being and the naming verb. A naming verb other than "called" closes the clause
     * ("the program dubbed Operation Warp Speed", "named after", "named in" ask something else).
     */
    private static final Pattern CALLED = Pattern.compile("(?i)\\bwhat (?:is|was|are|were|"
            + "(?:would|will|could|might|should)(?=\\s(?:[\\p{L}'’-]+\\s){1,5}?be\\s)) (?:the |its |their )?"
            + "((?:(?!\\b(?:is|was|are|were|when|who|which|why)\\b)[^?,])+?) "
            + "(?:called(?!\\s+(?:for|on|off|up|out)\\b)|(?:titled|dubbed|nicknamed|(?:re)?named)"
            + "(?=\\s*(?:\\?|$)|\\s+(?:under|now|today|by|to|as)\\b))");
    /**
     * "What did the couple name their daughter?", "what have they titled the project?": the name given to the thing
     * after the naming verb, a subject of a few words before it. "What did she call the ruling" asks for words said of
     * it, no name; "what did investigators name as the cause" asks for a cause.
     */
    private static final Pattern NAMES_OBJECT = Pattern.compile(
            "(?i)\\bwhat (?:did|do|does|have|has|had|will|would) "
                    + "(?:[\\p{L}'’.-]+ ){0,3}(?!(?:the|a|an|its|their|his|her|this|that)\\s)[\\p{L}'’.-]+ "
                    + "(?:name|named|title|titled|dub|dubbed|nickname|nicknamed|rename|renamed) "
                    + "(?=(?:the|a|an|its|their|his|her|this|that|it|them|him)\\b|(?-i:\\p{Ll}))(?!as\\b|in\\b|after\\b|for\\b)");
    /** Verbs that ask for a name ("What is it called?"), not a relation of the story. */
    private static final Set<String> NAMING_VERBS = Set.of(
            "call",
            "called",
            "name",
            "named",
            "dub",
            "dubbed",
            "title",
            "titled",
            "nickname",
            "nicknamed",
            "rename",
            "renamed");

    /** The naming form of {@code question}, or empty when it asks for no name in one of these ways. */
    static Optional<NamingQuestion> of(String question) {
        return nameOf(question).or(() -> namedByVerb(question));
    }

    /** "What is the name of…", "what name was given to…", "what is it called". */
    static Optional<NamingQuestion> nameOf(String question) {
        Matcher nameOf = NAME_OF.matcher(question);
        return nameOf.find()
                ? Optional.of(new NamingQuestion(
                        nameOf.group(1) != null ? OptionalInt.empty() : OptionalInt.of(nameOf.end())))
                : Optional.empty();
    }

    /**
     * "What is the sculpture called?", "what did the couple name their daughter?": a naming verb with the kind beside
     * it. Read after a code's number ("what is the number of the bill called…" asks for the bill's number).
     */
    static Optional<NamingQuestion> namedByVerb(String question) {
        Matcher called = CALLED.matcher(question);
        if (called.find()) {
            return Optional.of(new NamingQuestion(OptionalInt.of(called.start(1))));
        }
        Matcher namesObject = NAMES_OBJECT.matcher(question);
        if (namesObject.find()) {
            return Optional.of(new NamingQuestion(OptionalInt.of(namesObject.end())));
        }
        return Optional.empty();
    }

    /** Whether {@code word} (lower case) is a verb that names, which a naming question's answer need not write. */
    static boolean isNamingVerb(String word) {
        return NAMING_VERBS.contains(word);
    }
}
