package dev.sourced.cli;

import io.quarkus.runtime.ApplicationLifecycleManager;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import java.util.function.BiConsumer;

/**
 * Entry point of the packaged service. With no argument (or {@code serve}) it serves HTTP; any other command runs
 * and exits without opening the HTTP port, so it works beside a running service.
 */
@QuarkusMain
public class SourcedMain {
    public static void main(String... args) {
        if (args.length > 0 && !"serve".equals(args[0])) {
            System.setProperty("quarkus.http.host-enabled", "false");
            System.setProperty("quarkus.log.console.stderr", "true");
            System.setProperty("quarkus.banner.enabled", "false");
        }
        EvalCorpus evalCorpus = EvalCorpus.configure(args);
        // The temporary index goes once the application has closed it; then Quarkus exits as it would have (a test
        // harness installs its own handler there instead of ending the JVM).
        BiConsumer<Integer, Throwable> exit = ApplicationLifecycleManager.getDefaultExitCodeHandler();
        Quarkus.run(
                Commands.class,
                (status, failure) -> {
                    evalCorpus.cleanUp();
                    exit.accept(status, failure);
                },
                args);
    }
}
