package dev.sourced.answer;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The article reader's address of a passage, {@code /articles/<id>?hl=<start>-<end>#passage}: absolute under the
 * service's public address when one is configured, else relative to the service. Every surface links each citation
 * there, so that a person can read the passage in its article. Thread-safe.
 */
public final class ReaderLinks {
    /** The id the reader gives the first mark of its page; links name it as their fragment, so it is scrolled to. */
    public static final String ANCHOR = "passage";

    /** Empty for relative links, else the public address without a trailing slash. */
    private final String base;

    private ReaderLinks(String base) {
        this.base = base;
    }

    /** Links relative to the service, which an HTTP client resolves against the address it called. */
    public static ReaderLinks relative() {
        return new ReaderLinks("");
    }

    /**
     * Absolute links under {@code publicUrl}, the address people reach the service at: http or https, with a host and
     * perhaps a path ({@code https://example.org/sourced}), without a query or fragment.
     */
    public static ReaderLinks under(URI publicUrl) {
        String scheme =
                publicUrl.getScheme() == null ? "" : publicUrl.getScheme().toLowerCase(Locale.ROOT);
        if (!(scheme.equals("http") || scheme.equals("https"))
                || publicUrl.getHost() == null
                || publicUrl.getRawQuery() != null
                || publicUrl.getRawFragment() != null) {
            throw new IllegalArgumentException(
                    "sourced.public-url must be an http or https address with a host, and without a query or fragment,"
                            + " not '" + publicUrl + "'");
        }
        // A parsed address holds no '|', '>' or space, which would end a link in Slack's markup.
        return new ReaderLinks(publicUrl.toString().replaceAll("/+$", ""));
    }

    /** The address of the characters {@code start..end} of article {@code articleId}. */
    public String passage(String articleId, int start, int end) {
        // Ids are file names, held to URL-safe characters today; encoded all the same, as a path segment.
        String segment = URLEncoder.encode(articleId, StandardCharsets.UTF_8).replace("+", "%20");
        return base + "/articles/" + segment + "?hl=" + start + "-" + end + "#" + ANCHOR;
    }

    /** {@code answer} with each citation linked to its passage. */
    public Answer link(Answer answer) {
        if (answer.citations().isEmpty()) {
            return answer;
        }
        return answer.withCitations(answer.citations().stream()
                .map(c -> c.withUrl(passage(c.source(), c.start(), c.end())))
                .toList());
    }
}
