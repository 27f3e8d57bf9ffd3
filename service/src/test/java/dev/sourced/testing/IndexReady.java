package dev.sourced.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import org.awaitility.Awaitility;

/** Waits, with a deadline, until readiness reports the index UP. */
public final class IndexReady {
    private IndexReady() {}

    public static void await() {
        Awaitility.await("readiness reports the index UP")
                .atMost(Duration.ofMinutes(2))
                .until(() -> given().get("/q/health/ready").statusCode() == 200);
    }
}
