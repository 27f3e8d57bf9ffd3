package dev.sourced.api;

import static io.restassured.RestAssured.given;

import java.time.Duration;
import java.time.Instant;

/** Waits, with a deadline, until readiness reports the index UP. */
final class IndexReady {
    private IndexReady() {}

    static void await() {
        Instant deadline = Instant.now().plus(Duration.ofMinutes(2));
        while (given().get("/q/health/ready").statusCode() != 200) {
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("the index did not become ready in time");
            }
            try {
                Thread.sleep(100);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new AssertionError(e);
            }
        }
    }
}
