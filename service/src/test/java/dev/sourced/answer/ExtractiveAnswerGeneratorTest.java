package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.sourced.corpus.Article;
import dev.sourced.corpus.ArticleParser;
import dev.sourced.corpus.Chunk;
import dev.sourced.corpus.Chunker;
import dev.sourced.corpus.SentenceSplitter;
import dev.sourced.corpus.Span;
import dev.sourced.index.ArticleCatalog;
import dev.sourced.index.IndexedArticle;
import dev.sourced.retrieval.ArticleSentences;
import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.Search;
import java.time.LocalDate;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The generator on small hand-made evidence: every term weighs the same and every sentence is close in meaning. */
class ExtractiveAnswerGeneratorTest {
    private static final ExtractiveAnswerGenerator GENERATOR = EvenGenerators.extractive();
    private static final LocalDate ASKED_ON = LocalDate.of(2024, 1, 5);

    @Test
    void aTypedQuestionIsAnsweredWithThePhraseThenTheSentenceItComesFrom() {
        String text = "The final was played in London. Luke Humphries beat Luke Littler 7-4 in the final.";
        Answer answer = GENERATOR.generate(evidence(
                "Who beat Luke Littler in the final?", null, hit("darts", "Humphries is world champion", null, text)));
        assertTrue(answer.answered());
        assertTrue(answer.text().startsWith("Luke Humphries. — “Luke Humphries beat"), answer.text());
        assertTrue(answer.text().endsWith("[1]"), answer.text());
        Citation first = answer.citations().getFirst();
        assertEquals(text.substring(first.start(), first.end()), first.text(), "quotes are the article's characters");
        assertEquals("Luke Humphries beat Luke Littler 7-4 in the final.", first.text());
    }

    @Test
    void aSentenceForAnotherYearIsNoAnswer() {
        Answer answer = GENERATOR.generate(evidence(
                "Who won the 2019 Nobel Prize in Literature?",
                null,
                hit(
                        "nobel",
                        "Nobel prizes",
                        null,
                        "The Nobel Prize in Literature 2018 was awarded to Olga Tokarczuk. The prize was delayed.")));
        assertFalse(answer.answered());
        assertEquals(ExtractiveAnswerGenerator.NOT_COVERED, answer.text());
        assertEquals("nobel", answer.citations().getFirst().source(), "the nearest passage is listed for the reader");
    }

    @Test
    void anOldStoryDoesNotAnswerWhatHappenedThisWeek() {
        String text = "Typhoon Haiyan struck the Philippines with winds of 195 mph.";
        String question = "Which typhoon struck the Philippines this week?";
        assertFalse(GENERATOR
                .generate(evidence(question, ASKED_ON, hit("old", "Haiyan", LocalDate.of(2013, 11, 8), text)))
                .answered());
        assertTrue(GENERATOR
                .generate(evidence(question, ASKED_ON, hit("new", "Haiyan", LocalDate.of(2024, 1, 3), text)))
                .answered());
    }

    @Test
    void aQuestionOfAnotherKindIsAnsweredWithTheSentenceThatHoldsItsRelation() {
        String text = "Foreign Ministry spokeswoman Hua Chunying did not voice support for the action. "
                + "We call on all parties to exercise restraint, Hua said.";
        Answer answer = GENERATOR.generate(evidence(
                "What did China's Foreign Ministry spokeswoman Hua Chunying call on all parties to do?",
                null,
                hit("china", "China urges restraint", null, text)));
        assertTrue(answer.answered());
        assertTrue(answer.text().contains("exercise restraint"), answer.text());
    }

    @Test
    void aStoryMayNameItsSubjectInAnotherRetrievedPassageOfTheSameArticle() {
        String question = "Who did Emmanuel Macron appoint as France's prime minister?";
        Hit answer = passage("attal", 1, "Gabriel Attal became France's youngest prime minister on Tuesday.");
        Answer sameArticle = GENERATOR.generate(evidence(
                question, null, answer, passage("attal", 0, "President Emmanuel Macron named a new government.")));
        assertTrue(sameArticle.answered());
        assertTrue(sameArticle.text().startsWith("Gabriel Attal. —"), sameArticle.text());
        assertFalse(
                GENERATOR
                        .generate(evidence(
                                question,
                                null,
                                answer,
                                passage("other", 0, "President Emmanuel Macron named a new government.")))
                        .answered(),
                "another article's names are not this one's");
    }

