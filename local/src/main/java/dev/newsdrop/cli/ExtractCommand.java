package dev.newsdrop.cli;

import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.PageInput;
import dev.newsdrop.json.RecordJson;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.SourceObject;
import dev.newsdrop.process.RecordMaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.regex.Pattern;

/**
 * {@code newsdrop extract}: the records of page files, made exactly as the processing function makes
 * them from S3 objects. With {@code --out DIR} it writes one JSON file per page and goes on past a
 * file it cannot read, naming it; the exit status is 1 when any file failed.
 */
@Command(name = "extract",
        header = "the record of one page (.html, .htm, .html.gz) as JSON; with --out, DIR/<name>.json per page",
        description = {"Prints the record of one page file as JSON, made exactly as the processing function makes it "
                + "from an S3 object. With --out it writes DIR/<name>.json for each page and goes on past a file it "
                + "cannot read, naming it; the exit status is then 1.", ""})
final class ExtractCommand implements Callable<Integer> {

    /** Endings dropped from a page's file name to name its record file. */
    private static final Pattern PAGE_ENDING = Pattern.compile("(?i)(\\.html?)?(\\.gz)?$");

    @Spec
    CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", description = "the address the page came from: the record's url")
    String url;

    @Option(names = "--out", paramLabel = "DIR", description = "write DIR/<name>.json per page instead of printing")
    Path outDir;

    @Parameters(paramLabel = "FILE", arity = "1..*", description = "the page files; several need --out")
    List<Path> files;

    private final PrintStream out;
    private final PrintStream err;
    private final RecordMaker records = new RecordMaker(new ArticleExtractor(), Clock.systemUTC());

    ExtractCommand(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    @Override
    public Integer call() {
        if (outDir == null && files.size() > 1) {
            throw new ParameterException(spec.commandLine(), "several files need --out DIR");
        }
        return outDir == null ? printOne(files.get(0), url) : writeAll(files, url, outDir);
    }

    private int printOne(Path file, String url) {
        try {
            out.println(RecordJson.write(record(file, url), true));
            return 0;
        } catch (IOException e) {
            err.println("newsdrop extract: " + file + ": " + describe(e));
            return 1;
        }
    }

    private int writeAll(List<Path> files, String url, Path outDir) {
        try {
            Files.createDirectories(outDir);
        } catch (IOException e) {
            err.println("newsdrop extract: cannot create " + outDir + ": " + describe(e));
            return 1;
        }
        int failed = 0;
        for (Path file : files) {
            try {
                ArticleRecord record = record(file, url);
                Path target = outDir.resolve(recordName(file) + ".json");
                Files.writeString(target, RecordJson.write(record, true), StandardCharsets.UTF_8);
                err.println(file + " -> " + target + " (" + record.status() + ")");
            } catch (IOException e) {
                failed++;
                err.println("newsdrop extract: " + file + ": " + describe(e));
            }
        }
        if (failed > 0) {
            err.println("newsdrop extract: " + failed + " of " + files.size() + " files failed");
        }
        return failed == 0 ? 0 : 1;
    }

    private ArticleRecord record(Path file, String url) throws IOException {
        byte[] bytes = Files.readAllBytes(file);
        String name = file.getFileName().toString();
        SourceObject source = new SourceObject(null, name, null, null, bytes.length, null, null, null);
        return records.make(new PageInput(bytes, url, null, name), source);
    }

    static String recordName(Path file) {
        return PAGE_ENDING.matcher(file.getFileName().toString()).replaceFirst("");
    }

    private static String describe(IOException e) {
        return e instanceof NoSuchFileException ? "no such file" : e.getMessage();
    }
}
