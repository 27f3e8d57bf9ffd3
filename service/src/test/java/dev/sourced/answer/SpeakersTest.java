package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class SpeakersTest {
    /**
     * Each row: a sentence, a name in it, the question's words of relation ("/" between them, "-" for none), whether
     * the name only reports what the sentence says.
     */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            A woman was killed by the flooding, Jenkins said.                           | Jenkins         | killed      | true
            Xavier Becerra told KHN on Dec. 5 that the plan was welcome.                | KHN             | supply/wholesaler | true
            The mayor told the Associated Press the plan would pass.                    | Associated Press | supply     | true
            Flexus told investors it had a deal with Incyte.                            | Incyte          | supply      | false
            In an interview with CNN, the chief executive said sales rose.              | CNN             | sales       | true
            Boeing CEO Dave Calhoun says the incident shook him.                         | Dave Calhoun    | head/program | true
            Boeing CEO Dave Calhoun says the incident shook him.                         | Dave Calhoun    | ceo         | false
            Carl Schuster, a former director of operations, said the drills were vital.  | Carl Schuster   | commanded   | true
            Carl Schuster, a former director of operations, said the drills were vital.  | Carl Schuster   | director    | false
            The plug was found in a backyard, said NTSB Chair Jennifer Homendy.          | Jennifer Homendy | chair      | false
            The plug was found in a backyard, said NTSB Chair Jennifer Homendy.          | Jennifer Homendy | found      | true
            The plug was found, said Jennifer Homendy, who leads the board, on Sunday.  | Jennifer Homendy | found      | true
            NBC said Jimmy Fallon, host of Late Night, will take over the show.          | Jimmy Fallon    | host        | false
            NBC said Jimmy Fallon will take over the show.                               | Jimmy Fallon    | take        | false
            NBC said the network hired Jimmy Fallon.                                     | Jimmy Fallon    | take        | false
            It is a sign of hope, said Food Bank president and chief executive Cathy Kanefsky. | Cathy Kanefsky | bought/building | true
            It is a sign of hope, said Food Bank president and chief executive Cathy Kanefsky. | Cathy Kanefsky | president | false
            According to Alaska Airlines, the plane was flying from Portland.            | Alaska Airlines | plane       | true
            According to Alaska Airlines, the plane was flying from Portland.            | Portland        | plane       | false
            Jane Smith said she won the race.                                           | Jane Smith      | won         | false
            Jane Smith won the race on Sunday.                                          | Jane Smith      | won         | false
            The Russian space agency Roscosmos said the craft crashed.                   | Roscosmos       | crater      | true
            Howard Webb, who is now in charge of officials, also said sorry.             | Howard Webb     | referee     | true
            Boeing said it will cut 2,000 jobs.                                          | Boeing          | cut/job     | false
            Kane added a second goal in the 70th minute.                                 | Kane            | scored      | false
            It was a record, Kane added.                                                 | Kane            | scored      | true
            In 1974, King wrote Carrie.                                                  | Carrie          | write       | false
            Smith told reporters that the plan had failed.                               | Smith           | plan        | true
            The victim was identified as Jane Roe, 42, said Sheriff Tom Lee.             | Jane Roe        | died        | false
            The victim was identified as Jane Roe, 42, said Sheriff Tom Lee.             | Tom Lee         | died        | true
            A woman died in the flood, Jenkins said Monday.                              | Jenkins         | died        | true
            The vote failed, said U.S. Ambassador to the United Nations Linda Thomas-Greenfield. | Linda Thomas-Greenfield | vote | true
            “I won,” said Jane Smith.                                                   | Jane Smith      | won         | false
            In an interview with CBS Tuesday morning, Clinton said she would not run.  | CBS             | interviewed/network | false
            In an interview with CBS Tuesday morning, Clinton said she would not run.  | CBS             | said/run    | true
            Patrons can pick up beer, owner Tom Knorr said.                             | Tom Knorr       | owns        | false
            Patrons can pick up beer, owner Tom Knorr said.                             | Tom Knorr       | sells       | true
            The plug was found in a backyard, said NTSB Chair Jennifer Homendy.          | Jennifer Homendy | chairs     | false
            In an interview with CNBC, Musk criticized Apple.                           | CNBC            | criticize/interview | true
            Carl Schuster, a former director of operations, said the drills were vital.  | Carl Schuster   | formed      | true
            Carl Schuster, a director at the US Pacific Command’s center, said so.      | Carl Schuster   | commanded   | true
            The mayor said the plan would pass, Boeing’s chief executive Dave Calhoun said. | Dave Calhoun | executive   | false
            The mayor told the Times the plan would pass.                               | Times           | tell        | false
            """)
    void aNameThatOnlySpeaksReportsTheFactAndIsNotItsSubject(
            String sentence, String name, String relation, boolean onlyReports) {
        int at = sentence.indexOf(name);
        Speakers.AskedRelation asked =
                Speakers.AskedRelation.of(relation.equals("-") ? List.of() : List.of(relation.split("/")));
        assertEquals(onlyReports, Speakers.onlyReports(sentence, new Phrase(at, at + name.length(), name), asked));
    }

    /** Each row: a sentence, a name in it, whether the name is where the sentence's report was published. */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            "Give him a chance," the Georgia Republican wrote on Twitter.   | Twitter    | true
            She said on CNN that the plan had failed.                     | CNN        | true
            The company announced on the Nasdaq website that it had cut jobs. | Nasdaq | true
            The senator posted a video on Facebook.                       | Facebook   | false
            She said Twitter had removed the post.                        | Twitter    | false
            Musk said on Lex Fridman's podcast that he would stay.        | Lex Fridman | false
            She said on Tuesday that CNN had erred.                       | CNN        | false
            """)
    void aNameAfterAReportAndOnIsWhereItWasPublished(String sentence, String name, boolean publishes) {
        int at = sentence.indexOf(name);
        assertEquals(publishes, Speakers.publishes(sentence, new Phrase(at, at + name.length(), name)));
    }
}
