package dev.sourced.answer;

import io.smallrye.config.ConfigMapping;
import java.net.URI;
import java.util.Optional;

/**
 * {@code sourced.public-url}: the address people reach the service at ({@code https://sourced.example.org}). A key of
 * the whole service rather than of one package; read here because citations, which answers carry, are what link to
 * the reader. Without it the links are relative, which a browser or an HTTP client resolves, but Slack cannot.
 */
@ConfigMapping(prefix = "sourced")
public interface PublicUrlConfig {
    Optional<URI> publicUrl();
}
