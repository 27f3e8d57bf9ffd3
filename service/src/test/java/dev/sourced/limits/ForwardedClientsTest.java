package dev.sourced.limits;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.not;

import dev.sourced.testing.IndexReady;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Behind a trusted proxy each forwarded client has its own bucket (RateLimitTest shows that without forwarding the
 * header is not believed: every request from one peer shares a bucket whatever it claims).
 */
@QuarkusTest
@TestProfile(ProxyProfile.class)
class ForwardedClientsTest {
    @BeforeEach
    void ready() {
        IndexReady.await();
    }

    @Test
    void forwardedClientsOfATrustedProxyAreLimitedApart() {
        search("203.0.113.1").then().statusCode(not(429));
        search("203.0.113.1").then().statusCode(429);
        search("203.0.113.2").then().statusCode(not(429));
        search("203.0.113.2").then().statusCode(429);
    }

    private static io.restassured.response.Response search(String client) {
        return given().header("X-Forwarded-For", client)
                .queryParam("q", "Who is Hua Chunying?")
                .get("/api/search");
    }
}
