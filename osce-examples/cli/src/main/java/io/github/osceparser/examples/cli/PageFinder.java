package io.github.osceparser.examples.cli;

import java.io.IOException;
import java.nio.file.DirectoryIteratorException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;

/**
 * Turns the command's PATH arguments into the pages to parse, in the order of the output: the
 * arguments in the order given, and the files of a folder sorted by their path in it (as strings,
 * with {@code /} between names), so that two runs write the same output.
 *
 * <p>The walk is lazy: it lists one folder when it gets to it, and holds only the names in the
 * folders on the way from the argument down to the file it is at, never a list of the files found.
 * A folder's entries are sorted by their name, a sub-folder's name with {@code /} after it: as no
 * name holds a {@code /}, that puts every file of the sub-folder exactly where sorting all the paths
 * of the argument would, without listing them first.
 *
 * <p>Symbolic links are followed, to files and to folders, as {@code FOLLOW_LINKS} makes {@link
 * Files#walkFileTree} follow them: a folder given through a link, or linked from inside the walk,
 * is walked like any other. A link that leads back into a folder being walked (a loop) gives an
 * error record instead of being entered, and a link that leads nowhere gives the error record of a
 * missing file. Files that are neither regular files nor folders are passed over; a file or folder
 * that cannot be looked at or listed stays in the walk, so that reading it gives its error record.
 * A file named as an argument whose extension the command does not read gives an error record
 * (the user asked for it), where such a file found in a folder is only counted in {@link
 * #skipped()}.
 */
final class PageFinder {
    /** Ends the sort key of a sub-folder, as its files' paths go on with a {@code /} after its name. */
    private static final char FOLDER = '/';

    /**
     * Ends the sort key of an entry that cannot be looked at or listed: its error record sorts by its
     * bare name, and no name holds this character, so the key sorts as the name does.
     */
    private static final char UNREADABLE = '\0';

    private final PageFormats formats;
    private final SkippedFiles skipped = new SkippedFiles();

    PageFinder(PageFormats formats) {
        this.formats = formats;
    }

    /**
     * Checks, before any page is read, that every argument names something.
     *
     * @throws NoSuchFileException if an argument names nothing; its message lists every such argument
     */
    static void requireExisting(List<String> arguments) throws NoSuchFileException {
        List<String> missing = arguments.stream()
                .filter(argument -> !argument.equals("-") && !Files.exists(Path.of(argument)))
                .toList();
        if (!missing.isEmpty()) {
            throw new NoSuchFileException(String.join(", ", missing));
        }
    }

    /**
     * The pages the arguments name, found as the iterator is advanced. Iterating never throws for a
     * file: what cannot be read becomes a page whose reading fails.
     *
     * @param arguments files, folders, or {@code -} for standard input
     * @return the pages, in output order; files that are not pages are counted in {@link #skipped()}
     *     as the walk passes them
     */
    Iterator<PageInput> find(List<String> arguments) {
        return new Walk(arguments);
    }

    /**
     * How many pages the arguments name and whether web archives are among them: a walk that keeps
     * nothing but the counts, for the progress bar's end and the CSV header, run before the pages are
     * parsed.
     */
    static Census census(PageFormats formats, List<String> arguments) {
        Iterator<PageInput> pages = new PageFinder(formats).find(arguments);
        int count = 0;
        boolean archives = false;
        while (pages.hasNext()) {
            archives |= pages.next().format() instanceof WebArchiveFormat;
            count++;
        }
        return new Census(count, archives);
    }

    /**
     * What a walk found, counted.
     *
     * @param pages the page files, web archives and unreadable entries: one input each
     * @param archives whether any of them is a web archive
     */
    record Census(int pages, boolean archives) {}

    /** The files the arguments named or held that the command does not read; complete once the walk has ended. */
    SkippedFiles skipped() {
        return skipped;
    }

    /** The walk over the arguments: a stack of the folders it is in, each with its sorted entries. */
    private final class Walk implements Iterator<PageInput> {
        private final Iterator<String> arguments;
        /**
         * Whether files found in a folder are named with the folder argument before their path:
         * with several arguments, two folders holding the same names would give the same names.
         */
        private final boolean namedByArgument;

        private final Deque<Folder> folders = new ArrayDeque<>();
        private PageInput next;

        Walk(List<String> arguments) {
            this.arguments = List.copyOf(arguments).iterator();
            this.namedByArgument = arguments.size() > 1;
        }

        @Override
        public boolean hasNext() {
            if (next == null) {
                next = advance();
            }
            return next != null;
        }

        @Override
        public PageInput next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            PageInput page = next;
            next = null;
            return page;
        }

        /** The next page, or null after the last. */
        private PageInput advance() {
            while (true) {
                Folder folder = folders.peek();
                PageInput page;
                if (folder != null) {
                    if (!folder.hasNext()) {
                        folders.pop();
                        continue;
                    }
                    page = entry(folder, folder.next());
                } else if (arguments.hasNext()) {
                    page = argument(arguments.next());
                } else {
                    return null;
                }
                if (page != null) {
                    return page;
                }
            }
        }

