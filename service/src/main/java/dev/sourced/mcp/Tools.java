package dev.sourced.mcp;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.sourced.answer.Answer;
import dev.sourced.answer.Asker;
import dev.sourced.answer.Citation;
import dev.sourced.answer.Detail;
import dev.sourced.answer.InvalidQuestionException;
import dev.sourced.answer.OverloadedException;
import dev.sourced.answer.Question;
import dev.sourced.answer.ReaderLinks;
import dev.sourced.index.IndexNotReadyException;
import dev.sourced.retrieval.Hit;
import dev.sourced.retrieval.Search;
import io.modelcontextprotocol.common.McpTransportContext;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.server.McpStatelessServerFeatures.SyncToolSpecification;
import io.modelcontextprotocol.spec.McpSchema;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.jboss.logging.Logger;

/**
 * The MCP tools: {@code search} (the passages {@code /api/search} gives) and {@code ask} (the cited answer
 * {@code /api/ask} gives), each with its result as structured content under an output schema, and as text for
 * clients that read only text. Their arguments are checked against the input schemas by the SDK; what the schemas
 * cannot say (a blank question), a full bulkhead and an index not ready are tool errors ({@code isError}) with the
 * message, as the protocol asks, never a failed request. Links are absolute: an agent cannot follow one relative to a
 * service it does not know the address of.
 */
@ApplicationScoped
public class Tools {
    static final String BASE_URI = "sourced.base-uri";
    private static final Logger LOG = Logger.getLogger(Tools.class);
    private static final TypeReference<Map<String, Object>> MAP = new TypeReference<>() {};

    private static final String SEARCH_INPUT = """
            {"type": "object",
             "properties": {
               "query": {"type": "string", "minLength": 1, "maxLength": 1000, "description": "what to search for"},
               "k": {"type": "integer", "minimum": 1, "maximum": 50, "description": "how many passages (default 5)"}},
             "required": ["query"], "additionalProperties": false}""";
    private static final String SEARCH_OUTPUT = """
            {"type": "object",
             "properties": {
               "query": {"type": "string"},
               "results": {"type": "array", "items": {"type": "object",
                 "properties": {
                   "articleId": {"type": "string"}, "chunkId": {"type": "string"}, "title": {"type": "string"},
                   "date": {"type": "string", "format": "date"}, "outlet": {"type": "string"},
                   "text": {"type": "string"}, "start": {"type": "integer"}, "end": {"type": "integer"},
                   "score": {"type": "number"}, "url": {"type": "string"}},
                 "required": ["articleId", "chunkId", "text", "start", "end", "score", "url"]}}},
             "required": ["query", "results"]}""";
    private static final String ASK_INPUT = """
            {"type": "object",
             "properties": {
               "question": {"type": "string", "minLength": 1, "maxLength": 1000, "description": "the question"},
               "k": {"type": "integer", "minimum": 1, "maximum": 50,
                     "description": "how many passages the answer may draw on (default 10)"},
               "detail": {"type": "string", "enum": ["brief", "standard", "full"],
                          "description": "how long an overview answer may be (default standard)"}},
             "required": ["question"], "additionalProperties": false}""";
    private static final String ASK_OUTPUT = """
            {"type": "object",
             "properties": {
               "question": {"type": "string"},
               "answer": {"type": "string", "description": "the answer, each claim marked [n] with its citation"},
               "answered": {"type": "boolean", "description": "false when the articles do not say"},
               "generator": {"type": "string"},
               "citations": {"type": "array", "items": {"type": "object",
                 "properties": {
                   "n": {"type": "integer"}, "source": {"type": "string", "description": "the article id"},
                   "title": {"type": "string"}, "chunkId": {"type": "string"}, "text": {"type": "string"},
                   "start": {"type": "integer"}, "end": {"type": "integer"}, "score": {"type": "number"},
                   "url": {"type": "string"}, "published": {"type": "string", "format": "date"},
                   "outlet": {"type": "string"}},
                 "required": ["n", "source", "text", "start", "end", "url"]}}},
             "required": ["question", "answer", "answered", "generator", "citations"]}""";

    private final Asker asker;
    private final ReaderLinks links;
    private final ObjectMapper objects;

    public Tools(Asker asker, ReaderLinks links, ObjectMapper objects) {
        this.asker = asker;
        this.links = links;
        this.objects = objects;
    }

    SyncToolSpecification search(McpJsonMapper json) {
        return tool(
                json,
                "search",
                "Search the news archive",
                "The passages of news articles that best match a query, best first, each with its article, date and a"
                        + " link to it in the article reader.",
                SEARCH_INPUT,
                SEARCH_OUTPUT,
                (arguments, base) -> {
                    Question question = new Question((String) arguments.get("query"));
                    Search.Result result = asker.search(question, integer(arguments, "k", Search.DEFAULT_RESULTS));
                    List<Map<String, Object>> results = new ArrayList<>();
                    StringBuilder text = new StringBuilder();
                    for (Hit hit : result.hits()) {
                        String url = base.resolve(links.passage(
                                        hit.articleId(),
                                        hit.chunk().start(),
                                        hit.chunk().end()))
                                .toString();
                        results.add(passage(hit, url));
                        text.append(results.size())
                                .append(". ")
                                .append(hit.title() == null ? hit.articleId() : hit.title())
                                .append(hit.date() == null ? "" : " (" + hit.date() + ")")
                                .append(": ")
                                .append(url)
                                .append("\n   ")
                                .append(hit.chunk().text().strip())
                                .append("\n");
                    }
                    Map<String, Object> structured = new LinkedHashMap<>();
                    structured.put("query", question.text());
                    structured.put("results", results);
                    return result(
                            structured,
                            results.isEmpty()
                                    ? "No passages match."
                                    : text.toString().strip());
                });
    }

