package dev.newsdrop.cli;

import dev.newsdrop.bench.BenchBuildsCommand;
import dev.newsdrop.bench.BenchCommand;
import dev.newsdrop.bench.WarcBenchCommand;
import dev.newsdrop.bench.PredictionWriter;
import dev.newsdrop.bench.ScoreCommand;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Help;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.Callable;

/**
 * The {@code newsdrop} command line. The {@code ./newsdrop} launcher at the repository root runs it.
 *
 * <p>Every command is a picocli command: its options are typed, an unknown option or a missing value
 * is refused with exit status 2 before the command runs, and {@code newsdrop COMMAND --help} prints
 * the usage generated from the command's own declarations. {@code newsdrop --help} lists the
 * commands with those generated synopses; the README's "The command line" section shows the same
 * text (a test keeps the two equal).
 */
@Command(name = "newsdrop",
        synopsisSubcommandLabel = "COMMAND",
        description = {"Runs newsdrop on this machine: the whole pipeline, one handler, the extraction engine "
                + "and its benchmarks.", ""},
        commandListHeading = "%nCommands:%n",
        footer = "%n'newsdrop COMMAND --help' shows a command's options. "
                + "Exit status: 0 done, 1 failed, 2 usage error.")
public final class Main implements Callable<Integer> {

    /** Wide enough for a command's synopsis on one or two lines of a terminal. */
    static final int HELP_WIDTH = 100;

    /** Indent of a command's synopsis in the command list, and of its summary beneath it. */
    private static final String SYNOPSIS_INDENT = "  ";
    private static final String SUMMARY_INDENT = "      ";

    @Option(names = {"-h", "--help"}, usageHelp = true, description = "show this help and exit")
    boolean help;

    private final PrintStream err;
    private CommandLine self;

    private Main(PrintStream err) {
        this.err = err;
    }

    public static void main(String[] args) {
        // Plain, human logging on the command line; the Lambda configuration writes JSON lines.
        System.setProperty("log4j2.configurationFile", "log4j2-cli.xml");
        System.exit(run(args, System.out, System.err));
    }

    /** Runs the command line on {@code args}; the exit status: 0 done, 1 failed, 2 usage error. */
    static int run(String[] args, PrintStream out, PrintStream err) {
        return commandLine(out, err).execute(args);
    }

    /** The command line with every command, writing to {@code out} and {@code err}. */
    static CommandLine commandLine(PrintStream out, PrintStream err) {
        Main main = new Main(err);
        CommandLine cli = new CommandLine(main)
                .addSubcommand(new LocalCommand(out, err))
                .addSubcommand(new InvokeCommand(out, err))
                .addSubcommand(new ExtractCommand(out, err))
                .addSubcommand(new SoakCommand(out, err))
                .addSubcommand(new RedriveCommand(out))
                .addSubcommand(new ReprocessCommand(out, err))
                .addSubcommand(new BenchCommand(out))
                .addSubcommand(new BenchBuildsCommand(out))
                .addSubcommand(new WarcBenchCommand(out))
                .addSubcommand(new PredictionWriter(out))
                .addSubcommand(new ScoreCommand(out))
                .addSubcommand(new ColdStartCommand());
        main.self = cli;
        for (CommandLine command : cli.getSubcommands().values()) {
            CommandSpec spec = command.getCommandSpec();
            spec.usageMessage().sortOptions(false).sortSynopsis(false);
            if (spec.options().stream().noneMatch(OptionSpec::usageHelp)) {
                spec.addOption(OptionSpec.builder("-h", "--help").usageHelp(true)
                        .description("show this help and exit").build());
            }
        }
        cli.getHelpSectionMap().put(CommandLine.Model.UsageMessageSpec.SECTION_KEY_COMMAND_LIST,
                help -> commandList(help.commandSpec().commandLine()));
        cli.setOut(new PrintWriter(out, true, StandardCharsets.UTF_8));
        cli.setErr(new PrintWriter(err, true, StandardCharsets.UTF_8));
        cli.setColorScheme(Help.defaultColorScheme(Help.Ansi.OFF));
        cli.setUsageHelpWidth(HELP_WIDTH);
        cli.setSeparator(" ");
        cli.setParameterExceptionHandler(Main::usageError);
        cli.setExecutionExceptionHandler((e, failed, parsed) -> {
            failed.getErr().println(failed.getCommandSpec().qualifiedName() + ": " + e);
            return failed.getCommandSpec().exitCodeOnExecutionException();
        });
        return cli;
    }

    /**
     * A command given arguments it cannot take: what is wrong, then the command's synopsis (the whole
     * usage when no command was recognised), on the error stream; exit status 2.
     */
    private static int usageError(ParameterException e, String[] args) {
        CommandLine failed = e.getCommandLine();
        PrintWriter err = failed.getErr();
        CommandSpec spec = failed.getCommandSpec();
        boolean topLevel = spec.parent() == null;
        String problem = e.getMessage();
        if (topLevel && e instanceof UnmatchedArgumentException unmatched && !unmatched.getUnmatched().isEmpty()
                && !unmatched.getUnmatched().get(0).startsWith("-")) {
            problem = "unknown command '" + unmatched.getUnmatched().get(0) + "'";
        }
        err.println(spec.qualifiedName() + ": " + problem);
        if (topLevel) {
            failed.usage(err);
        } else {
            err.print(failed.getHelp().synopsisHeading() + failed.getHelp().synopsis(failed.getHelp().synopsisHeadingLength()));
            err.println("'" + spec.qualifiedName() + " --help' shows its options.");
        }
        err.flush();
        return spec.exitCodeOnInvalidInput();
    }

    /** No command given: the usage, on the error stream, as a usage error. */
    @Override
    public Integer call() {
        err.println("newsdrop: a command is needed");
        self.usage(err, Help.Ansi.OFF);
        return self.getCommandSpec().exitCodeOnInvalidInput();
    }

    /**
     * Every command's generated synopsis with its one-line summary beneath: the list {@code --help}
     * prints, and the README repeats.
     */
    static String commandList(CommandLine cli) {
        StringBuilder list = new StringBuilder();
        for (CommandLine command : cli.getSubcommands().values()) {
            Help help = new SynopsisWithoutHelp(command.getCommandSpec(), cli.getColorScheme());
            String synopsis = help.detailedSynopsis(SYNOPSIS_INDENT.length(), null, false);
            list.append(SYNOPSIS_INDENT).append(synopsis.stripTrailing()).append(System.lineSeparator());
            for (String line : command.getCommandSpec().usageMessage().header()) {
                list.append(SUMMARY_INDENT).append(line).append(System.lineSeparator());
            }
        }
        return list.toString();
    }

    /** A command's synopsis without its {@code -h}: every command takes it, so the list leaves it out. */
    private static final class SynopsisWithoutHelp extends Help {

        SynopsisWithoutHelp(CommandSpec spec, ColorScheme colors) {
            super(spec, colors);
        }

        @Override
        protected Ansi.Text createDetailedSynopsisOptionsText(Collection<ArgSpec> done, List<OptionSpec> options,
                                                              Comparator<OptionSpec> order, boolean cluster) {
            return super.createDetailedSynopsisOptionsText(done,
                    options.stream().filter(o -> !o.usageHelp()).toList(), order, cluster);
        }
    }
}