    @Test
    void aNameIsGivenInFullWhereItsArticleWritesItSoAndThatSentenceIsCited() {
        String text = "The Detroit Lions beat the Rams on Sunday. The Lions won their first playoff game in 32 years.";
        Answer answer = GENERATOR.generate(evidence(
                "Which NFL team won its first playoff game in 32 years?", null, hit("lions", "Playoffs", null, text)));
        assertTrue(answer.text().startsWith("Detroit Lions. —"), answer.text());
        assertEquals(
                List.of(
                        "The Detroit Lions beat the Rams on Sunday.",
                        "The Lions won their first playoff game in 32 years."),
                answer.citations().stream().map(Citation::text).toList());
    }

    @Test
    void aPersonTheSubjectRefersBackToIsNamedFromTheSentenceBeforeAndThatSentenceIsCited() {
        String text = "Jon Stewart is going home again. The comedian will return to host Comedy Central's show in"
                + " February, the network announced on Wednesday.";
        Answer answer = GENERATOR.generate(evidence(
                "Which comedian announced he will return to host the show in February?",
                null,
                hit("stewart", "Late night", null, text)));
        assertTrue(answer.text().startsWith("Jon Stewart. —"), answer.text());
        assertEquals(
                List.of(
                        "Jon Stewart is going home again.",
                        "The comedian will return to host Comedy Central's show in February, the network announced on"
                                + " Wednesday."),
                answer.citations().stream().map(Citation::text).toList());
    }

    @Test
    void aPersonNamedAParagraphBeforeTheRetrievedPassageAnswersAndThatSentenceIsCitedInItsPassage() {
        Article article = article("stewart", """
                Jon Stewart is going home again.

                The comedian will return to host Comedy Central's show in February, the network announced on \
                Wednesday.
                """);
        List<Chunk> passages = CHUNKER.chunk(article);
        String question = "Which comedian announced he will return to host the show in February?";

        Answer answer = EvenGenerators.extractive(new ArticleSentences(catalogOf(article), CHUNKER))
                .generate(evidence(question, null, hitOf(passages.get(1))));

        assertTrue(answer.text().startsWith("Jon Stewart. —"), answer.text());
        assertEquals(
                List.of("stewart#0: Jon Stewart is going home again.", "stewart#1: The comedian will return to host"),
                answer.citations().stream()
                        .map(c -> c.chunkId() + ": "
                                + c.text().substring(0, Math.min(c.text().length(), 32)))
                        .toList());
        Answer alone = GENERATOR.generate(evidence(question, null, hitOf(passages.get(1))));
        assertFalse(alone.text().startsWith("Jon Stewart"), "the retrieved passage alone does not name him");
    }

    @Test
    void aDigestsBriefIsReadUnderItsStatesHeadingWhichMakesItsOpeningNameAPlace() {
        Article article = article("digest", """
                Maine

                Wells: More than $4.3 million in federal funds is on its way to the local school district to help \
                purchase 11 new zero-emission school buses.
                """);
        List<Chunk> passages = CHUNKER.chunk(article);
        Chunk brief = passages.stream()
                .filter(p -> p.text().startsWith("Wells"))
                .findFirst()
                .orElseThrow();
        String question = "In which Maine town is a school district getting $4.3 million for zero-emission buses?";

        Answer answer = EvenGenerators.extractive(new ArticleSentences(catalogOf(article), CHUNKER))
                .generate(evidence(question, null, hitOf(brief)));

        assertTrue(answer.text().startsWith("Wells. —"), answer.text());
        Answer alone = GENERATOR.generate(evidence(question, null, hitOf(brief)));
        assertFalse(alone.answered(), "without the heading no word marks Wells as a town: " + alone.text());
        Answer person = EvenGenerators.extractive(new ArticleSentences(catalogOf(article), CHUNKER))
                .generate(evidence("Who is sending $4.3 million for zero-emission school buses?", null, hitOf(brief)));
        assertFalse(person.text().startsWith("Wells"), "a brief's place answers no one: " + person.text());
    }

