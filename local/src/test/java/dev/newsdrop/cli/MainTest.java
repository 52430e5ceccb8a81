package dev.newsdrop.cli;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Model.OptionSpec;
import picocli.CommandLine.Model.PositionalParamSpec;
import picocli.CommandLine.MissingParameterException;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The command line as a whole: the README shows what {@code --help} prints, and every command refuses
 * an unknown option and reports an option given without its value, with exit status 2, before it
 * runs. The commands and their options are read from the command line itself, so a command added
 * later is held to the same rules.
 */
class MainTest {

    private static final Path README = Path.of("../README.md");
    private static final String README_SECTION = "## The command line";

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    @TempDir
    Path tmp;

    @Test
    void help_isTheReadmesCommandLineSection() throws IOException {
        int status = run("--help");

        assertEquals(0, status, err());
        assertEquals(readmeBlock(), out().stripTrailing(),
                "the README's \"The command line\" block must be what ./newsdrop --help prints");
    }

    @Test
    void help_listsEveryCommandWithItsGeneratedSynopsis() {
        run("--help");

        for (String command : commands()) {
            assertTrue(out().contains("\n  newsdrop " + command + " ") || out().contains("\n  newsdrop " + command + "\n"),
                    command + " is listed:\n" + out());
        }
        assertTrue(out().contains("newsdrop predict --out DIR [--urls GT.json] FILE|DIR..."), out());
        assertTrue(out().contains("newsdrop score --gt GT.json [--per-page] DIR"), out());
    }

    @ParameterizedTest
    @MethodSource("commands")
    void commandHelp_printsItsUsageAndSucceeds(String command) {
        int status = run(command, "--help");

        assertEquals(0, status, err());
        assertTrue(out().contains("Usage: newsdrop " + command + " [-h]"), out());
        assertTrue(out().contains("-h, --help"), out());
    }

    // The checks on every command parse without running it: a command that wrongly accepted its
    // arguments would otherwise start a local stack or a soak inside the test.

    @ParameterizedTest
    @MethodSource("commands")
    void unknownOption_isRefused(String command) {
        List<String> args = new ArrayList<>(List.of(command, "--no-such-option"));
        args.addAll(requiredArguments(command));

        UnmatchedArgumentException e = assertThrows(UnmatchedArgumentException.class, () -> parse(args));
        assertEquals("Unknown option: '--no-such-option'", e.getMessage());
        assertEquals("newsdrop " + command, e.getCommandLine().getCommandSpec().qualifiedName());
    }

    @ParameterizedTest
    @MethodSource("optionsTakingAValue")
    void optionWithoutItsValue_isReported(String command, String option) {
        MissingParameterException e = assertThrows(MissingParameterException.class, () -> parse(List.of(command, option)));
        assertTrue(e.getMessage().startsWith("Missing required parameter for option '" + option + "'"), e.getMessage());
    }

    @ParameterizedTest
    @MethodSource("optionsTakingAValue")
    void optionFollowedByAnotherOption_isReportedAsMissingItsValue(String command, String option) {
        ParameterException e = assertThrows(ParameterException.class, () -> parse(List.of(command, option, "--help")));
        assertTrue(e.getMessage().startsWith("Expected parameter for option '" + option + "' but found '--help'"),
                e.getMessage());
    }

    @Test
    void usageError_exitsWith2_namingTheProblemAndTheCommandsSynopsis() {
        int status = run("score", "--no-such-option", "--gt", "gt.json", "predictions");

        assertEquals(2, status);
        assertEquals("""
                newsdrop score: Unknown option: '--no-such-option'
                Usage: newsdrop score [-h] --gt GT.json [--per-page] DIR
                'newsdrop score --help' shows its options.
                """, err());
        assertEquals("", out());
    }

