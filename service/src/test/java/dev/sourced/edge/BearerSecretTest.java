package dev.sourced.edge;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class BearerSecretTest {
    private static final BearerSecret SECRET =
            BearerSecret.of(Optional.of("s3cret")).orElseThrow();

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            the secret                        | Bearer s3cret   | ACCEPTED
            the scheme in any case            | bearer s3cret   | ACCEPTED
            space around the secret           | Bearer  s3cret  | ACCEPTED
            no header                         | null            | MISSING
            another scheme                    | Basic s3cret    | MISSING
            another secret                    | Bearer s3cret2  | INVALID
            a prefix of the secret            | Bearer s3       | INVALID
            an empty secret                   | 'Bearer '       | INVALID
            """)
    void anAuthorizationHeaderCarriesTheSecretOrSaysWhyNot(String rule, String header, String expected) {
        assertEquals(expected, SECRET.refusal(header).map(Enum::name).orElse("ACCEPTED"), rule);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', nullValues = "null", textBlock = """
            the key            | Bearer s3cret | null
            no header          | null          | send the API key as 'Authorization: Bearer <key>'
            another key        | Bearer other  | the API key is not valid
            """)
    void anApiKeyRefusalSaysWhatToSend(String rule, String header, String expected) {
        assertEquals(expected, SECRET.apiKeyProblem(header).orElse(null), rule);
    }

    @ParameterizedTest(name = "configured as ''{0}''")
    @CsvSource(value = {"''", "'   '"})
    void aBlankSecretIsNone(String configured) {
        assertTrue(BearerSecret.of(Optional.of(configured)).isEmpty());
    }
}
