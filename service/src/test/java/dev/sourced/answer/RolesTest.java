package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class RolesTest {
    /** Each row: a noun, the role it names ("" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            judge      | judge
            Judges     | judge
            justices   | justice
            Gov.       | governor
            Sen        | senator
            host       | host
            pitchers   | pitcher
            player     | ''
            leader     | ''
            official   | ''
            star       | ''
            hostess    | ''
            Chair      | chair
            ''         | ''
            """)
    void aNounNamesARole(String noun, String role) {
        assertEquals(role == null ? "" : role, Roles.roleOf(noun == null ? "" : noun));
    }

    /** Each row: a sentence, the name in it, the role the sentence gives the name's holder ("" for none). */
    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', textBlock = """
            Former radio host David Mueller testified Tuesday.                      | David Mueller     | host
            The regional governor Vasily Golubev said the crew died.                | Vasily Golubev    | governor
            President Jovenel Moise was killed a year ago.                          | President Jovenel Moise | president
            Former Sri Lankan President Mahinda Rajapaksa fled.                     | Former Sri Lankan President Mahinda Rajapaksa | president
            Patrick Mahomes, the Chiefs' quarterback, threw three touchdowns.       | Patrick Mahomes   | quarterback
            Roger Goodell, the commissioner of the NFL, spoke.                      | Roger Goodell     | ''
            Jennifer Lopez, a singer and actress who starred in the film, spoke.    | Jennifer Lopez    | actress
            Gov. Gavin Newsom signed the bill.                                      | Gavin Newsom      | governor
            We stand with our fellow Governor, Greg Abbott, and the State of Texas.  | Greg Abbott       | governor
            Speaking with the Governor, Johnson said he would run.                  | Johnson           | ''
            The host said Monday that Taylor Swift would attend.                    | Taylor Swift      | ''
            The lawsuit named the judge, Taylor Swift and her mother.               | Taylor Swift      | ''
            The catcher and Taylor Swift watched.                                   | Taylor Swift      | ''
            An attorney for David Mueller said he would appeal.                     | David Mueller     | ''
            The judge ordered David Mueller to pay a dollar.                        | David Mueller     | ''
            Taylor Swift, the singer, arrived.                                      | Taylor Swift      | singer
            Alexis Kohler, Macron's general secretary at the Elysee, spoke.         | Alexis Kohler     | secretary
            He is back home, his mother Paula Reed tweeted on Thursday.             | Paula Reed        | mother
            Rocco played at Penn State, and his father, Frank, was a staffer.       | Frank             | father
            He thanked his father, Frank Rocco.                                     | Frank Rocco       | ''
            His brother, Frank Jr., was a quarterback.                              | Frank Jr          | brother
            Asked about his son, Biden, 81, said he was proud.                     | Biden             | ''
            After visiting her mother, Swift flew to Kansas City.                   | Swift             | ''
            He thanked the Coach, Frank Rocco, and left.                            | Frank Rocco       | coach
            Son Heung-min scored twice on Saturday.                                 | Son Heung-min     | ''
            She met Mother Teresa in Calcutta.                                      | Mother Teresa     | ''
            The nurse, Sister Mary Jones, spoke.                                    | Mary Jones        | ''
            Nassau County GOP Chair Joseph G. Cairo said in a statement Tuesday.    | GOP Chair Joseph G. Cairo | chair
            """)
    void aSentenceGivesANameItsRole(String sentence, String name, String role) {
        int start = sentence.indexOf(name);
        Phrase span = new Phrase(start, start + name.length(), name);
        assertEquals(role == null ? "" : role, Roles.heldBy(sentence, span));
    }

    /** Each row: the role asked for, the role a name holds, whether the holder cannot be the one asked for. */
    @ParameterizedTest(name = "{0} / {1}")
    @CsvSource(delimiter = '|', textBlock = """
            judge       | host        | true
            pitcher     | catcher     | true
            captain     | governor    | true
            coach       | quarterback | true
            judge       | justice     | false
            senator     | governor    | false
            director    | actor       | false
            executive   | president   | false
            governor    | president   | false
            captain     | quarterback | false
            captain     | pilot       | false
            manager     | coach       | false
            prosecutor  | director    | false
            investor    | manager     | false
            senator     | chairman    | false
            attorney    | chair       | true
            chairman    | chair       | false
            executive   | chair       | false
            professor   | chair       | false
            player      | quarterback | false
            quarterback | ''          | false
            leader      | president   | false
            pilot       | mother      | true
            judge       | wife        | true
            daughter    | mother      | false
            wife        | widow       | false
            son         | chairman    | false
            wife        | teacher     | false
            """)
    void aRoleExcludesRolesOfOtherFields(String asked, String held, boolean excludes) {
        assertEquals(excludes, Roles.excludes(asked, held == null ? "" : held));
    }
}
