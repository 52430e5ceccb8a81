package dev.newsdrop.cli;

import dev.newsdrop.local.LocalPipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.concurrent.Callable;

/** {@code newsdrop redrive}: moves the dead-lettered messages of a local stack back to its queue. */
@Command(name = "redrive",
        header = "dead-lettered messages of the local stack back to its queue",
        description = {"Moves the messages the local stack dead-lettered (DIR/dead-letter) back to its queue, "
                + "where the running stack processes them again.", ""})
final class RedriveCommand implements Callable<Integer> {

    @Option(names = "--data", paramLabel = "DIR", defaultValue = LocalCommand.DEFAULT_DATA_DIR,
            description = "the data folder of the local stack (default: ${DEFAULT-VALUE})")
    Path data;

    private final PrintStream out;

    RedriveCommand(PrintStream out) {
        this.out = out;
    }

    @Override
    public Integer call() {
        out.println("redriven: " + LocalPipeline.redrive(data) + " messages back to the queue");
        return 0;
    }
}