    @Test
    void bench_refusesAnUnknownFlagRatherThanReadingItAsAFile() {
        int status = run("bench", "--jsn", "../events/pages/seed-article.html");

        assertEquals(2, status, err());
        assertTrue(err().contains("Unknown option: '--jsn'"), err());
    }

    @Test
    void predict_refusesAnUnknownFlagRatherThanReadingItAsAFile() {
        int status = run("predict", "--out", tmp.toString(), "--url", "gt.json", "../events/pages/seed-article.html");

        assertEquals(2, status, err());
        assertTrue(err().contains("Unknown option: '--url'"), err());
        assertTrue(isEmpty(tmp), "no prediction written");
    }

    @Test
    void predict_readsEachPagesUrlFromTheGroundTruthGivenWithUrls() throws IOException {
        Path truth = Files.writeString(tmp.resolve("gt.json"),
                "{\"seed-article\": {\"url\": \"https://lepoint24.example/a/\", \"articleBody\": \"x\"}}");
        Path predictions = tmp.resolve("pred");

        int status = run("predict", "--out", predictions.toString(), "--urls", truth.toString(),
                "../events/pages/seed-article.html");

        assertEquals(0, status, err() + out());
        assertTrue(Files.readString(predictions.resolve("seed-article.json")).contains("\"url\":\"https://lepoint24.example/a/\""));
    }

    @Test
    void predict_withoutOut_isAUsageError() {
        assertEquals(2, run("predict", "../events/pages/seed-article.html"));
        assertTrue(err().contains("Missing required option: '--out DIR'"), err());
    }

    @Test
    void score_withGtLastAndNoValue_isAUsageErrorNotACrash() {
        int status = run("score", tmp.toString(), "--gt");

        assertEquals(2, status, err());
        assertTrue(err().contains("Missing required parameter for option '--gt' (GT.json)"), err());
    }

    @Test
    void score_scoresAFolderOfPredictions() throws IOException {
        Path truth = Files.writeString(tmp.resolve("gt.json"),
                "{\"a\": {\"articleBody\": \"one two three four five\"}, \"b\": {\"articleBody\": \"six seven eight nine\"}}");
        Files.writeString(tmp.resolve("a.json"), "{\"text\": \"one two three four five\"}");

        int status = run("score", "--gt", truth.toString(), tmp.toString());

        assertEquals(0, status, err());
        assertEquals("pages=2 F1=0.6667 P=1.0000 R=0.5000", out().strip(), "b has no prediction: recall halves");
    }

    @Test
    void invoke_unknownFunction_isAUsageError() {
        int status = run("invoke", "process-everything", "../events/s3-put-seed.json");

        assertEquals(2, status, err());
        assertTrue(err().contains("no function 'process-everything'"), err());
    }

    @Test
    void invoke_withoutItsEventFile_isAUsageError() {
        assertEquals(2, run("invoke", "api"));
        assertTrue(err().contains("Missing required parameter: 'EVENT.json'"), err());
    }

    @Test
    void local_portOutOfRange_isRefusedBeforeAnythingStarts() {
        ParameterException e = assertThrows(ParameterException.class, () -> parse(List.of("local", "--port", "65534")));
        assertEquals("Invalid value for option '--port': '65534' is not a number from 1 to 65533", e.getMessage());
    }

    @Test
    void local_ingestEveryThatIsNoDuration_isRefused() {
        ParameterException e = assertThrows(ParameterException.class, () -> parse(List.of("local", "--ingest-every", "0s")));
        assertTrue(e.getMessage().startsWith("Invalid value for option '--ingest-every': '0s' is not a duration"),
                e.getMessage());
    }

    @Test
    void local_ingestEvery_readsShortAndIsoForms() {
        LocalCommand.Interval interval = new LocalCommand.Interval();

        assertEquals(java.time.Duration.ofSeconds(30), interval.convert("30s"));
        assertEquals(java.time.Duration.ofMinutes(15), interval.convert("15m"));
        assertEquals(java.time.Duration.ofHours(2), interval.convert("2H"));
        assertEquals(java.time.Duration.ofMinutes(15), interval.convert("PT15M"));
    }

