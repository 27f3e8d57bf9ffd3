package dev.sourced.edge;

import io.quarkus.qute.TemplateInstance;
import jakarta.ws.rs.core.Response;

/**
 * A rendered page as a response, with the headers every HTML page of the service sends (the ask page, the article
 * reader): its own content security policy, no type sniffing, and no referrer.
 */
public final class HtmlPage {
    public static final String TYPE = "text/html;charset=UTF-8";

    private HtmlPage() {}

    /** @param contentSecurityPolicy what the page may load and run */
    public static Response of(int status, String contentSecurityPolicy, TemplateInstance page) {
        return Response.status(status)
                .type(TYPE)
                .header("Content-Security-Policy", contentSecurityPolicy)
                .header("X-Content-Type-Options", "nosniff")
                // The address names what a person asked or looked up; the sites the page links to need not learn it.
                .header("Referrer-Policy", "no-referrer")
                .entity(page.render())
                .build();
    }
}
