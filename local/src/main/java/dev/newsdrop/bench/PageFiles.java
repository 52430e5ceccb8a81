package dev.newsdrop.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** Page files named on a command line: files as given, folders searched for .html and .html.gz pages. */
final class PageFiles {

    private PageFiles() {
    }

    static List<Path> expand(List<Path> args) throws IOException {
        List<Path> out = new ArrayList<>();
        for (Path p : args) {
            if (Files.isDirectory(p)) {
                try (Stream<Path> walk = Files.walk(p)) {
                    walk.filter(f -> {
                        String n = f.getFileName().toString();
                        return Files.isRegularFile(f) && (n.endsWith(".html") || n.endsWith(".html.gz") || n.endsWith(".htm"));
                    }).sorted().forEach(out::add);
                }
            } else {
                out.add(p);
            }
        }
        return out;
    }

    /** The page's id: its folder name for {@code <id>/source.html.gz}, else its file name without extensions. */
    static String idOf(Path file) {
        String name = file.getFileName().toString();
        if (name.startsWith("source.") && file.getParent() != null) {
            return file.getParent().getFileName().toString();
        }
        int dot = name.indexOf('.');
        return dot > 0 ? name.substring(0, dot) : name;
    }
}
