package dev.sourced.api;

import dev.sourced.edge.FilterOrder;
import jakarta.ws.rs.container.ContainerRequestContext;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Rejects a query string whose percent-escapes are not UTF-8 ({@code ?q=%ff%fe}). The framework would decode them to
 * replacement characters and hand the resource a question the asker never wrote.
 */
public class QueryEncoding {
    @ServerRequestFilter(preMatching = true, priority = FilterOrder.QUERY_ENCODING)
    public void requireUtf8(ContainerRequestContext request) {
        String raw = request.getUriInfo().getRequestUri().getRawQuery();
        if (raw != null && raw.indexOf('%') >= 0 && !isUtf8(raw)) {
            throw new InvalidRequestException("the query string is not valid UTF-8");
        }
    }

    static boolean isUtf8(String rawQuery) {
        byte[] bytes = new byte[rawQuery.length()];
        int n = 0;
        for (int i = 0; i < rawQuery.length(); i++) {
            char c = rawQuery.charAt(i);
            if (c == '%'
                    && i + 2 < rawQuery.length()
                    && HexFormat.isHexDigit(rawQuery.charAt(i + 1))
                    && HexFormat.isHexDigit(rawQuery.charAt(i + 2))) {
                bytes[n++] = (byte) HexFormat.fromHexDigits(rawQuery, i + 1, i + 3);
                i += 2;
            } else if (c > 0x7f) {
                continue; // already characters, not escapes: the HTTP layer decoded them
            } else {
                bytes[n++] = (byte) c;
            }
        }
        try {
            StandardCharsets.UTF_8
                    .newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, 0, n));
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }
}