    SyncToolSpecification ask(McpJsonMapper json) {
        return tool(
                json,
                "ask",
                "Ask the news archive",
                "Answers a question from news articles only: every claim is marked [n] and cited with the verbatim"
                        + " passage it rests on, its article and a link to it. When the articles do not say,"
                        + " 'answered' is false and the citations are the nearest passages.",
                ASK_INPUT,
                ASK_OUTPUT,
                (arguments, base) -> {
                    Question question = new Question((String) arguments.get("question"));
                    Answer answer = asker.ask(
                            question, integer(arguments, "k", Asker.DEFAULT_PASSAGES), null, Detail.named((String)
                                    arguments.get("detail")));
                    List<Map<String, Object>> citations = new ArrayList<>();
                    StringBuilder text = new StringBuilder(answer.text());
                    if (!answer.citations().isEmpty()) {
                        text.append("\n\n").append(answer.answered() ? "Sources:" : "Nearest passages:");
                    }
                    for (Citation c : answer.citations()) {
                        Map<String, Object> cited = objects.convertValue(c, MAP);
                        cited.values().removeIf(v -> v == null);
                        String url = c.link(base);
                        cited.put("url", url);
                        citations.add(cited);
                        text.append("\n- ")
                                .append(c.marker())
                                .append(" ")
                                .append(c.heading())
                                .append(c.published() == null ? "" : " (" + c.published() + ")")
                                .append(": ")
                                .append(url);
                    }
                    Map<String, Object> structured = new LinkedHashMap<>();
                    structured.put("question", question.text());
                    structured.put("answer", answer.text());
                    structured.put("answered", answer.answered());
                    structured.put("generator", answer.generator());
                    structured.put("citations", citations);
                    return result(structured, text.toString());
                });
    }

    /** A search result: the fields the output schema names, those the article does not give left out. */
    private static Map<String, Object> passage(Hit hit, String url) {
        Map<String, Object> passage = new LinkedHashMap<>();
        passage.put("articleId", hit.articleId());
        passage.put("chunkId", hit.chunk().id());
        putPresent(passage, "title", hit.title());
        putPresent(passage, "date", hit.date() == null ? null : hit.date().toString());
        putPresent(passage, "outlet", hit.provenance().outlet());
        passage.put("text", hit.chunk().text());
        passage.put("start", hit.chunk().start());
        passage.put("end", hit.chunk().end());
        passage.put("score", hit.score());
        passage.put("url", url);
        return passage;
    }

    /**
     * A read-only tool of the archive: {@code call} gets the arguments the input schema has checked and the address
     * the client called, which its links are made absolute against.
     */
    private static SyncToolSpecification tool(
            McpJsonMapper json,
            String name,
            String title,
            String description,
            String input,
            String output,
            BiFunction<Map<String, Object>, URI, McpSchema.CallToolResult> call) {
        McpSchema.Tool tool = McpSchema.Tool.builder()
                .name(name)
                .title(title)
                .description(description)
                .inputSchema(json, input)
                .outputSchema(json, output)
                .annotations(new McpSchema.ToolAnnotations(null, true, false, true, false, null))
                .build();
        return new SyncToolSpecification(
                tool, (context, request) -> guarded(request, arguments -> call.apply(arguments, base(context))));
    }

    /** A result as structured content, and as text for clients that read only text. */
    private static McpSchema.CallToolResult result(Map<String, Object> structured, String text) {
        return McpSchema.CallToolResult.builder()
                .structuredContent(structured)
                .addTextContent(text)
                .isError(false)
                .build();
    }

    /** The tool's result, or a tool error for what the caller can act on; an unexpected failure is logged once. */
    private static McpSchema.CallToolResult guarded(
            McpSchema.CallToolRequest request, Function<Map<String, Object>, McpSchema.CallToolResult> tool) {
        try {
            return tool.apply(request.arguments() == null ? Map.of() : request.arguments());
        } catch (InvalidQuestionException | OverloadedException | IndexNotReadyException e) {
            LOG.infof("tool %s rejected (%s): %s", request.name(), e.getClass().getSimpleName(), e.getMessage());
            return error(e.getMessage());
        } catch (RuntimeException e) {
            LOG.errorf(e, "tool %s failed", request.name());
            return error("internal error");
        }
    }

    private static McpSchema.CallToolResult error(String message) {
        return McpSchema.CallToolResult.builder()
                .addTextContent(message)
                .isError(true)
                .build();
    }

    /** An integer the input schema has checked, or {@code fallback} when it is not given. */
    private static int integer(Map<String, Object> arguments, String name, int fallback) {
        return arguments.get(name) instanceof Number n ? n.intValue() : fallback;
    }

    private static void putPresent(Map<String, Object> map, String key, Object value) {
        if (value != null) {
            map.put(key, value);
        }
    }

    private static URI base(McpTransportContext context) {
        return context.get(BASE_URI) instanceof URI uri ? uri : URI.create("/");
    }
}
