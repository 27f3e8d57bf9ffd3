package dev.sourced.openai;

import static dev.sourced.edge.RejectedRequestException.echoed;

import dev.sourced.answer.AnswerGenerator;
import dev.sourced.answer.Generators;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/**
 * The models the OpenAI-compatible API offers: one per generator a caller may choose, {@code sourced-<generator>}
 * ({@code sourced-extractive} always; {@code sourced-llm} when the language model is configured), the configured
 * generator's first. A request without a model gets the configured generator.
 */
@ApplicationScoped
public class Models {
    static final String PREFIX = "sourced-";

    private final Generators generators;

    public Models(Generators generators) {
        this.generators = generators;
    }

    /** The model ids, the configured generator's first. */
    List<String> ids() {
        return generators.names().stream().map(Models::id).toList();
    }

    /** @throws OpenAiRejection 404 {@code model_not_found} for a model that is not offered */
    AnswerGenerator generator(String model) {
        if (model == null || model.isBlank()) {
            return generators.configured();
        }
        Optional<AnswerGenerator> named =
                model.startsWith(PREFIX) ? generators.named(model.substring(PREFIX.length())) : Optional.empty();
        return named.orElseThrow(() -> notFound(model));
    }

    /** @throws OpenAiRejection 404 {@code model_not_found} for a model that is not offered */
    String requireOffered(String model) {
        if (!ids().contains(model)) {
            throw notFound(model);
        }
        return model;
    }

    /** The model id of the generator named {@code generator} ("extractive", "llm"). */
    static String id(String generator) {
        return PREFIX + generator;
    }

    private OpenAiRejection notFound(String model) {
        return new OpenAiRejection(
                404,
                "the model '" + echoed(model) + "' does not exist: use one of " + String.join(", ", ids()),
                "model",
                "model_not_found");
    }
}