    @Test
    void aPassageThatOpensWithAPronounMeetsTheQuestionsNamesThroughTheParagraphBefore() {
        Article article = article("talks", """
                Sergei Lavrov spoke to Wang Yi on Thursday.

                He said the US reneged on its commitments, state-run CGTN reported.
                """);
        List<Chunk> passages = CHUNKER.chunk(article);
        String question = "Which outlet reported Lavrov's remarks about US commitments?";

        Answer answer = EvenGenerators.extractive(new ArticleSentences(catalogOf(article), CHUNKER))
                .generate(evidence(question, null, hitOf(passages.get(1))));

        assertTrue(answer.text().startsWith("CGTN. —"), answer.text());
        Answer alone = GENERATOR.generate(evidence(question, null, hitOf(passages.get(1))));
        assertFalse(alone.answered(), "the passage alone does not name Lavrov: " + alone.text());
    }

    @Test
    void aNameIsGivenInFullWhereTheStoryFirstWritesItOutsideTheRetrievedPassages() {
        Article article = article("smyrna", """
                Anna Richardson was calm in the huddle.

                Everything Smyrna did started with Richardson, who led Smyrna to the state volleyball title.
                """);
        List<Chunk> passages = CHUNKER.chunk(article);

        Answer answer = EvenGenerators.extractive(new ArticleSentences(catalogOf(article), CHUNKER))
                .generate(evidence(
                        "Which player led Smyrna to the state volleyball title?", null, hitOf(passages.get(1))));

        assertTrue(answer.text().startsWith("Anna Richardson. —"), answer.text());
        assertEquals("smyrna#0", answer.citations().getFirst().chunkId());
        assertEquals(
                "Anna Richardson was calm in the huddle.",
                answer.citations().getFirst().text());
    }

    @Test
    void aSportIsNamedFromTheSentenceOfTheStoryThatWritesItWhenTheAnswerOnlyNamesItsPlayer() {
        Article article = article("valieva", """
                The court banned Russian figure skater Kamila Valieva for four years on Monday.

                The ruling leaves figure skating's governing body to decide the Olympic results.
                """);
        List<Chunk> passages = CHUNKER.chunk(article);

        Answer answer = EvenGenerators.extractive(new ArticleSentences(catalogOf(article), CHUNKER))
                .generate(evidence("Kamila Valieva was banned from which sport?", null, hitOf(passages.get(0))));

        assertTrue(
                answer.text().startsWith("figure skating. — “The court banned Russian figure skater"), answer.text());
        assertEquals(2, answer.citations().size(), answer.text());
        assertEquals("valieva#1", answer.citations().get(1).chunkId());
    }

    @Test
    void aSportItsStoryNeverNamesLeavesTheSentenceWithoutAShortAnswer() {
        String text = "The court banned Russian figure skater Kamila Valieva for four years on Monday.";
        Answer answer = GENERATOR.generate(
                evidence("Kamila Valieva was banned from which sport?", null, hit("valieva", "Banned", null, text)));

        assertTrue(answer.answered());
        assertEquals(text + " [1]", answer.text());
    }

    @Test
    void aPlaceNamedInOneWordIsNotTakenForALongerNameTheStoryWritesElsewhere() {
        Article article = article("border", """
                Floods hit West Texas on Monday.

                The Biden administration sued Texas over its immigration law this week.
                """);
        List<Chunk> passages = CHUNKER.chunk(article);

        Answer answer = EvenGenerators.extractive(new ArticleSentences(catalogOf(article), CHUNKER))
                .generate(evidence(
                        "Which state was sued by the Biden administration over its immigration law?",
                        null,
                        hitOf(passages.get(1))));

        assertTrue(answer.text().startsWith("Texas. —"), answer.text());
        assertEquals(1, answer.citations().size(), answer.text());
    }

    @Test
    void aSentenceThatOnlyRepeatsTheNamesDoesNotAnswerAnUntypedQuestion() {
        String question = "What was the colour of Aubrey Plaza's gown at the Emmy Awards?";
        Answer names = GENERATOR.generate(evidence(
                question,
                null,
                hit("emmys", "Emmy Awards", null, "Aubrey Plaza and Jenna Ortega stole the show at the Emmy Awards.")));
        assertFalse(names.answered(), names.text());
        Answer gown = GENERATOR.generate(evidence(
                question,
                null,
                hit("emmys", "Emmy Awards", null, "Aubrey Plaza wore a black gown at the Emmy Awards.")));
        assertTrue(gown.answered(), gown.text());
    }

