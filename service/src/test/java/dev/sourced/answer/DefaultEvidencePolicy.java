package dev.sourced.answer;

import io.smallrye.config.WithDefault;
import java.lang.reflect.RecordComponent;

/**
 * The evidence policy as the service configures it by default, for tests and benchmarks that build the extractive
 * generator by hand: each component takes the default written on the {@link AnswerConfig.Extractive} method of its
 * name, so that a changed default reaches them with nothing copied.
 */
public final class DefaultEvidencePolicy {
    private DefaultEvidencePolicy() {}

    public static EvidencePolicy configured() {
        RecordComponent[] components = EvidencePolicy.class.getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        try {
            for (int i = 0; i < components.length; i++) {
                WithDefault configured = AnswerConfig.Extractive.class
                        .getMethod(components[i].getName())
                        .getAnnotation(WithDefault.class);
                types[i] = components[i].getType();
                values[i] = Double.parseDouble(configured.value());
            }
            return EvidencePolicy.class.getDeclaredConstructor(types).newInstance(values);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException("EvidencePolicy and AnswerConfig.Extractive no longer match", e);
        }
    }
}
