package dev.sourced.answer;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The generators a caller may choose by name: the configured one, first, and the extractive one, which is always
 * there (it is the language model's fallback too). A surface whose callers name a generator (the OpenAI-compatible
 * API's {@code model}) asks here and hands the choice to {@link Asker}.
 */
public final class Generators {
    private final Map<String, AnswerGenerator> byName = new LinkedHashMap<>();

    /** @param generators the configured generator first; a later one of the same name is left out */
    public Generators(List<AnswerGenerator> generators) {
        if (generators.isEmpty()) {
            throw new IllegalArgumentException("at least the configured generator is needed");
        }
        generators.forEach(g -> byName.putIfAbsent(g.name(), g));
    }

    /** The generator that answers when the caller does not choose. */
    public AnswerGenerator configured() {
        return byName.values().iterator().next();
    }

    /** Their names, the configured one's first. */
    public List<String> names() {
        return List.copyOf(byName.keySet());
    }

    public Optional<AnswerGenerator> named(String name) {
        return Optional.ofNullable(byName.get(name));
    }
}