    @Test
    void soak_pagesThatIsNoPositiveNumber_isRefused() {
        ParameterException notANumber = assertThrows(ParameterException.class, () -> parse(List.of("soak", "--pages", "many")));
        assertEquals("Invalid value for option '--pages': 'many' is not a positive number", notANumber.getMessage());
        ParameterException none = assertThrows(ParameterException.class, () -> parse(List.of("soak", "--pages", "0")));
        assertEquals("Invalid value for option '--pages': '0' is not a positive number", none.getMessage());
    }

    @Test
    void bench_runsThatIsNoPositiveNumber_isAUsageError() {
        assertEquals(2, run("bench", "--runs", "0", "../events/pages/seed-article.html"));
        assertTrue(err().startsWith("newsdrop bench: Invalid value for option '--runs': '0' is not a positive number"), err());
    }

    @Test
    void noCommand_printsTheUsageAsAUsageError() {
        assertEquals(2, run());
        assertTrue(err().contains("Usage: newsdrop [-h] COMMAND"), err());
    }

    @Test
    void unknownCommand_isNamedAsAUsageError() {
        assertEquals(2, run("frobnicate"));
        assertTrue(err().startsWith("newsdrop: unknown command 'frobnicate'"), err());
    }

    /** The names of every command, as the command line registers them. */
    static List<String> commands() {
        return List.copyOf(commandLine().getSubcommands().keySet());
    }

    /** Each command with each of its options that takes a value. */
    static Stream<org.junit.jupiter.params.provider.Arguments> optionsTakingAValue() {
        List<org.junit.jupiter.params.provider.Arguments> cases = new ArrayList<>();
        commandLine().getSubcommands().forEach((name, command) -> {
            for (OptionSpec option : command.getCommandSpec().options()) {
                if (option.arity().max() > 0) {
                    cases.add(org.junit.jupiter.params.provider.Arguments.of(name, option.longestName()));
                }
            }
        });
        assertFalse(cases.isEmpty());
        return cases.stream();
    }

    /** Values for a command's required options and parameters, so that only the unknown option is wrong. */
    private static List<String> requiredArguments(String command) {
        CommandSpec spec = commandLine().getSubcommands().get(command).getCommandSpec();
        List<String> args = new ArrayList<>();
        for (OptionSpec option : spec.options().stream().filter(OptionSpec::required).toList()) {
            args.add(option.longestName());
            args.add("x");
        }
        for (PositionalParamSpec parameter : spec.positionalParameters()) {
            for (int i = 0; i < parameter.arity().min(); i++) {
                args.add("x");
            }
        }
        return args;
    }

    /** The fenced block that follows the README's "The command line" heading. */
    private static String readmeBlock() throws IOException {
        String readme = Files.readString(README, StandardCharsets.UTF_8);
        int section = readme.indexOf("\n" + README_SECTION + "\n");
        assertTrue(section >= 0, "README has a section " + README_SECTION);
        int open = readme.indexOf("\n```\n", section);
        int close = readme.indexOf("\n```\n", open + 1);
        assertTrue(open > 0 && close > open, "the section holds a fenced block");
        return readme.substring(open + 5, close).stripTrailing();
    }

    /** Parses {@code args} as the command line would, without running any command. */
    private static void parse(List<String> args) {
        commandLine().parseArgs(args.toArray(String[]::new));
    }

    private static CommandLine commandLine() {
        PrintStream sink = new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8);
        return Main.commandLine(sink, sink);
    }

    private int run(String... args) {
        return Main.run(args, new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).replace(System.lineSeparator(), "\n");
    }

    private static boolean isEmpty(Path dir) {
        try (Stream<Path> entries = Files.list(dir)) {
            return entries.findAny().isEmpty();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
