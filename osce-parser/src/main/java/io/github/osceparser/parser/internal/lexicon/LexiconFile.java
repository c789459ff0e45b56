package io.github.osceparser.parser.internal.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Month;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One language's lexicon as its resource file gives it: the entries of each section in file order,
 * normalized. A malformed file is a defect of the library, reported with its file and line.
 */
final class LexiconFile {
    final Map<Section, List<String>> entries = new EnumMap<>(Section.class);
    final Map<String, Month> months = new LinkedHashMap<>();
    /** Fields of work by normalized name, as slugs. */
    final Map<String, String> fieldsOfWork = new LinkedHashMap<>();
    /** Fields of work by name exactly as the file writes it, as slugs. */
    final Map<String, String> writtenFieldsOfWork = new LinkedHashMap<>();

    private final String name;

    private LexiconFile(String name) {
        this.name = name;
    }

    /** The lexicon of the language, or an empty one when the library has no file for it. */
    static LexiconFile read(String language) {
        String name = language + ".txt";
        LexiconFile file = new LexiconFile(name);
        try (InputStream in = LexiconFile.class.getResourceAsStream(name)) {
            if (in == null) {
                return file;
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            file.read(reader);
        } catch (IOException e) {
            throw new UncheckedIOException("could not read the lexicon " + name, e);
        }
        return file;
    }

    private void read(BufferedReader reader) throws IOException {
        Section section = null;
        int monthLines = 0;
        int number = 0;
        for (String raw = reader.readLine(); raw != null; raw = reader.readLine()) {
            number++;
            int hash = raw.indexOf('#');
            String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
            if (line.isEmpty()) {
                continue;
            }
            if (line.startsWith("[") && line.endsWith("]")) {
                section = section(line.substring(1, line.length() - 1), number);
                monthLines = 0;
                continue;
            }
            if (section == null) {
                throw defect(number, "an entry before the first section");
            }
            switch (section.shape()) {
                case PHRASES -> add(section, line);
                case WORDS -> {
                    for (String word : line.split(" +")) {
                        add(section, word);
                    }
                }
                case MONTHS -> {
                    if (++monthLines > 12) {
                        throw defect(number, "a thirteenth month");
                    }
                    for (String word : line.split(" +")) {
                        months.putIfAbsent(Lexicon.normalize(word), Month.of(monthLines));
                    }
                }
                case NAMES -> {
                    int colon = line.indexOf(':');
                    if (colon <= 0) {
                        throw defect(number, "a field of work without its slug: '" + line + "'");
                    }
                    String slug = line.substring(0, colon).strip();
                    String written = line.substring(colon + 1).strip();
                    fieldsOfWork.putIfAbsent(Lexicon.fieldName(written), slug);
                    writtenFieldsOfWork.putIfAbsent(written, slug);
                }
            }
        }
    }

    private void add(Section section, String entry) {
        List<String> list = entries.computeIfAbsent(section, s -> new ArrayList<>());
        String normalized = Lexicon.normalize(entry);
        if (!list.contains(normalized)) {
            list.add(normalized);
        }
    }

    private Section section(String fileName, int number) {
        for (Section section : Section.values()) {
            if (section.fileName().equals(fileName)) {
                return section;
            }
        }
        throw defect(number, "an unknown section [" + fileName + "]");
    }

    private IllegalStateException defect(int number, String what) {
        return new IllegalStateException("the lexicon " + name + " has " + what + " on line " + number);
    }
}