    @Test
    void aQuestionAfterAStatementIsAnsweredOnlyByASentenceThatCarriesWhatItNewlyAsks() {
        String question = "Spain beat England 1-0 in the Women's World Cup final. Who scored the winning goal?";
        String story = "Spain beat England 1-0 in the Women's World Cup final. ";
        Answer otherRelation = GENERATOR.generate(evidence(
                question, null, hit("spain", "Spain wins", null, story + "Jorge Vilda coached Spain in the final.")));
        assertFalse(otherRelation.answered(), otherRelation.text());
        Answer scorer = GENERATOR.generate(evidence(
                question, null, hit("spain", "Spain wins", null, story + "Olga Carmona scored in the 29th minute.")));
        assertTrue(scorer.answered(), scorer.text());
        assertTrue(scorer.text().startsWith("Olga Carmona. — "), scorer.text());
    }

    @Test
    void aSentenceCloseInMeaningToTheAskingSentenceCarriesWhatItNewlyAsksInOtherWords() {
        String question = "Spain beat England 1-0 in the Women's World Cup final. Who scored the winning goal?";
        String text =
                "Spain beat England 1-0 in the Women's World Cup final. Olga Carmona found the net in the 29th minute.";
        float[] asking = {0, 1, 0, 0};
        ExtractiveAnswerGenerator generator = EvenGenerators.extractive(
                ArticleSentences.none(), q -> q.strip().startsWith("Who") ? asking : unit());
        // All as close to the whole question; the first 0.8 close to the asking sentence, the second 0.5, the last two
        // just above and just below the least closeness that carries it (0.6).
        float[] close = {0.5f, 0.8f, (float) Math.sqrt(0.11), 0};
        float[] far = {0.5f, 0.5f, (float) Math.sqrt(0.5), 0};
        float[] justAbove = {0.5f, 0.62f, (float) Math.sqrt(1 - 0.25 - 0.62 * 0.62), 0};
        float[] justBelow = {0.5f, 0.58f, (float) Math.sqrt(1 - 0.25 - 0.58 * 0.58), 0};
        for (float[] goal : List.of(close, far, justAbove, justBelow)) {
            Answer answer =
                    generator.generate(evidence(question, null, hit("spain", "Spain wins", text, unit(), goal)));
            assertEquals(goal == close || goal == justAbove, answer.answered(), answer.text());
            if (answer.answered()) {
                assertTrue(answer.text().startsWith("Olga Carmona. — "), answer.text());
            }
        }
        Answer afterCloseSentence =
                generator.generate(evidence(question, null, hit("spain", "Spain wins", text, close, far)));
        assertTrue(afterCloseSentence.answered(), "the sentence before may carry it: " + afterCloseSentence.text());
        Answer ownWords = EvenGenerators.extractive()
                .generate(evidence(
                        question, null, hit("spain", "Spain wins", null, text.replace("found the net", "scored"))));
        assertTrue(ownWords.answered(), "the question's own words need no closeness: " + ownWords.text());
    }

    /** A sentence's vector far from {@link #askingFarFromEverySentence}'s asking sentence. */
    private static final float[] FAR_FROM_ASKING = {0.5f, 0.5f, (float) Math.sqrt(0.5), 0};

    /**
     * The generator that embeds the asking sentence, the part of a question that opens with {@code opening}, far from
     * every sentence given {@link #FAR_FROM_ASKING}: only their words can carry what it newly asks.
     */
    private static ExtractiveAnswerGenerator askingFarFromEverySentence(String opening) {
        float[] asking = {0, 1, 0, 0};
        return EvenGenerators.extractive(ArticleSentences.none(), q -> q.strip().startsWith(opening) ? asking : unit());
    }

