package io.whosaid.app;

import io.quarkus.runtime.Quarkus;
import io.quarkus.runtime.annotations.QuarkusMain;
import io.whosaid.cli.WhoSaidCli;
import java.util.Arrays;

/**
 * The jar's entry point. With no arguments (or {@code serve}) it starts the service, as it always did; with a client
 * command ({@code ingest}, {@code help}) it runs the command-line client instead, before anything of Quarkus starts:
 * the client must not open the service's HTTP port or its embedded Neo4j store, which a running service holds. Only
 * {@code ingest --direct} starts the service, in this process for its run ({@link DirectService}).
 */
@QuarkusMain
public class Main {

    public static void main(String... args) {
        if (WhoSaidCli.handles(args)) {
            DirectService.exit(WhoSaidCli.run(new DirectService(System.err), args));
            return;
        }
        Quarkus.run(args.length > 0 && args[0].equals("serve") ? Arrays.copyOfRange(args, 1, args.length) : args);
    }
}
