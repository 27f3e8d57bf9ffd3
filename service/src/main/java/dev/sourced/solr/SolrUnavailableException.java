package dev.sourced.solr;

import dev.sourced.index.IndexNotReadyException;

/** The cluster did not answer or refused a request: the caller may retry later (a 503, never a 500). */
final class SolrUnavailableException extends IndexNotReadyException {
    SolrUnavailableException(String message, Exception cause) {
        super(message);
        initCause(cause);
    }

    /**
     * The first line of a Solr error and of its root cause (SolrJ wraps a refused login or a refused connection in
     * a generic "failed fetching live nodes"), short enough for a log line.
     */
    static String reason(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) {
            root = root.getCause();
        }
        String reason = firstLine(e);
        return root == e ? reason : reason + " (cause: " + firstLine(root) + ")";
    }

    private static String firstLine(Throwable e) {
        String message = e.getMessage();
        if (message == null) {
            return e.getClass().getSimpleName();
        }
        int newline = message.indexOf('\n');
        String line = newline < 0 ? message : message.substring(0, newline);
        return line.length() > 300 ? line.substring(0, 300) + "..." : line;
    }
}
