package dev.sourced.testing;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalToIgnoringCase;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;

import io.restassured.response.Response;

/** The pages a person reads (the ask page, the article reader): their headers, and text as their templates write it. */
public final class HtmlPages {
    private HtmlPages() {}

    /**
     * The body of {@code response} after checking that it is an HTML page with {@code status}, not sniffed, whose
     * content security policy starts with {@code policyStart} and does not contain {@code policyNever}.
     */
    public static String html(Response response, int status, String policyStart, String policyNever) {
        response.then()
                .statusCode(status)
                .header("Content-Type", equalToIgnoringCase("text/html;charset=UTF-8"))
                .header("Content-Security-Policy", startsWith(policyStart))
                .header("Content-Security-Policy", not(containsString(policyNever)))
                .header("X-Content-Type-Options", "nosniff");
        return response.asString();
    }

    /** {@code text} as Qute writes it into HTML. */
    public static String escaped(String text) {
        return text.replace("&", "&amp;")
                .replace("<", "&lt;")
                .replace(">", "&gt;")
                .replace("\"", "&quot;")
                .replace("'", "&#39;");
    }

    /** The text that {@link #escaped} wrote. */
    public static String unescaped(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
