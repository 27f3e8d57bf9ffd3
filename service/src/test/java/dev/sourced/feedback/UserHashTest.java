package dev.sourced.feedback;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class UserHashTest {
    private final UserHash hash = UserHash.of(Optional.of("salt-one")).orElseThrow();

    @Test
    void theSamePersonGetsTheSamePseudonymAndItHidesTheId() {
        String pseudonym = hash.of("T1", "U0123ABCD");
        assertEquals(pseudonym, hash.of("T1", "U0123ABCD"));
        assertTrue(pseudonym.matches("[0-9a-f]{64}"), pseudonym);
        assertFalse(pseudonym.contains("U0123ABCD"));
    }

    @Test
    void anotherPersonTeamOrSaltGetsAnotherPseudonym() {
        String pseudonym = hash.of("T1", "U1");
        assertNotEquals(pseudonym, hash.of("T1", "U2"));
        assertNotEquals(pseudonym, hash.of("T2", "U1"));
        assertNotEquals(
                pseudonym, UserHash.of(Optional.of("salt-two")).orElseThrow().of("T1", "U1"));
    }

    @Test
    void noSaltOrABlankOneIsNone() {
        assertTrue(UserHash.of(Optional.empty()).isEmpty());
        assertTrue(UserHash.of(Optional.of("  ")).isEmpty());
    }
}