        /** The page an argument names; null for a folder, which is entered instead, or a skipped file. */
        private PageInput argument(String argument) {
            if (argument.equals("-")) {
                return new PageInput("-", null, formats.standardInput());
            }
            Path path = Path.of(argument);
            if (Files.isDirectory(path)) {
                return enterArgument(path, namedByArgument ? withSlash(argument) : "");
            }
            return formats.forFile(argument)
                    .map(format -> new PageInput(argument, path, format))
                    .orElseGet(() -> new PageInput(
                            argument,
                            path,
                            new RefusedInput("not a file osce reads: it reads files ending in ."
                                    + String.join(", .", formats.extensions()))));
        }

        /** The folder argument as given, ending in one {@code /}. */
        private static String withSlash(String argument) {
            String folder = argument;
            while (folder.length() > 1 && folder.endsWith("/")) {
                folder = folder.substring(0, folder.length() - 1);
            }
            return folder.endsWith("/") ? folder : folder + "/";
        }

        /**
         * Enters a folder given as an argument; an error page, named as the argument, if it cannot be
         * looked at or listed.
         */
        private PageInput enterArgument(Path folder, String prefix) {
            try {
                folders.push(new Folder(folder, prefix, list(folder), folder.toRealPath()));
                return null;
            } catch (IOException e) {
                return unreadable(folder.toString(), folder);
            }
        }

        /** The page of one entry of a folder; null for a sub-folder, which is entered instead, or a skipped file. */
        private PageInput entry(Folder folder, String key) {
            char kind = key.charAt(key.length() - 1);
            String name = kind == FOLDER || kind == UNREADABLE ? key.substring(0, key.length() - 1) : key;
            Path path = folder.path().resolve(name);
            String file = folder.prefix() + name;
            if (kind == UNREADABLE) {
                return unreadable(file, path);
            }
            if (kind == FOLDER) {
                try {
                    Path real = path.toRealPath();
                    for (Folder walked : folders) {
                        if (walked.realPath().equals(real)) {
                            return new PageInput(
                                    file,
                                    path,
                                    new RefusedInput("a symbolic link loop: this folder is " + real
                                            + ", which is being walked already"));
                        }
                    }
                    folders.push(new Folder(path, file + "/", list(path), real));
                    return null;
                } catch (IOException e) {
                    return unreadable(file, path);
                }
            }
            return file(file, path);
        }

        /** A page file, or null when its extension is not one the command reads. */
        private PageInput file(String file, Path path) {
            return formats.forFile(file)
                    .map(format -> new PageInput(file, path, format))
                    .orElseGet(() -> {
                        skipped.add(file);
                        return null;
                    });
        }

        /** What the walk cannot look at: read as page text, which fails and says why. */
        private PageInput unreadable(String file, Path path) {
            return new PageInput(file, path, formats.standardInput());
        }
    }

    /** A folder being walked: where it is, how the output names its files, and its entries not yet walked. */
    private static final class Folder {
        private final Path path;
        private final String prefix;
        private final String[] keys;
        private final Path realPath;
        private int position;

        /**
         * @param path where it is
         * @param prefix the names of the folders from the argument down to it, each followed by {@code
         *     /}; empty for the argument itself
         * @param keys its entries' sort keys, sorted: a file's name, a sub-folder's name and {@link
         *     #FOLDER}, or the name of what cannot be looked at or listed and {@link #UNREADABLE}
         * @param realPath where it really is, links resolved: a link loop comes back to it
         */
        Folder(Path path, String prefix, String[] keys, Path realPath) {
            this.path = path;
            this.prefix = prefix;
            this.keys = keys;
            this.realPath = realPath;
        }

        Path realPath() {
            return realPath;
        }

        Path path() {
            return path;
        }

        String prefix() {
            return prefix;
        }

        boolean hasNext() {
            return position < keys.length;
        }

        /** The next key, which the folder no longer holds once given. */
        String next() {
            String key = keys[position];
            keys[position++] = null;
            return key;
        }
    }

    /**
     * The sort keys of a folder's entries, sorted. Only their names are held: a folder of 100,000
     * files costs a few megabytes while it is walked, and nothing after.
     *
     * @throws IOException if the folder cannot be listed to the end
     */
    private static String[] list(Path folder) throws IOException {
        List<String> keys = new ArrayList<>();
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(folder)) {
            for (Path entry : entries) {
                String key = key(entry);
                if (key != null) {
                    keys.add(key);
                }
            }
        } catch (DirectoryIteratorException e) {
            throw e.getCause();
        }
        String[] sorted = keys.toArray(String[]::new);
        Arrays.sort(sorted);
        return sorted;
    }

    /** The entry's sort key; null for what the walk passes over. */
    private static String key(Path entry) {
        String name = entry.getFileName().toString();
        BasicFileAttributes attributes;
        try {
            attributes = Files.readAttributes(entry, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
            if (attributes.isSymbolicLink()) {
                attributes = Files.readAttributes(entry, BasicFileAttributes.class);
            }
        } catch (IOException e) {
            return name + UNREADABLE; // also a link that leads nowhere
        }
        if (attributes.isDirectory()) {
            return name + (canList(entry) ? FOLDER : UNREADABLE);
        }
        return attributes.isRegularFile() ? name : null;
    }

    /**
     * Whether a folder can be opened for listing. Asked when its parent is listed, because a folder
     * that cannot be listed has an error record, sorted by its bare name, rather than files sorted
     * under its name and {@code /}.
     */
    private static boolean canList(Path folder) {
        try {
            Files.newDirectoryStream(folder).close();
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
