package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NameShapesTest {
    /** The first place {@code name} stands in {@code sentence}. */
    private static Phrase in(String sentence, String name) {
        int at = sentence.indexOf(name);
        if (at < 0) {
            throw new IllegalArgumentException(name + " is not in " + sentence);
        }
        return new Phrase(at, at + name.length(), name);
    }

    /**
     * Each row: a sentence, a name in it, the shape asked about, whether the name stands in the sentence that way.
     * Each shape has a row where it holds and one where it does not.
     */
    @ParameterizedTest(name = "{1} {2} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Britain’s Queen Elizabeth II spoke.            | Britain’s            | possessive before title  | true
            China's President Xi Jinping met him.          | China                | possessive before title  | true
            Christopher Nolan’s Oppenheimer won.           | Christopher Nolan’s  | possessive before title  | false
            He won the Democratic nomination.              | Democratic           | modifies noun            | true
            Its Newark and Milford locations closed.       | Newark               | modifies noun            | true
            He met the Biden family.                       | Biden                | modifies noun            | true
            He met Biden today.                            | Biden                | modifies noun            | false
            It stopped six Democratic presidential electors. | Democratic         | modifies noun            | true
            It stopped 6 Democratic electors.              | Democratic           | modifies noun            | true
            In 2021 Biden said so.                         | Biden                | modifies noun            | false
            World No. 1 Scottie Scheffler won the Masters. | Scottie Scheffler    | modifies noun            | false
            The Biden administration sued.                 | Biden                | modifies noun            | true
            Then the Rev. Al Sharpton spoke.               | Rev. Al Sharpton     | modifies noun            | false
            Then the Russian President Vladimir Putin spoke. | Russian President Vladimir Putin | modifies noun | false
            A Destin, Fla.-based firm won.                 | Fla                  | modifies by compound     | true
            A firm in Destin won.                          | Destin               | modifies by compound     | false
            Iowa Democratic caucus winners met.            | Iowa Democratic      | ends with party          | true
            He met Iowa Democrats.                         | Iowa Democrats       | ends with party          | false
            It was a hard-fought NFC title game.           | NFC                  | initials before noun     | true
            NBC says the show ends.                        | NBC                  | initials before noun     | false
            AOC slammed the bill.                          | AOC                  | initials before noun     | false
            He writes for UK newspaper The Guardian.       | UK                   | initials before noun     | true
            He met Texas officials on Monday.              | Texas                | initials before noun     | true
            Texas sued the administration.                 | Texas                | initials before noun     | false
            South African actress Charlize Theron spoke.   | South African        | before person noun       | true
            He was the first Black four-star general.      | Black                | before person noun       | true
            South Africa won the cup.                      | South Africa         | before person noun       | false
            The “Concussion” star Will Smith spoke.        | Concussion           | before person noun       | true
            He saw “Concussion” twice.                     | Concussion           | before person noun       | false
            Rep. Jim Jordan spoke.                         | Rep.                 | names nothing            | true
            The Court of Arbitration for Sport's ruling came Monday. | Sport's     | names nothing            | true
            Tide Pods made Procter & Gamble rich.          | Gamble               | names nothing            | true
            Vote for Trump, the ad said.                   | Trump                | names nothing            | false
            Voters picked Biden for Congress.              | Congress             | names nothing            | false
            The 33-year-old Facebook CEO appeared.         | Facebook CEO         | names nothing            | true
            Israeli Prime Minister spoke first.            | Israeli Prime Minister | names nothing          | true
            The Office of the President replied.           | Office of the President | names nothing         | false
            She starred in “Madam Secretary” for years.    | Madam Secretary      | names nothing            | false
            Loans from the World Bank for Pakistan came.   | Pakistan             | names nothing            | false
            The Centers for Disease Control spoke.         | Disease Control      | names nothing            | true
            A win for Chelsea came late.                   | Chelsea              | names nothing            | false
            Messi left Barcelona for Paris Saint-Germain.  | Paris Saint-Germain  | names nothing            | false
            She traded CNN for NBC last year.              | NBC                  | names nothing            | false
            Officials at the Centers for Disease Control said so. | Disease Control | names nothing          | true
            The F/A-18 crashed.                            | F                    | names nothing            | true
            Eli Lilly and Co. said so.                     | Co.                  | names nothing            | true
            Jim Jordan spoke.                              | Jim Jordan           | names nothing            | false
            Its IT systems were hacked.                    | IT                   | names nothing            | true
            Joseph G. Cairo, Jr., said so.                 | Jr                   | names nothing            | true
            It landed about 150 miles south of Seoul.      | Seoul                | distance reference       | true
            The Biden administration released a directive. | Biden                | names a government       | true
            The Biden family released a statement.         | Biden                | names a government       | false
            The Biden administration's rule took effect.   | Biden                | names a government       | true
            It landed 10 km from Kyiv.                     | Kyiv                 | distance reference       | true
            It hit 150 miles (240 kilometers) north-east of Seoul. | Seoul        | distance reference       | true
            It hit 30 miles to the west of Tampa.          | Tampa                | distance reference       | true
            It struck a town just outside Paris.           | Paris                | distance reference       | false
            They walked 54 miles from Selma to Montgomery. | Selma                | distance reference       | false
            It fell 2 miles from the Kyiv city hall.       | Kyiv                 | distance reference       | false
            It landed in Seoul, 150 miles from Daegu.      | Seoul                | distance reference       | false
            The Boeing 737 landed.                         | 737                  | inside name              | true
            The 737 jets landed.                           | 737                  | inside name              | false
            Traffic stopped on I-80/94 near Gary.          | 94                   | inside name              | true
            The COVID-19 wave ebbed.                       | 19                   | inside name              | true
            A magnitude-7.8 quake struck.                  | 7.8                  | inside name              | false
            The Covid-19 wave ebbed.                       | 19                   | inside name              | true
            An Il-76 crashed near Kyiv.                    | 76                   | inside name              | true
            Cases of SARS-CoV-2 rose.                      | 2                    | inside name              | true
            Deaths (COVID-19) rose.                        | 19                   | inside name              | true
            A Category-4 storm hit.                        | 4                    | inside name              | false
            The court ruled 5-4 on Friday.                 | 4                    | inside name              | false
            Children aged 5-11 got shots.                  | 11                   | inside name              | false
            Its SLIM lander set down.                      | SLIM                 | names owned craft        | true
            Japan's SLIM landers set down.                 | SLIM                 | names owned craft        | true
            The JAXA lander set down.                      | JAXA                 | names owned craft        | false
            Japan's JAXA agency built the lander.          | JAXA                 | names owned craft        | false
            Moderna's RSV vaccine won approval.            | RSV                  | names owned craft        | false
            Incyte leased the landmark John Wanamaker building. | John Wanamaker  | names a building         | true
            It moved into the former John Wanamaker department store. | John Wanamaker | names a building      | true
            Ronald Reagan's library opened.                | Ronald Reagan's      | names a building         | false
            John Wanamaker built the store in 1902.        | John Wanamaker       | names a building         | false
            The John Wanamaker family sold it.             | John Wanamaker       | names a building         | false
            Rookies like Victor Wembanyama tower over them. | Victor Wembanyama   | names a building         | false
            The Kennedy Center honors went to her.         | Kennedy              | names a building         | false
            Fans packed the Jon Stewart community center.  | Jon Stewart          | names a building         | true
            The Sanford School graduate from Newark scored.  | Newark            | origin of person         | true
            She is a senior from Brandywine High.          | Brandywine High      | origin of person         | true
            It was a letter from John Smith.               | John Smith           | origin of person         | false
            Chelsea won on a header from Cole Palmer.      | Cole Palmer          | origin of person         | false
            He took over as manager from Gareth Southgate. | Gareth Southgate     | origin of person         | false
            """)
    void aNameStandsInItsSentence(String sentence, String name, String shape, boolean holds) {
        Phrase span = in(sentence, name);
        boolean found = switch (shape) {
            case "possessive before title" -> NameShapes.possessiveBeforeTitle(sentence, span);
            case "modifies noun" -> NameShapes.modifiesNoun(sentence, span);
            case "modifies by compound" -> NameShapes.modifiesByCompound(sentence, span);
            case "ends with party" -> NameShapes.endsWithParty(span) && NameShapes.beforeNoun(sentence, span);
            case "initials before noun" -> NameShapes.initialsBeforeNoun(sentence, span);
            case "before person noun" -> NameShapes.beforePersonNoun(sentence, span);
            case "names nothing" -> NameShapes.namesNothing(sentence, span);
            case "inside name" -> NameShapes.insideName(sentence, span);
            case "distance reference" -> NameShapes.isDistanceReference(sentence, span);
            case "names a government" -> NameShapes.namesAGovernment(sentence, span);
            case "names a building" -> NameShapes.namesBuilding(sentence, span);
            case "origin of person" -> NameShapes.originOfPerson(sentence, span);
            // The asked kind is the noun after the name: a craft's ("lander") or another's ("vaccine").
            case "names owned craft" ->
                NameShapes.namesOwnedCraft(sentence, span, Words.adjacentAfter(sentence, span.end()));
            default -> throw new IllegalArgumentException(shape);
        };
        assertEquals(holds, found);
    }

    /**
     * Each row: a sentence, a name in it, the words the question describes the person with, whether the name stands
     * before a noun for a person, across those words.
     */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            A University of California, Los Angeles economics professor estimates it. | Los Angeles | ucla economics professor | true
            A University of California, Los Angeles economics professor estimates it. | Los Angeles | ucla professor           | false
            Harvard law professor Laurence Tribe said so.                              | Harvard     | law professor            | true
            Harvard law professor Laurence Tribe said so.                              | Laurence Tribe | law professor         | false
            Andrew Atkeson estimates it.                                               | Andrew Atkeson | economics professor   | false
            Smith said teachers were paid less.                                        | Smith       | professor                | false
            Smith economics was taught.                                                | Smith       | economics professor      | false
            Macron named Catherine Colonna foreign minister.                           | Catherine Colonna | foreign minister   | false
            Macron named Catherine Colonna minister.                                   | Catherine Colonna | minister           | false
            The Colonna aide spoke.                                                    | Colonna           | minister           | true
            Biden named Harvard professor Jane Doe to lead it.                         | Harvard           | professor          | true
            Trump tapped Fox News host Pete Hegseth.                                   | Fox News          | host               | true
            The memo made Biden aides nervous.                                         | Biden             | aide               | true
            """)
    void aNameBeforeThePersonItDescribesAcrossTheQuestionsWords(
            String sentence, String name, String words, boolean holds) {
        Set<String> describing = Set.of(words.split(" "));
        assertEquals(
                holds,
                NameShapes.beforePersonNoun(sentence, in(sentence, name), w -> describing.contains(Words.base(w))));
    }

    /** Each row: a sentence, a name in it, whether the name after an article names no person. */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            He read the Pensacola News Journal.            | Pensacola News Journal | true
            He flew a U.S. Air Force Thunderbird.          | Air Force Thunderbird  | true
            Then the Rev. Al Sharpton said so.             | Rev. Al Sharpton       | false
            Then the Duchess of Sussex said so.            | Duchess of Sussex      | false
            Then Al Sharpton said so.                      | Al Sharpton            | false
            """)
    void aNameAfterAnArticleIsNoPersonsUnlessTitled(String sentence, String name, boolean noPerson) {
        assertEquals(noPerson, NameShapes.afterArticle(sentence, in(sentence, name), List.of()));
    }

    /**
     * Each row: a sentence, its first word (after its dateline), the passage it stands in, whether the word is
     * capitalised only because it starts the sentence.
     */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Officials said so.        | Officials | Officials said so. Many agreed.          | true
            Tetris is hard.           | Tetris    | Tetris is hard. A teen beat Tetris.      | false
            Minnesota has the most.   | Minnesota | Minnesota has the most.                  | false
            Scorsese’s nod is his 13th. | Scorsese’s | Martin Scorsese was nominated. Scorsese’s nod is his 13th. | false
            Next came the vote.       | Next      | Next came the vote. The next vote failed. | true
            May 9, 2023 · While he said so. | While | May 9, 2023 · While he said so.     | true
            Jan 10, 2024 - At least 21 were hurt. | At | Jan 10, 2024 - At least 21 were hurt. | true
            May 4, 2021 ... Crews worked on. | Crews | May 4, 2021 ... Crews worked on.   | true
            Apr 3, 2013 — Tetris is hard. | Tetris | Apr 3, 2013 — Tetris is hard. A teen beat Tetris. | false
            Evia was evacuated.       | Evia      | Evia was evacuated. The island - Evia - burned. | false
            Evia was evacuated.       | Evia      | Evia was evacuated. The island … Evia burned.   | false
            Oct 3, 2023 … Chaos followed. | Chaos | Oct 3, 2023 … Chaos followed.          | true
            """)
    void theFirstWordIsANameOnlyWhereItsPassageWritesItAsOne(
            String sentence, String word, String passage, boolean capitalisedOnly) {
        assertEquals(
                capitalisedOnly,
                NameShapes.capitalisedFirstWordOnly(
                        sentence, Dateline.end(sentence), in(sentence, word), passage, Words.of(passage)));
    }

    /** Each row: a text, a word, whether the text writes the word as a name: capitalised, not opening a sentence. */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            Japan's space agency said so.                | Japan | false
            The lander of Japan's space agency landed.   | Japan | true
            It landed. Japan cheered.                    | Japan | false
            The Japanese team landed.                    | Japan | false
            """)
    void aWordIsWrittenAsANameInsideASentence(String text, String word, boolean asName) {
        assertEquals(asName, NameShapes.writesAsName(text, word));
    }

    /** Each row: a word, words of its context, whether the context writes the word in lower case too. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Look    | Go to the website and look up your flight.   | true
            Look    | Go to the website.                           | false
            Look Up | Go to the website and look up your flight.   | false
            """)
    void aWordTheContextWritesInLowerCaseIsNoName(String word, String context, boolean lowerCase) {
        assertEquals(lowerCase, NameShapes.writtenInLowerCase(new Phrase(0, word.length(), word), Words.of(context)));
    }

    /** Each row: a sentence, a name, the name with those "and" joins to it. */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The New Hampshire Health and Human Services Department said. | New Hampshire Health | New Hampshire Health and Human Services Department
            Biden and Trump met.                                          | Trump                | Trump
            """)
    void namesJoinedByAndAreOneName(String sentence, String name, String joined) {
        assertEquals(joined, NameShapes.withJoinedNames(sentence, in(sentence, name)));
    }
}
