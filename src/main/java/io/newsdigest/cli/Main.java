package io.newsdigest.cli;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/** The local command line: the same parsing and engine as the Lambda functions, on files. */
@Command(name = "news-digest", mixinStandardHelpOptions = true, version = "news-digest 1.0.0",
        description = "Groups a day's news articles into stories: what the sources agree on, where they differ.",
        subcommands = {ParseCommand.class, SentencesCommand.class, DigestCommand.class, BenchCommand.class,
                CommandLine.HelpCommand.class})
public final class Main {

    public static void main(String[] args) {
        System.exit(run(args));
    }

    /** Runs the command line and returns the exit status: 0 done, 1 nothing could be done, 2 usage error. */
    public static int run(String... args) {
        CommandLine cli = new CommandLine(new Main());
        cli.setExecutionExceptionHandler((e, cmd, parsed) -> {
            cmd.getErr().println("news-digest: " + e.getMessage());
            return 1;
        });
        return cli.execute(args);
    }
}
