package dev.sourced.mcp;

import dev.sourced.corpus.Article;
import dev.sourced.corpus.ArticleIds;
import dev.sourced.edge.RejectedRequestException;
import dev.sourced.index.ArticleCatalog;
import dev.sourced.index.IndexStatus;
import dev.sourced.index.IndexedArticle;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncResourceSpecification;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncResourceTemplateSpecification;
import io.modelcontextprotocol.server.McpStatelessSyncServer;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiFunction;

/**
 * The articles as MCP resources, {@code sourced://articles/{id}}, their text as {@code text/plain}. Any article the
 * index holds can be read through the template; the list is the index's, brought up to date before each
 * {@code resources/list} (articles are added and removed while the service runs), through the catalog, so it serves
 * the embedded index and the cluster alike.
 */
@ApplicationScoped
public class ArticleResources {
    static final String PREFIX = "sourced://articles/";
    static final String TEXT = "text/plain";

    private final ArticleCatalog catalog;
    private final IndexStatus status;

    public ArticleResources(ArticleCatalog catalog, IndexStatus status) {
        this.catalog = catalog;
        this.status = status;
    }

    SyncResourceTemplateSpecification template() {
        return new SyncResourceTemplateSpecification(
                McpSchema.ResourceTemplate.builder()
                        .uriTemplate(PREFIX + "{id}")
                        .name("article")
                        .title("A news article")
                        .description("The text of one article of the archive, by its id (the 'source' of a"
                                + " citation, the 'articleId' of a search result)")
                        .mimeType(TEXT)
                        .build(),
                read());
    }

    /** Makes the server's list of resources the index's articles: adds the new, removes the gone. */
    synchronized void refresh(McpStatelessSyncServer server) {
        if (!status.ready()) {
            return;
        }
        Map<String, IndexedArticle> articles = catalog.articles();
        Set<String> listed = new HashSet<>();
        for (McpSchema.Resource resource : server.listResources()) {
            String id = resource.uri().substring(PREFIX.length());
            if (articles.containsKey(id)) {
                listed.add(id);
            } else {
                server.removeResource(resource.uri());
            }
        }
        articles.values().stream()
                .filter(a -> !listed.contains(a.id()))
                .forEach(a -> server.addResource(new SyncResourceSpecification(resource(a), read())));
    }

    private static McpSchema.Resource resource(IndexedArticle article) {
        List<String> details = new ArrayList<>();
        if (article.outlet() != null) {
            details.add(article.outlet());
        }
        if (article.date() != null) {
            details.add(article.date().toString());
        }
        return McpSchema.Resource.builder()
                .uri(PREFIX + article.id())
                .name(article.id())
                .title(article.title())
                .description(details.isEmpty() ? null : String.join(", ", details))
                .mimeType(TEXT)
                .size((long) article.length())
                .build();
    }

    private BiFunction<
                    io.modelcontextprotocol.common.McpTransportContext,
                    McpSchema.ReadResourceRequest,
                    McpSchema.ReadResourceResult>
            read() {
        return (context, request) -> {
            status.requireReady();
            String uri = request.uri();
            String id = uri.startsWith(PREFIX) ? uri.substring(PREFIX.length()) : "";
            Optional<Article> article = ArticleIds.isValid(id) ? catalog.article(id) : Optional.empty();
            if (article.isEmpty()) {
                throw McpError.builder(McpSchema.ErrorCodes.RESOURCE_NOT_FOUND)
                        .message("no article has the id '" + RejectedRequestException.echoed(id) + "'")
                        .build();
            }
            return new McpSchema.ReadResourceResult(List.of(
                    new McpSchema.TextResourceContents(uri, TEXT, article.get().text())));
        };
    }
}
