package dev.sourced.openai;

import com.fasterxml.jackson.annotation.JsonProperty;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;

/** {@code GET /v1/models} and {@code GET /v1/models/{id}}: the generators a chat client may name as its model. */
@Path("/v1/models")
@Produces(MediaType.APPLICATION_JSON)
public class ModelsResource {
    /**
     * When the service started: OpenAI gives each model the time it was created, and a generator of this service
     * exists as long as it runs.
     */
    private static final long CREATED = Instant.now().getEpochSecond();

    private final Models models;

    public ModelsResource(Models models) {
        this.models = models;
    }

    @GET
    @Operation(summary = "The models (answer generators) the OpenAI-compatible API offers")
    public ModelList list() {
        return new ModelList(
                "list", models.ids().stream().map(ModelsResource::model).toList());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "One model, or 404 model_not_found")
    public Model one(@PathParam("id") String id) {
        return model(models.requireOffered(id));
    }

    private static Model model(String id) {
        return new Model(id, "model", CREATED, "sourced");
    }

    record ModelList(String object, List<Model> data) {}

    record Model(
            String id,
            String object,
            long created,
            @JsonProperty("owned_by") String ownedBy) {}
}
