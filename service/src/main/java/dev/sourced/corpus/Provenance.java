package dev.sourced.corpus;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

/**
 * Where an article was published, as its front matter or the documents API gives it; each part {@code null} when
 * not given. Kept apart from the article's id because a reader judges a claim by its outlet and can check it at its
 * original address, neither of which the id says.
 *
 * @param outlet the publication's name ("Reuters")
 * @param url the original address, absolute http or https
 * @param author the byline
 */
public record Provenance(String outlet, String url, String author) {
    public static final Provenance NONE = new Provenance(null, null, null);

    /** Longer values are not a name or an address but a pasted paragraph. */
    static final int MAX_CHARS = 2000;

    public Provenance {
        outlet = clean("outlet", outlet);
        url = clean("url", url);
        author = clean("author", author);
        if (url != null) {
            requireWebAddress(url);
        }
    }

    /** Each part of {@code given}, else this one's. */
    public Provenance orElse(Provenance given) {
        return new Provenance(
                outlet != null ? outlet : given.outlet,
                url != null ? url : given.url,
                author != null ? author : given.author);
    }

    public boolean isEmpty() {
        return outlet == null && url == null && author == null;
    }

    private static String clean(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String flat = value.strip().replaceAll("\\s+", " ");
        if (flat.length() > MAX_CHARS) {
            throw new InvalidArticleException("'" + name + "' must be at most " + MAX_CHARS + " characters");
        }
        return flat;
    }

    /** Only web addresses: a citation's link is followed by readers, and a {@code javascript:} one must not be. */
    private static void requireWebAddress(String url) {
        try {
            URI uri = new URI(url);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!(scheme.equals("http") || scheme.equals("https")) || uri.getHost() == null) {
                throw new InvalidArticleException("'url' must be an absolute http or https address");
            }
        } catch (URISyntaxException e) {
            throw new InvalidArticleException("'url' must be an absolute http or https address");
        }
    }
}
