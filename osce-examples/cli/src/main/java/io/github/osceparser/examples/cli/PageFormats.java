package io.github.osceparser.examples.cli;

import io.github.osceparser.parser.OsceParser;
import java.io.ByteArrayInputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The formats the command reads, by file name extension. A new input format of the parser is one
 * more entry in {@link #standard()}; files with any other extension are skipped with a note.
 */
final class PageFormats {
    /** The double extensions: a compressed web archive is a {@code .gz} file, not every {@code .gz} file one. */
    private static final List<String> COMPRESSED_ARCHIVES = List.of("warc.gz", "arc.gz");

    private final Map<String, FileFormat> byExtension;
    private final PageFormat standardInput;

    private PageFormats(Map<String, FileFormat> byExtension, PageFormat standardInput) {
        this.byExtension = Map.copyOf(byExtension);
        this.standardInput = standardInput;
    }

    /**
     * The formats of this version: page text in {@code .txt} files, strict UTF-8; and HTML in {@code
     * .html} and {@code .htm} files, in the charset the page declares, as a browser reads it. A saved
     * file has lost the address it came from, so HTML links resolve against the page's own {@code
     * <base>} or canonical address. Web archives in {@code .warc} and {@code .warc.gz} files, and in
     * the older ARC format ({@code .arc}, {@code .arc.gz}, which jwarc reads as a dialect of WARC),
     * whose records do know their address.
     */
    static PageFormats standard() {
        Map<String, FileFormat> formats = new TreeMap<>();
        PageFormat text = OsceParser::parse;
        PageFormat html = (parser, content) -> parser.parseHtml(new ByteArrayInputStream(content), null, null);
        formats.put("txt", text);
        formats.put("html", html);
        formats.put("htm", html);
        formats.put("warc", WebArchiveFormat.WARC);
        formats.put("arc", WebArchiveFormat.WARC);
        for (String compressed : COMPRESSED_ARCHIVES) {
            formats.put(compressed, WebArchiveFormat.WARC);
        }
        return new PageFormats(formats, text);
    }

    /**
     * The format of a file, by its extension, ignoring case.
     *
     * @param fileName a file name or path
     * @return the format, or empty when the command does not read such files
     */
    Optional<FileFormat> forFile(String fileName) {
        String lowerCase = fileName.toLowerCase(Locale.ROOT);
        for (String compressed : COMPRESSED_ARCHIVES) {
            if (lowerCase.endsWith("." + compressed)) {
                return Optional.ofNullable(byExtension.get(compressed));
            }
        }
        return Optional.ofNullable(byExtension.get(extensionOf(fileName)));
    }

    /** The format of standard input, which has no name to tell: page text. */
    PageFormat standardInput() {
        return standardInput;
    }

    /** The extensions the command reads, without their dots, in alphabetical order. */
    Set<String> extensions() {
        return new TreeSet<>(byExtension.keySet());
    }

    /** The extension of a file name in lower case, without the dot; empty when it has none. */
    static String extensionOf(String fileName) {
        int slash = Math.max(fileName.lastIndexOf('/'), fileName.lastIndexOf('\\'));
        int dot = fileName.lastIndexOf('.');
        return dot > slash + 1 ? fileName.substring(dot + 1).toLowerCase(Locale.ROOT) : "";
    }
}
