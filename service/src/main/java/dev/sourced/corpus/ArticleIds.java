package dev.sourced.corpus;

import java.util.regex.Pattern;

/** Article ids become file names and URL path segments, so they are held to a character set that is safe for both. */
public final class ArticleIds {
    private static final Pattern SAFE = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]{0,127}");

    private ArticleIds() {}

    public static boolean isValid(String id) {
        return id != null && SAFE.matcher(id).matches() && !id.contains("..");
    }

    public static String requireValid(String id) {
        if (!isValid(id)) {
            throw new InvalidArticleException(
                    "article id must be 1-128 characters of letters, digits, '.', '_' or '-', "
                            + "starting with a letter or digit: " + abbreviate(id));
        }
        return id;
    }

    private static String abbreviate(String id) {
        if (id == null) {
            return "(none)";
        }
        return id.length() > 40 ? id.substring(0, 40) + "..." : id;
    }
}