    @Test
    void whatWasPaidIsSaidByAnyWordOfASaleButNotByAnotherAmount() {
        String question = "A trust completed the purchase of the rail line. How much did it pay for the corridor?";
        String story = "A trust completed the purchase of the rail line. ";
        // Neither sentence is close in meaning to the asking sentence: only their words can carry what it asks.
        float[] far = FAR_FROM_ASKING;
        ExtractiveAnswerGenerator generator = askingFarFromEverySentence("How");
        String sold = story + "It purchased the corridor from a railroad for $7.8 million.";
        Answer sale = generator.generate(evidence(question, null, hit("trail", "Rail line bought", sold, far, far)));
        assertTrue(sale.answered(), sale.text());
        assertTrue(sale.text().startsWith("$7.8 million. — "), sale.text());
        // The story writes "pay" elsewhere, so the word is one the articles know.
        String owed = "The trust has retired its $19.8 million debt. " + story + "Towns will pay for upkeep.";
        Answer debt =
                generator.generate(evidence(question, null, hit("trail", "Rail line bought", owed, far, far, far)));
        assertFalse(debt.answered(), debt.text());
        // Only what was paid is said by a sale: what a thing will cost is not.
        String library = "The city approved a new library. The city bought the site for $2 million.";
        Answer cost = generator.generate(evidence(
                "The city approved a new library. How much will it cost?",
                null,
                hit("library", "Library approved", library, far, far)));
        assertFalse(cost.answered(), cost.text());
    }

    @Test
    void aVerbNewlyAskedIsCarriedByItsAgentNoun() {
        String question = "Bubbakoo's Burritos opened at Hazlet Town Center. Which company owns the shopping center?";
        String story = "Bubbakoo's Burritos opened at Hazlet Town Center. ";
        float[] far = FAR_FROM_ASKING;
        ExtractiveAnswerGenerator generator = askingFarFromEverySentence("Which");
        Answer owner = generator.generate(evidence(
                question,
                null,
                hit(
                        "hazlet",
                        "Center revived",
                        story + "Its owner, Onyx Equities, has transformed the center.",
                        far,
                        far)));
        assertTrue(owner.text().startsWith("Onyx Equities. — "), owner.text());
        // The story writes "own" elsewhere, so the word is one the articles know.
        String developer = story + "Its developer, Onyx Equities, has transformed it. Shoppers own the place now.";
        Answer other =
                generator.generate(evidence(question, null, hit("hazlet", "Center revived", developer, far, far, far)));
        assertFalse(other.answered(), other.text());
    }

    @Test
    void aVerbOfHeadingABodyNewlyAskedIsCarriedByItsHeadsTitle() {
        float[] far = FAR_FROM_ASKING;
        String group = "The committee released emails from Tom Fitton. Which conservative group does Fitton lead?";
        String emails = "The committee released emails from Tom Fitton. ";
        ExtractiveAnswerGenerator generator = askingFarFromEverySentence("Which");
        Answer led = generator.generate(evidence(
                group,
                null,
                hit(
                        "emails",
                        "Final report",
                        emails + "Fitton, president of the conservative group Judicial Watch, wrote them.",
                        far,
                        far)));
        assertTrue(led.text().startsWith("Judicial Watch. — "), led.text());
        // The story writes "lead" elsewhere, so the word is one the articles know.
        Answer member = generator.generate(evidence(
                group,
                null,
                hit(
                        "emails",
                        "Final report",
                        emails + "Fitton, a member of the conservative group Judicial Watch, wrote them. Others lead.",
                        far,
                        far,
                        far)));
        assertFalse(member.answered(), member.text());
    }

    @Test
    void aFollowUpsWordThatTheStatementGivesInAnotherFormIsNothingNewlyAsked() {
        String question = "Gen. Michael Langley took command of US Africa Command. Which general did he replace as "
                + "commander?";
        String story = "Gen. Michael Langley took command of US Africa Command on Tuesday. ";
        Answer command = GENERATOR.generate(evidence(
                question,
                null,
                hit("africom", "Langley", null, story + "Langley served as commander of Marine Forces Europe.")));
        assertFalse(command.answered(), command.text());
        Answer replaced = GENERATOR.generate(evidence(
                question,
                null,
                hit("africom", "Langley", null, story + "Langley replaced Gen. Stephen Townsend at the ceremony.")));
        assertTrue(replaced.text().startsWith("Stephen Townsend. — "), replaced.text());
    }

    @Test
    void theSentenceThatNamesTheAnswerInFullIsQuotedBeforeALesserCompanion() {
        String text = "Anna Richardson was calm in the huddle. Richardson led Smyrna to the state volleyball title."
                + " Coach Kwoka said Richardson led Smyrna in volleyball all season."
                + " Smyrna's state title in volleyball was led by Richardson and Jones.";
        Answer answer = GENERATOR.generate(evidence(
                "Which player led Smyrna to the state volleyball title?",
                null,
                hit("smyrna", "Volleyball", null, text)));
        assertTrue(answer.text().startsWith("Anna Richardson. —"), answer.text());
        assertTrue(answer.citations().size() <= 3, answer.text());
        assertEquals(
                "Anna Richardson was calm in the huddle.",
                answer.citations().getFirst().text());
    }

