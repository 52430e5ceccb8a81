package dev.newsdrop.bench;

import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * One build of the extraction engine, loaded in a class loader of its own (its own jsoup too), so
 * that several builds run side by side in one JVM. All the reflection of {@code bench-builds} is here.
 *
 * <p>A build is a self-contained jar (the functions module's {@code -lambda.jar}), or a folder of
 * compiled classes, whose dependencies are then the jars this command itself runs with (other than
 * newsdrop's own, so that every newsdrop class comes from the folder).
 */
final class ExtractorBuild implements AutoCloseable {

    static final String EXTRACTOR = "dev.newsdrop.extract.ArticleExtractor";
    private static final String PAGE_INPUT = "dev.newsdrop.extract.PageInput";
    private static final String JSOUP = "org.jsoup.Jsoup";

    /** A build that cannot be loaded: what is wrong with it, for the user. */
    static final class Unusable extends Exception {
        Unusable(String message) {
            super(message);
        }
    }

    final String label;
    final Path path;
    private final URLClassLoader loader;
    private final Object extractor;
    private final Method extract;
    private final Constructor<?> pageInput;
    private final Method jsoupParse;
    private final String version;

    private ExtractorBuild(String label, Path path, URLClassLoader loader) throws Unusable {
        this.label = label;
        this.path = path;
        this.loader = loader;
        Class<?> extractorClass = load(EXTRACTOR, "no " + EXTRACTOR + " in it");
        Class<?> pageInputClass = load(PAGE_INPUT, "no " + PAGE_INPUT + " in it");
        Class<?> jsoup = load(JSOUP, "no jsoup in it (not a self-contained Lambda jar?)");
        try {
            extractor = extractorClass.getConstructor().newInstance();
            extract = extractorClass.getMethod("extract", pageInputClass);
            pageInput = pageInputClass.getConstructor(byte[].class, String.class, String.class, String.class);
            jsoupParse = jsoup.getMethod("parse", InputStream.class, String.class, String.class);
        } catch (ReflectiveOperationException | LinkageError e) {
            throw new Unusable(label + "=" + path + ": its extractor cannot be used: " + e);
        }
        String v;
        try {
            v = String.valueOf(extractorClass.getField("VERSION").get(null));
        } catch (ReflectiveOperationException e) {
            v = "?";
        }
        version = v;
    }

    /** Loads the build at {@code path} (a jar, or a folder of classes). */
    static ExtractorBuild load(String label, Path path) throws Unusable {
        if (!Files.exists(path)) {
            throw new Unusable(label + "=" + path + ": no such jar or folder");
        }
        List<URL> urls = new ArrayList<>();
        try {
            urls.add(path.toUri().toURL());
            if (Files.isDirectory(path)) {
                for (String entry : System.getProperty("java.class.path", "").split(File.pathSeparator)) {
                    Path dependency = Path.of(entry);
                    String name = dependency.getFileName() == null ? "" : dependency.getFileName().toString();
                    if (name.endsWith(".jar") && !name.startsWith("newsdrop-") && Files.isRegularFile(dependency)) {
                        urls.add(dependency.toUri().toURL());
                    }
                }
            }
        } catch (IOException e) {
            throw new Unusable(label + "=" + path + ": " + e.getMessage());
        }
        URLClassLoader loader = new URLClassLoader("build " + label, urls.toArray(URL[]::new),
                ClassLoader.getPlatformClassLoader());
        try {
            return new ExtractorBuild(label, path, loader);
        } catch (Unusable | RuntimeException e) {
            closeQuietly(loader);
            throw e;
        }
    }

    /** The build's {@code ArticleExtractor.VERSION}, {@code ?} if it has none. */
    String version() {
        return version;
    }

    /** The loader of the build's extractor: this build's own, never the command's. */
    ClassLoader extractorLoader() {
        return extractor.getClass().getClassLoader();
    }

    /** The build's full extraction of a page's bytes; its result, to keep the work from being optimised away. */
    Object extract(byte[] page) {
        try {
            return extract.invoke(extractor, pageInput.newInstance(page, null, null, null));
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(label + ": extraction failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(label + ": " + e, e);
        }
    }

    /** The build's jsoup parsing a page's bytes, charset sniffed as jsoup does: the floor. */
    Object parse(byte[] page) {
        try {
            return jsoupParse.invoke(null, new ByteArrayInputStream(page), null, "");
        } catch (InvocationTargetException e) {
            throw new IllegalStateException(label + ": jsoup failed: " + e.getCause(), e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(label + ": " + e, e);
        }
    }

    private Class<?> load(String name, String missing) throws Unusable {
        try {
            return Class.forName(name, false, loader);
        } catch (ClassNotFoundException | LinkageError e) {
            throw new Unusable(label + "=" + path + ": " + missing);
        }
    }

    @Override
    public void close() {
        closeQuietly(loader);
    }

    private static void closeQuietly(URLClassLoader loader) {
        try {
            loader.close();
        } catch (IOException ignored) {
            // nothing left to release
        }
    }
}
