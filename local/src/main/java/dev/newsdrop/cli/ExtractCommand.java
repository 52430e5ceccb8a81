package dev.newsdrop.cli;

import dev.newsdrop.archive.ArchiveFile;
import dev.newsdrop.archive.ArchivedPage;
import dev.newsdrop.archive.Archives;
import dev.newsdrop.archive.WarcScanner;
import dev.newsdrop.config.Settings;
import dev.newsdrop.extract.ArticleExtractor;
import dev.newsdrop.extract.PageInput;
import dev.newsdrop.json.RecordJson;
import dev.newsdrop.local.AtomicFiles;
import dev.newsdrop.model.ArticleRecord;
import dev.newsdrop.model.SourceObject;
import dev.newsdrop.process.ArchivedRecords;
import dev.newsdrop.process.RecordMaker;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

import java.io.IOException;
import java.io.PrintStream;
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
        header = "the record of one page (.html, .htm, .html.gz) as JSON; with --out, DIR/<name>.json per page "
                + "(per archived page for a .warc or .warc.gz)",
        description = {"Prints the record of one page file as JSON, made exactly as the processing function makes it "
                + "from an S3 object. With --out it writes DIR/<name>.json for each page and goes on past a file it "
                + "cannot read, naming it; the exit status is then 1. A web archive (.warc, .warc.gz) needs --out: "
                + "it writes DIR/<name>-<offset>.json per archived HTML page.", ""})
final class ExtractCommand implements Callable<Integer> {

    /** Endings dropped from a page's file name to name its record file. */
    private static final Pattern PAGE_ENDING = Pattern.compile("(?i)(\\.html?|\\.warc)?(\\.gz)?$");

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
        if (outDir == null) {
            try {
                if (isArchive(files.get(0))) {
                    throw new ParameterException(spec.commandLine(), "a web archive needs --out DIR (a record per page)");
                }
            } catch (IOException unreadable) {
                // printOne names the file and the error
            }
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
                if (isArchive(file)) {
                    writeArchive(file, outDir);
                    continue;
                }
                ArticleRecord record = record(file, url);
                Path target = outDir.resolve(recordName(file) + ".json");
                AtomicFiles.writeString(target, RecordJson.write(record, true));
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

    private static boolean isArchive(Path file) throws IOException {
        if (Archives.isArchiveKey(file.getFileName().toString())) {
            return true;
        }
        try (var in = Files.newInputStream(file)) {
            return Archives.startsLikeWarc(in.readNBytes(Archives.HEAD_BYTES));
        }
    }

    /** One JSON file per archived HTML page, as the processing function would make its record. */
    private void writeArchive(Path file, Path outDir) throws IOException {
        ArchiveFile archive = new ArchiveFile(file);
        ArchivedRecords archived = new ArchivedRecords(records, Settings.DEFAULT_MAX_OBJECT_BYTES);
        String name = file.getFileName().toString();
        long[] counts = new long[3];
        IOException[] failure = new IOException[1];
        new WarcScanner(archive).scan(0, entry -> {
            switch (entry.verdict()) {
                case SKIPPED -> counts[1]++;
                case DAMAGED -> {
                    counts[2]++;
                    err.println("newsdrop extract: " + file + ": damaged record at offset " + entry.offset() + ": "
                            + entry.reason());
                }
                case PAGE -> {
                    counts[0]++;
                    ArchivedPage page = new ArchivedPage(null, name, null, entry.offset(), entry.length(),
                            entry.targetUri(), entry.date(), entry.recordId(), entry.charset());
                    try {
                        ArticleRecord record = archived.make(page, archive.read(entry.offset(),
                                (int) Math.min(entry.length(), Integer.MAX_VALUE - 8)));
                        AtomicFiles.writeString(outDir.resolve(recordName(file) + "-" + entry.offset() + ".json"),
                                RecordJson.write(record, true));
                    } catch (IOException e) {
                        failure[0] = e;
                        return false;
                    }
                }
            }
            return true;
        });
        if (failure[0] != null) {
            throw failure[0];
        }
        err.println(file + " -> " + outDir + " (" + counts[0] + " pages, " + counts[1] + " records skipped, "
                + counts[2] + " damaged)");
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
