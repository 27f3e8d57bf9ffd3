package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class PositionsTest {
    /** Each row: a noun, the spellings of the position it names ("" for no position), separated by ";". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            executive   | executive;ceo;president;chairman;chairwoman;chair;chairperson;commissioner;chief;head;leader;boss
            President   | executive;ceo;president;chairman;chairwoman;chair;chairperson;commissioner;chief;head;leader;boss
            spokeswoman | spokesman;spokeswoman;spokesperson
            ambassador  | ambassador
            winner      | ''
            founder     | ''
            ''          | ''
            """)
    void aPositionHasItsSpellings(String noun, String spellings) {
        List<String> expected = spellings.isEmpty() ? List.of() : List.of(spellings.split(";"));
        assertEquals(expected, Positions.spellings(noun == null ? "" : noun));
    }

    /** Each row: a sentence, the position's noun, whether the sentence writes it in one of its spellings. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Masimo CEO Joe Kiani said the company would appeal.          | executive   | true
            Michael Hogue, the association's chief executive, spoke.     | executive   | true
            Ambassador Katherine Tai declined to reverse the ban.        | executive   | false
            A spokesperson for the ministry declined to comment.         | spokeswoman | true
            The executive order was signed on Monday.                    | ambassador  | false
            Roger Goodell, the commissioner of the NFL, spoke.           | president   | true
            Tesco boss Ken Murphy said the abuse was heartbreaking.      | executive   | true
            """)
    void aSentenceWritesThePositionInAnyOfItsSpellings(String sentence, String noun, boolean writes) {
        assertEquals(writes, Positions.writes(sentence, Positions.spellings(noun)));
    }

    /** Each row: a role's words, the words of it that make it another post than its head's, separated by ";". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            deputy;prime;minister | deputy
            vice;commandant       | vice
            prime;minister        | ''
            chief;executive       | ''
            """)
    void aRankMakesARoleAnotherPost(String role, String ranks) {
        assertEquals(
                ranks.isEmpty() ? List.of() : List.of(ranks.split(";")), Positions.ranks(List.of(role.split(";"))));
    }

    /** Each row: a sentence, the ranks, whether the sentence writes them all. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Albanese named Richard Marles Deputy Prime Minister.          | deputy | true
            Prime Minister Scott Morrison debated Albanese on Sunday.     | deputy | false
            """)
    void aSentenceWritesTheRanks(String sentence, String ranks, boolean writes) {
        assertEquals(writes, Positions.writesAll(sentence, List.of(ranks.split(";"))));
    }

    /** Each row: a sentence, the body the question names after the post, whether the sentence writes the post there. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Doug Field, Ford's chief technology officer, spoke.        | Argo AI | false
            Argo AI's chief executive Bryan Salesky spoke.             | Argo AI | true
            Bryan Salesky, the chief executive, spoke.                 | Argo AI | true
            The NFL's commissioner Roger Goodell spoke.                | NFL     | true
            Doug Field, Ford's chief technology officer, spoke.        | ''      | true
            In Tuesday's call, chief executive Bryan Salesky spoke.    | Argo AI | true
            Ford's deal, says chief executive Bryan Salesky, holds.    | Argo AI | true
            """)
    void aPostAnotherBodyOwnsIsNotTheAskedOne(String sentence, String body, boolean writes) {
        assertEquals(writes, Positions.writes(sentence, Positions.spellings("executive"), body == null ? "" : body));
    }

    /** Each row: a question, the body it names after the post ("" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who was the chief executive of Argo AI when Ford stopped funding it? | Argo AI
            Who is the president of the NFL?                                      | NFL
            Who is the chief executive?                                           | ''
            Who is the head of the company that makes Oreo?                       | ''
            """)
    void theBodyOfAPostIsTheNameAfterIt(String question, String body) {
        assertEquals(body == null ? "" : body, Positions.bodyIn(question, Positions.spellings("executive")));
    }

    /** Each row: a sentence, the post's noun, whether the sentence writes it, its short title included. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Gov. Gavin Newsom signed the bill.      | governor | true
            Capt. Chesley Sullenberger landed.      | captain  | true
            Sen. Chuck Schumer signed the bill.     | governor | false
            """)
    void aShortTitleWritesItsPost(String sentence, String noun, boolean writes) {
        assertEquals(writes, Positions.writes(sentence, List.of(noun), ""));
    }

    /** Each row: a role's words, the words of it that name its office besides its head, separated by ";". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            foreign;minister        | foreign
            deputy;prime;minister   | prime
            minister                | ''
            new;interior;minister   | interior
            defence;minister        | defense
            first;minister          | ''
            """)
    void anOfficesWordNamesItsPortfolio(String role, String portfolios) {
        assertEquals(
                portfolios.isEmpty() ? List.of() : List.of(portfolios.split(";")),
                Positions.portfolios(List.of(role.split(";"))));
    }

    /** Each row: a question, the words of the post it asks for, the office words of that post, separated by ";". */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Who is France's foreign minister?                              | foreign;minister | foreign
            Who replaced Damien Abad as France's minister for solidarity?  | minister         | solidarity
            Who was the minister of the interior in 2022?                  | minister         | interior
            Who is the minister of Foreign Affairs?                        | minister         | ''
            Who is the minister for Ukraine's army?                        | minister         | ''
            Who is Australia's minister for defence?                       | minister         | defense
            """)
    void thePostsOfficeWordsStandBeforeItOrAsItsRemitAfterIt(String question, String role, String portfolios) {
        assertEquals(
                portfolios.isEmpty() ? List.of() : List.of(portfolios.split(";")),
                Positions.portfoliosIn(question, List.of(role.split(";")), Positions.spellings("minister")));
    }

    /** Each row: a sentence, the asked post's office words, whether the sentence writes that post. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Borne will serve as Prime Minister.                        | foreign | false
            French Foreign Minister Catherine Colonna spoke.           | foreign | true
            The minister said France would act.                        | foreign | true
            Interior Minister Gerald Darmanin and Prime Minister Borne. | foreign | false
            Foreign Minister Colonna met Prime Minister Borne.         | prime   | true
            Borne will serve as Prime Minister.                        | ''      | true
            Defence Minister Richard Marles spoke.                     | defense | true
            Japan's foreign and defence ministers met.                 | foreign | true
            She was the first minister to visit Kyiv.                  | foreign | true
            France's new Prime Minister Élisabeth Borne spoke.         | solidarity | false
            The minister for solidarity, Jean-Christophe Combe, spoke. | solidarity | true
            """)
    void aPostOfAnotherOfficeIsNotTheAskedOne(String sentence, String portfolios, boolean writes) {
        List<String> asked = portfolios == null || portfolios.isEmpty() ? List.of() : List.of(portfolios.split(";"));
        assertEquals(writes, Positions.writes(sentence, Positions.spellings("minister"), "", asked));
    }

    /** Each row: a text, the names (";" between them, words joined by a space) it writes the governor's post before. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Police and Gov. Jack Markell told people to stay home.   | jack markell
            Governor Markell said the roads were closed.             | markell
            The governor said the roads were closed.                 | ''
            Gov. Tom Wolf and Gov. Phil Murphy spoke.                | tom wolf;phil murphy
            The governor, Jack Markell, spoke.                       | ''
            He thanked the governor. The roads were closed.          | ''
            Governor Markell's Chief of Staff spoke.                 | markell
            The governor Tuesday signed the bill.                    | ''
            Lt. Gov. Bethany Hall-Long spoke.                        | ''
            Governors Day is a holiday in some states.               | ''
            """)
    void theHoldersOfAPostAreTheNamesWrittenRightAfterIt(String text, String names) {
        List<List<String>> expected = names == null || names.isEmpty()
                ? List.of()
                : List.of(names.split(";")).stream()
                        .map(n -> List.of(n.split(" ")))
                        .toList();
        assertEquals(expected, Positions.holders(text, Positions.spellings("governor"), "", List.of()));
    }

    /** Each row: a sentence, the post's noun, whether one holder is asked, whether the sentence writes that post. */
    @ParameterizedTest(name = "{0} ({2})")
    @CsvSource(delimiter = '|', textBlock = """
            Incyte executives confirmed the lease.          | executive | true  | false
            Incyte executives confirmed the lease.          | executive | false | true
            Incyte chief executive Herve Hoppenot spoke.    | executive | true  | true
            Japan's foreign and defence ministers met.      | minister  | true  | true
            The league's coaches voted for the change.      | coach     | true  | false
            The boss said the store would stay open.        | executive | true  | true
            In the chief executive's letter, Herve Hoppenot wrote. | executive | true | true
            Presidents Joe Biden and Xi Jinping met in Bali. | president | true  | true
            Incyte employees and senior executives attended. | executive | true  | false
            """)
    void aPostInThePluralIsNoOneHoldersUnlessListedAfterAnother(
            String sentence, String noun, boolean heldByOne, boolean writes) {
        assertEquals(writes, Positions.writes(sentence, Positions.spellings(noun), "", List.of(), heldByOne));
    }
}
