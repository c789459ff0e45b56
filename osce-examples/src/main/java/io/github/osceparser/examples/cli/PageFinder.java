package io.github.osceparser.examples.cli;

import java.io.IOException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Turns the command's PATH arguments into the pages to parse, in the order of the output: the
 * arguments in the order given, and the files of a folder sorted by their path in it, so that two
 * runs write the same output. Only the list of files is held, never their content.
 */
final class PageFinder {
    private final PageFormats formats;
    private final SkippedFiles skipped = new SkippedFiles();

    PageFinder(PageFormats formats) {
        this.formats = formats;
    }

    /**
     * The pages the arguments name.
     *
     * @param arguments files, folders, or {@code -} for standard input
     * @return the pages, in output order
     * @throws NoSuchFileException if an argument names nothing; its message lists every such argument
     * @throws IOException if a folder cannot be walked at all
     */
    List<PageInput> find(List<String> arguments) throws IOException {
        List<String> missing = arguments.stream()
                .filter(argument -> !argument.equals("-") && !Files.exists(Path.of(argument)))
                .toList();
        if (!missing.isEmpty()) {
            throw new NoSuchFileException(String.join(", ", missing));
        }
        List<PageInput> pages = new ArrayList<>();
        for (String argument : arguments) {
            if (argument.equals("-")) {
                pages.add(new PageInput("-", null, formats.standardInput()));
            } else if (Files.isDirectory(Path.of(argument))) {
                pages.addAll(walk(Path.of(argument)));
            } else {
                Path file = Path.of(argument);
                formats.forFile(argument)
                        .ifPresentOrElse(
                                format -> pages.add(new PageInput(argument, file, format)),
                                () -> skipped.add(argument));
            }
        }
        return pages;
    }

    /** The files the arguments named or held that the command does not read. */
    SkippedFiles skipped() {
        return skipped;
    }

    private List<PageInput> walk(Path folder) throws IOException {
        List<PageInput> pages = new ArrayList<>();
        List<String> others = new ArrayList<>();
        Files.walkFileTree(folder, new SimpleFileVisitor<>() {
            @Override
            public FileVisitResult visitFile(Path file, BasicFileAttributes attributes) {
                if (attributes.isRegularFile()) {
                    String name = nameIn(folder, file);
                    formats.forFile(name)
                            .ifPresentOrElse(
                                    format -> pages.add(new PageInput(name, file, format)), () -> others.add(name));
                }
                return FileVisitResult.CONTINUE;
            }

            /** A folder or file that cannot be read stays in the list, so that reading it gives its error record. */
            @Override
            public FileVisitResult visitFileFailed(Path file, IOException e) {
                pages.add(new PageInput(nameIn(folder, file), file, formats.standardInput()));
                return FileVisitResult.CONTINUE;
            }
        });
        pages.sort(Comparator.comparing(PageInput::file));
        others.stream().sorted().forEach(skipped::add);
        return pages;
    }

    /** The file's path relative to the folder, with {@code /} between names on every system. */
    private static String nameIn(Path folder, Path file) {
        Path relative = folder.relativize(file);
        if (relative.toString().isEmpty()) {
            return folder.toString();
        }
        StringBuilder name = new StringBuilder();
        for (Path part : relative) {
            if (name.length() > 0) {
                name.append('/');
            }
            name.append(part);
        }
        return name.toString();
    }
}
