package dev.sourced.cli;

import dev.sourced.index.ModelRuntime;
import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;

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
        ModelRuntime.preload();
        Quarkus.run(Commands.class, (status, failure) -> {
            evalCorpus.cleanUp();
            if (failure != null) {
                failure.printStackTrace();
            }
            System.exit(status);
        }, args);
    }
}