    /**
     * Each row: a question, a story, the answer it starts with. The asked kind's noun written with a capital right after
     * the answer is part of its name; other words after it are not, and a state's name is whole ("Ohio State" is a
     * university).
     */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            In which park is the goldfish pond? | The goldfish pond sits by the Cool Spring reservoir. Neighbors feed the fish at Cool Spring Park every day. | Cool Spring Park. —
            Which county did the earthquake hit? | The earthquake hit Humboldt hardest on Tuesday. Humboldt County officials counted the damage.                 | Humboldt County. —
            Which school hired the coach?       | The coach was hired by Delaware on Monday. He once coached at Delaware State University.                   | Delaware. —
            Which state did the governor win?    | The governor won Ohio on Tuesday. He later rallied at Ohio State with students.            | Ohio. —
            """)
    void theAskedKindsNounAfterTheAnswerIsPartOfItsName(String question, String story, String start) {
        Answer answer = GENERATOR.generate(evidence(question, null, hit("story", "Story", null, story)));
        assertTrue(answer.text().startsWith(start), answer.text());
    }

    @Test
    void aNameIsGivenInFullWhereAnotherArticleAnswersWithItInFull() {
        String question = "Which NFL team won its first playoff game in 32 years?";
        Answer answer = GENERATOR.generate(evidence(
                question,
                null,
                hit("lions", "Playoffs", null, "The Lions won their first playoff game in 32 years."),
                hit("goff", "Goff", null, "The Detroit Lions won a playoff game for the first time in 32 years.")));
        assertTrue(answer.text().startsWith("Detroit Lions. —"), answer.text());
        assertEquals(
                List.of("lions", "goff"),
                answer.citations().stream().map(Citation::source).toList());
        Answer unrelated = GENERATOR.generate(evidence(
                question,
                null,
                hit("lions", "Playoffs", null, "The Lions won their first playoff game in 32 years."),
                hit("rugby", "Rugby", null, "The British and Irish Lions toured New Zealand in 2017.")));
        assertTrue(
                unrelated.text().startsWith("Lions. —"),
                "a sentence that does not answer lends no name: " + unrelated.text());
    }

    /** Each row: a question, the original's sentence, its copy's sentence, whether the copy disagrees. */
    @ParameterizedTest(name = "{1} / {2}")
    @CsvSource(delimiter = '|', textBlock = """
            How many South Koreans were in the region on Thursday? | On Thursday, 64 South Koreans were in the region.         | On Thursday, 71 South Koreans were in the region.         | 71;64
            How many South Koreans were in the region on Thursday? | On Thursday, 64 South Koreans were in the region.         | On Thursday, sixty-four South Koreans were in the region. | -
            When did the Republican primary in South Carolina take place? | The Republican primary in South Carolina was held on Feb. 24. | The Republican primary in South Carolina was held on February 24. | -
            When did the Republican primary in South Carolina take place? | The Republican primary in South Carolina was held on Feb. 24. | The Republican primary in South Carolina was held on March 2. | March 2;Feb. 24
            Who won the race on Sunday?                            | Jane Smith won the race on Sunday.                        | Ann Lee won the junior race on Sunday, her coach said.    | -
            How many stores is Rite Aid closing?                   | Rite Aid is closing 31 stores in a dozen states, a court filing shows. | Rite Aid said in October that 154 stores owned by franchisees in Ohio would shut. | -
            Who beat Luke Littler in the PDC final?                | In the PDC final, Luke Humphries beat Luke Littler 7-4.    | In the PDC final, Michael Smith beat Luke Littler 7-4.    | Michael Smith;Luke Humphries
            Who beat Luke Littler in the PDC final?                | In the PDC final, Luke Humphries beat Luke Littler 7-4.    | In the PDC final, Humphries beat Luke Littler 7-4.        | -
            """)
    void articlesThatGiveDifferentValuesAreDisclosedNewestFirst(
            String question, String original, String copy, String expected) {
        Answer answer = GENERATOR.generate(evidence(
                question,
                null,
                hit("original", "Report", LocalDate.of(2022, 3, 3), original),
                hit("copy", "Report", LocalDate.of(2022, 3, 5), copy)));
        assertTrue(answer.answered(), answer.text());
        if (expected.equals("-")) {
            assertFalse(answer.conflict(), answer.text());
            assertFalse(answer.text().startsWith("The sources disagree"), answer.text());
            return;
        }
        assertTrue(answer.conflict(), answer.text());
        assertEquals(
                List.of(expected.split(";")),
                answer.disagreement().stream().map(ReportedValue::value).toList());
        assertEquals(
                List.of(
                        new ReportedValue(expected.split(";")[0], 1, LocalDate.of(2022, 3, 5)),
                        new ReportedValue(expected.split(";")[1], 2, LocalDate.of(2022, 3, 3))),
                answer.disagreement());
        assertEquals(
                List.of("copy", "original"),
                answer.citations().stream().map(Citation::source).toList());
        assertTrue(
                answer.text().startsWith("The sources disagree. " + expected.split(";")[0] + " (reported 2022-03-05)"),
                answer.text());
        assertTrue(answer.text().contains("[1]") && answer.text().contains("[2]"), answer.text());
    }

    @Test
    void aCopyShownOnceStillDisagreesButIsNotQuotedWhenItAgrees() {
        String question = "How many South Koreans were in the region on Thursday?";
        Hit original = hit(
                "original", "Report", LocalDate.of(2022, 3, 3), "On Thursday, 64 South Koreans were in the region.");
        Hit changed =
                hit("copy", "Report", LocalDate.of(2022, 3, 5), "On Thursday, 71 South Koreans were in the region.");
        Answer disagreeing = GENERATOR.generate(
                evidence(question, null, original.standingFor(1.0, List.of("copy"), List.of(changed))));
        assertTrue(disagreeing.conflict(), disagreeing.text());
        assertEquals(
                List.of(
                        new ReportedValue("71", 1, LocalDate.of(2022, 3, 5)),
                        new ReportedValue("64", 2, LocalDate.of(2022, 3, 3))),
                disagreeing.disagreement());
        assertEquals(
                List.of("copy", "original"),
                disagreeing.citations().stream().map(Citation::source).toList());

        Hit same = hit("copy", "Report", LocalDate.of(2022, 3, 5), "On Thursday, 64 South Koreans were in the region.");
        Answer agreeing =
                GENERATOR.generate(evidence(question, null, original.standingFor(1.0, List.of("copy"), List.of(same))));
        assertFalse(agreeing.conflict(), agreeing.text());
        assertEquals(
                List.of("original"),
                agreeing.citations().stream().map(Citation::source).toList());
    }

    @Test
    void aQuestionAboutNowIsAnsweredFromTheNewestOfReportsThatAnswerAlike() {
        String older = "The new coach of the Lions, Dan Campbell, spoke on Monday.";
        String newer = "On Friday the Lions said that Dan Campbell, hired on Monday, is their new coach.";
        Answer recent = GENERATOR.generate(evidence(
                "Who is the new coach of the Lions?",
                LocalDate.of(2024, 1, 20),
                hit("older", "Lions", LocalDate.of(2024, 1, 10), older),
                hit("newer", "Lions", LocalDate.of(2024, 1, 18), newer)));
        assertEquals("newer", recent.citations().getFirst().source(), recent.text());
        assertEquals(
                List.of("newer", "older"),
                recent.citations().stream().map(Citation::source).toList(),
                "the report that answered best, saying the same, backs the newest");
        Answer timeless = GENERATOR.generate(evidence(
                "Who coached the Lions in the playoff game?",
                null,
                hit("older", "Lions", LocalDate.of(2024, 1, 10), "Dan Campbell coached the Lions in the playoff game."),
                hit(
                        "newer",
                        "Lions",
                        LocalDate.of(2024, 1, 18),
                        "Dan Campbell coached the Lions in the playoff game.")));
        assertEquals("older", timeless.citations().getFirst().source(), "without recency the best ranked comes first");
    }

    @Test
    void aSourceAboutAnotherYearIsNoDisagreement() {
        Answer answer = GENERATOR.generate(evidence(
                "Who won the 2019 Nobel Prize in Literature?",
                null,
                hit("2019", "Nobel", null, "The 2019 Nobel Prize in Literature was awarded to Peter Handke."),
                hit("2018", "Nobel", null, "The Nobel Prize in Literature 2018 was awarded to Olga Tokarczuk.")));
        assertFalse(answer.conflict(), answer.text());
        assertTrue(answer.text().startsWith("Peter Handke. —"), answer.text());
    }

    @Test
    void aPossessiveIsNotPartOfTheShortAnswer() {
        Answer answer = GENERATOR.generate(evidence(
                "Which school won the title?",
                null,
                hit("cfp", "Title game", null, "On Monday, Michigan’s defense won the title for the school.")));
        assertTrue(answer.text().startsWith("Michigan. —"), answer.text());
    }

    @Test
    void headlinesAndQuestionsAreNotEvidence() {
        Answer answer = GENERATOR.generate(evidence(
                "Which college football teams have won back-to-back titles?",
                null,
                hit(
                        "cfp",
                        "College football",
                        null,
                        "Which college football teams have won back-to-back titles? Find out below.")));
        assertFalse(answer.answered());
    }

    @Test
    void noPassagesGiveAnAbstentionWithNothingCited() {
        Answer answer = GENERATOR.generate(evidence("Who won?", null));
        assertFalse(answer.answered());
        assertTrue(answer.citations().isEmpty());
    }

    private static Search.Result evidence(String question, LocalDate asOf, Hit... hits) {
        return new Search.Result(question, unit(), List.of(hits), asOf);
    }

    /** One passage: the whole text as one chunk, split into sentences as the indexer splits them. */
    private static Hit hit(String articleId, String title, LocalDate date, String text) {
        int sentences = SPLITTER.split(text, 0, text.length()).size();
        return hit(articleId, title, date, text, Collections.nCopies(sentences, unit()));
    }

    /** One passage whose sentences have the given vectors, in order. */
    private static Hit hit(String articleId, String title, String text, float[]... vectors) {
        return hit(articleId, title, null, text, List.of(vectors));
    }

    private static Hit hit(String articleId, String title, LocalDate date, String text, List<float[]> vectors) {
        List<Span> sentences = SPLITTER.split(text, 0, text.length());
        assertEquals(vectors.size(), sentences.size(), "one vector per sentence");
        return new Hit(
                new Chunk(articleId + "#0", articleId, 0, text.length(), text, sentences),
                title,
                date,
                1.0,
                List.of("bm25"),
                vectors);
    }

    private static final SentenceSplitter SPLITTER = new SentenceSplitter();
    private static final Chunker CHUNKER = new Chunker(SPLITTER, 3, 700);

    private static Article article(String id, String body) {
        return new ArticleParser(SPLITTER).parse(id, "# " + id + "\n\n" + body, null, null);
    }

    /** A retrieved passage of an article, as the index holds it. */
    private static Hit hitOf(Chunk passage) {
        return new Hit(
                passage,
                passage.articleId(),
                null,
                1.0,
                List.of("bm25"),
                passage.sentences().stream().map(s -> unit()).toList());
    }

    /** A catalog of one article, as an index that holds it reads it back. */
    private static ArticleCatalog catalogOf(Article article) {
        return new ArticleCatalog() {
            @Override
            public Map<String, IndexedArticle> articles() {
                return Map.of();
            }

            @Override
            public Optional<IndexedArticle> summary(String articleId) {
                return Optional.empty();
            }

            @Override
            public Optional<Article> article(String articleId) {
                return Optional.of(article).filter(a -> a.id().equals(articleId));
            }
        };
    }

    /** The {@code index}th passage of an article, at its own offsets, titled after the article. */
    private static Hit passage(String articleId, int index, String text) {
        int start = index * 1000;
        String padded = " ".repeat(start) + text;
        List<Span> sentences = new SentenceSplitter().split(padded, start, padded.length());
        return new Hit(
                new Chunk(Chunk.idOf(articleId, index), articleId, start, padded.length(), text, sentences),
                articleId,
                null,
                1.0,
                List.of("bm25"),
                sentences.stream().map(s -> unit()).toList());
    }

    private static float[] unit() {
        float[] v = new float[4];
        v[0] = 1;
        return v;
    }
}
