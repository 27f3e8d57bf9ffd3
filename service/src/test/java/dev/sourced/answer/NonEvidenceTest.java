package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NonEvidenceTest {
    @ParameterizedTest(name = "{0}: {1}")
    @CsvSource(delimiter = '|', textBlock = """
            Which college football teams have won back-to-back national championships?   | true
            Princeton Tigers (11-1) at Delaware Fightin' Blue Hens (8-4)                 | true
            The host Panthers (4-0) defeated Central (2-2) for the fifth time in 22 meetings. | false
            The host Panthers (4-0) face Central (2-2) on Friday night.                  | true
            He lifted the Braves (6-4) to a road win over the Knights (6-4) on Friday.   | false
            The Panthers (4-0), coming off a win over Central (2-2), host Dover (3-1).   | true
            No. 1 Georgia (12-0) vs. No. 4 Alabama (11-1), SEC Championship Game, 4 p.m. Saturday. | true
            What travelers should know:Boeing 737 Max 9s grounded after the incident.    | true
            Here's what to know about the storm.                                         | true
            Atilla Kisbenedek/AFP via Getty Images                                       | true
            Kyodo/Reuters This aerial photo, taken from a helicopter, shows the area.    | true
            Adriana Zehbrauskas for CNN A group of migrants rest at a shelter.           | true
            The survey was conducted by Public Policy Polling for CNN Tuesday.           | false
            Video Ad Feedback Reporter who broke the story says there is more 06:35 - Source: CNN | true
            The meeting ran from 10:30 - the source said - until noon.                    | false
            Jasper Colt/USA TODAY Fans gathered outside the stadium on Sunday.          | true
            The 24/7 newsroom said Reuters had the story first.                          | false
            Princeton hosts Harvard after Caden Pierce scored 21 points in an 84-82 win.  | false
            at the Iowa Democratic Party website Look up Republican caucus locations     | true
            • and more from our partners at the store.                                   | true
            iPhone sales rose 6% in the quarter, Apple said.                             | false
            eBay said it would cut 1,000 jobs.                                           | false
            "Taylor Swift: The Eras Tour" (AMC Theatres Distribution)                    | true
            Michigan 34, Washington 13                                                   | false
            Stewart Returns to The Daily Show                                            | true
            "Is this the end?" she asked, and the crowd fell silent.                     | false
            The meeting starts at 10:30 in Room 4.                                       | false
            The Supreme Court ruled (6-3) that agents may cut the wire.                  | false
            A view of shipping containers from the border wall on November 6, 2022.      | true
            Pictured: Kenny DeLand Jr. at home in Rochester.                               | true
            From left, Jill Biden, Joe Biden and Kamala Harris wave.                      | true
            The view from the summit drew 2,000 hikers in May.                           | false
            Left unchecked, the fire spread to 12 homes.                                 | false
            Former President Mahinda Rajapaksa, left, and his brother Basil, right, during a campaign in 2010. | true
            Zatko, center, was among a group of hackers who testified in 1998.           | true
            Parties on the left, right and center agreed on the budget.                  | false
            He turned left, then drove 3 miles north.                                    | false
            ... the company said it would close 200 stores by June.                      | false
            … and more than 40 people were hurt, police said.                            | false
            ‘... the company said it would close 200 stores.                             | false
            [...] the company said it would close 200 stores.                           | false
            . . . the company said it would close 200 stores.                           | false
            Rajapaksa (left) and his brother Basil during a campaign in 2010.            | true
            Joe Biden, second left, speaks with leaders at the summit.                   | true
            ‘It’s about Texas, right,’ Abbott said on Monday.                            | false
            The envoy, who had flown in from Moscow, left, saying the talks had failed.  | false
            Denver started Jokic, center, and Murray at guard.                           | false
            Jan 11, 2024 · Nikki Haley, left, and Ron DeSantis, right, during the debate. | true
            Jan 2, 2024 — Here's what to know about the storm.                           | true
            Jan 8, 2024 — Stewart Returns to The Daily Show                              | true
            Jan 8, 2024 — Stewart will return to The Daily Show on Feb. 12.              | false
            WASHINGTON (AP) — Here's what to know about the vote.                        | true
            WASHINGTON (AP) — President Biden, left, and Vice President Harris, right, at the White House. | true
            WASHINGTON (AP) — The Senate passed the bill 68-32 on Tuesday.                | false
            BOTTOM LINE: Princeton hosts Harvard after Caden Pierce scored 21 points.   | false
            """)
    void questionsTeasersPreviewsAndCreditsStateNoFact(String sentence, boolean nonEvidence) {
        assertEquals(nonEvidence, NonEvidence.isNonEvidence(sentence));
    }

    /** Each row: a text, its lines ("¶" between them), the lines not run under a label in capitals. */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            K.C. beat the Bengals.¶SUPER BOWL CENTRAL: Latest Super Bowl 58 news.¶It was close. | K.C. beat the Bengals.¶It was close.
            NFL WEEK 5 PICKS: Our experts' predictions.¶The Chiefs won.                          | The Chiefs won.
            TRUMP: We will win this state.¶The Chiefs won.                                      | TRUMP: We will win this state.¶The Chiefs won.
            Who won?¶The NFL said: The game will go on.                                         | Who won?¶The NFL said: The game will go on.
            """)
    void linesUnderALabelInCapitalsAreLeftOut(String text, String kept) {
        assertEquals(kept.replace("¶", "\n"), NonEvidence.unlabelledLines(text.replace("¶", "\n")));
    }
}
