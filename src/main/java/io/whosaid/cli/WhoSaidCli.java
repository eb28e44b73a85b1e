package io.whosaid.cli;

import java.util.Set;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The command-line client, in the service's own jar. It talks to a running service over HTTP: {@link
 * io.whosaid.app.Main} hands it the command line before Quarkus starts, so a client run opens no port and no store.
 * Only {@code ingest --direct} starts the service, in this process and for this run alone ({@link InProcessService}).
 */
@Command(
        name = "whosaid",
        mixinStandardHelpOptions = true,
        version = "WhoSaid command-line client",
        description =
                "Without a command (or with 'serve') the jar starts the service; with one of these it is a client.",
        subcommands = {IngestCommand.class, CommandLine.HelpCommand.class})
public final class WhoSaidCli {

    private static final Set<String> CLIENT_WORDS = Set.of("ingest", "help", "-h", "--help", "-V", "--version");

    private WhoSaidCli() {}

    /** Whether a command line is for the client (else it starts the service). */
    public static boolean handles(String... args) {
        return args.length > 0 && CLIENT_WORDS.contains(args[0]);
    }

    public static CommandLine commandLine(InProcessService inProcess) {
        CommandLine cli = new CommandLine(new WhoSaidCli()).setCaseInsensitiveEnumValuesAllowed(true);
        ((IngestCommand) cli.getSubcommands().get("ingest").getCommand()).inProcess = inProcess;
        return cli;
    }

    /** Runs a client command line; the answer is the process's exit code. */
    public static int run(InProcessService inProcess, String... args) {
        return commandLine(inProcess).execute(args);
    }
}
