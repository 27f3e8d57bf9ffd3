package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CountedGroupsTest {
    /** Each row: a sentence, a name in it, whether the sentence counts it as a group of people. */
    @ParameterizedTest(name = "{1} in {0}")
    @CsvSource(delimiter = '|', textBlock = """
            The snafu left millions of unhappy Swifties without tickets.    | Swifties        | true
            Three Democrats criticised the bill on Tuesday.                 | Democrats       | true
            Many angry Republicans criticised the bill.                     | Republicans     | true
            About 1,200 Ukrainians crossed the border.                      | Ukrainians      | true
            One Democrat, Joe Manchin, criticised the bill.                 | Joe Manchin     | false
            Two days later Chris Evans criticised the bill.                 | Chris Evans     | false
            In 2020 Serena Williams won the title.                          | Serena Williams | false
            No. 1 Serena Williams won the title.                            | Serena Williams | false
            The three, Democrats all, criticised the bill.                  | Democrats       | false
            """)
    void aPluralNameAfterACountIsAGroup(String sentence, String name, boolean counted) {
        int start = sentence.indexOf(name);
        assertEquals(counted, CountedGroups.counted(sentence, new Phrase(start, start + name.length(), name)));
    }
}
