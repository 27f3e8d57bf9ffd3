package dev.sourced.testing;

import static io.restassured.RestAssured.given;

import java.time.Duration;

/** Waits, with a deadline, until readiness reports the index UP. */
public final class IndexReady {
    private IndexReady() {}

    public static void await() {
        Eventually.await(() -> given().get("/q/health/ready").statusCode() == 200, Duration.ofMinutes(2),
                "readiness reports the index UP");
    }
}
