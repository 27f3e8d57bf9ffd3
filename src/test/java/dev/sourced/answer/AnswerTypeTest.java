package dev.sourced.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class AnswerTypeTest {
    @Test
    void readsTheAskedForTypeFromTheWording() {
        assertEquals(AnswerType.NUMBER, AnswerType.of("How many tanks did Russia send?"));
        assertEquals(AnswerType.DATE, AnswerType.of("When did Wang Yi speak with Kuleba?"));
        assertEquals(AnswerType.DATE, AnswerType.of("On which day did the talks end?"));
        assertEquals(AnswerType.PERSON, AnswerType.of("Who is the spokesman?"));
        assertEquals(AnswerType.ANY, AnswerType.of("What did Xi tell Putin?"));
    }

    @Test
    void aNumberTheQuestionAlreadyNamesIsNoAnswer() {
        String question = "How many tanks did Russia send into Ukraine on February 24 to the border, to the east?";
        assertFalse(AnswerType.NUMBER.foundIn("Russia attacked Ukraine on February 24.", question));
        assertTrue(AnswerType.NUMBER.foundIn("Russia sent 1,200 tanks on February 24.", question));
    }

    @Test
    void aNameMustAddSomethingToTheQuestion() {
        String question = "Who is China's ambassador to the United Nations?";
        assertFalse(AnswerType.PERSON.foundIn("China spoke at the United Nations.", question));
        assertTrue(AnswerType.PERSON.foundIn("China's Ambassador to the United Nations Zhang Jun spoke.", question));
    }

    @Test
    void datesAreMonthsDaysAndYears() {
        assertTrue(AnswerType.DATE.foundIn("They spoke on Tuesday, March 1.", "When did they speak?"));
        assertFalse(AnswerType.DATE.foundIn("They spoke at length.", "When did they speak?"));
    }
}
