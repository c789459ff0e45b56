package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PageType;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * No line of content is silently lost: on every fixture page, each non-blank line after the menu
 * ends up in the record (its text, or each comma-separated part of it, is among the record's
 * values) or is named by a diagnostic, or is structure the record stands for (a metadata label, the
 * kind line). The check is independent of the parser: it reads only the input and the JSON.
 */
class ContentAccountingTest {
    private static final OsceParser PARSER = OsceParser.create();
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    static List<Path> pages() throws Exception {
        return GoldenPagesTest.pages();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("pages")
    void accountsForEveryContentLine(Path page) throws IOException {
        OscePage parsed = PARSER.parse(page);
        JsonNode json = MAPPER.readTree(OsceJson.create().toJson(parsed));
        List<String> values = new ArrayList<>();
        collectStrings(json, values);
        String allValues = String.join("\n", values);
        Set<Integer> diagnosed = new HashSet<>();
        for (Diagnostic diagnostic : parsed.diagnostics()) {
            diagnosed.add(diagnostic.line());
        }

        List<String> lines = Files.readString(page).lines().toList();
        List<String> lost = new ArrayList<>();
        for (int n = firstContentLine(lines); n < lines.size(); n++) {
            String line = stripBullet(lines.get(n).strip());
            if (line.isEmpty() || diagnosed.contains(n + 1) || isAccounted(line, allValues, parsed)) {
                continue;
            }
            lost.add((n + 1) + ": " + line);
        }
        assertThat(lost)
                .as("content lines of %s in neither the record nor a diagnostic", page.getFileName())
                .isEmpty();
    }

    private static boolean isAccounted(String line, String allValues, OscePage page) {
        if (line.endsWith("Photo details")) {
            line = line.substring(0, line.length() - "Photo details".length()).strip();
        }
        if (line.startsWith("![") && line.endsWith(")")) {
            line = line.substring(line.indexOf("](") + 2, line.length() - 1); // a markdown image: its URL
        }
        if (isHeaderOfThePagesDate(line, page) || isWrittenDateOf(line, allValues, page)) {
            return true;
        }
        int colon = line.indexOf(": ");
        if (colon > 0 && colon < 25 && isAccounted(line.substring(colon + 2), allValues, page)) {
            return true; // "Publishing date: 27 September 2004" and other listing labels with their value
        }
        if (allValues.contains(line) || line.endsWith(":") || isKindLine(line, page)) {
            return true;
        }
        int dash = Math.max(Math.max(line.indexOf(" - "), line.indexOf(" – ")), line.indexOf("- "));
        if (dash > 0 && allValues.contains(line.substring(dash + 2).strip())) {
            return true; // a dateline paragraph: the dateline and the rest are kept apart
        }
        if (isDatelineThenValue(line, allValues)) {
            return true;
        }
        if (isDateLabelOfThePage(line, page)) {
            return true;
        }
        if (line.endsWith(" (closed)") && allValues.contains(line.substring(0, line.length() - " (closed)".length()))) {
            return true; // a structure marked closed: its name, and "closed": true
        }
        for (String part : line.split(", ")) {
            String value = part.strip();
            boolean known = allValues.contains(value)
                    || allValues.toLowerCase(Locale.ROOT).contains(value.toLowerCase(Locale.ROOT))
                    || Lexicon.of(page.language())
                            .fieldOfWork(value)
                            .map(f -> allValues.contains(f.slug()))
                            .orElse(false);
            if (!known) {
                return false;
            }
        }
        return true;
    }

    /**
     * A paragraph that opens with a dateline the record keeps, in any of its shapes ("TIRANA /
     * BRUSSELS / GENEVA – 6 October 2020. The ...", "PRISHTINË/PRIŠTINA, 27 June 2014 –Special ..."):
     * the record's dateline text, then marks, then a value of the record.
     */
    private static boolean isDatelineThenValue(String line, String allValues) {
        for (String value : allValues.split("\n")) {
            if (value.length() >= 8 && line.startsWith(value) && line.length() > value.length()) {
                int i = value.length();
                while (i < line.length() && " -–—.,".indexOf(line.charAt(i)) >= 0) {
                    i++;
                }
                if (i > value.length() && allValues.contains(line.substring(i))) {
                    return true;
                }
            }
        }
        return false;
    }

    /** "Veröffentlichungsdatum: 7. Mai 2018" under a title: a date label of the page's language, the page's date. */
    private static boolean isDateLabelOfThePage(String line, OscePage page) {
        int colon = line.indexOf(": ");
        LocalDate date = page instanceof GenericPage generic ? generic.date() : null;
        return colon > 0
                && date != null
                && line.contains(String.valueOf(date.getYear()))
                && Lexicon.of(page.language())
                                .sectionOf(line.substring(0, colon), Section.LABEL_DATE, Section.LISTING_DATE)
                        != null;
    }

    /** The kind lines of the fixtures' languages; the record's {@code type} stands for them. */
    private static final Set<String> KIND_LINES = Set.of(
            "press release",
            "news item",
            "news",
            "новости",
            "новини",
            "communiqué de presse",
            "pressemitteilung",
            "comunicato stampa",
            "пресс-релиз",
            "comunicado de prensa",
            "прес-реліз");

    private static boolean isKindLine(String line, OscePage page) {
        return (page.type() == PageType.PRESS_RELEASE || page.type() == PageType.NEWS_ITEM)
                && KIND_LINES.contains(line.toLowerCase(Locale.ROOT));
    }

    /** "27 September 2004", "14 октября 2025" (in the page's language), kept in the record as a date. */
    private static boolean isWrittenDateOf(String text, String allValues, OscePage page) {
        for (Locale locale : List.of(Locale.ENGLISH, Locale.forLanguageTag(page.language()))) {
            try {
                LocalDate date = LocalDate.parse(text, DateTimeFormatter.ofPattern("d MMMM yyyy", locale));
                if (allValues.contains(date.toString())) {
                    return true;
                }
            } catch (DateTimeParseException e) {
                // not a date written in this language
            }
        }
        return false;
    }

    /** "SARAJEVO 12 May 2005": a place in capitals and the page's own date, written out. */
    private static boolean isHeaderOfThePagesDate(String line, OscePage page) {
        if (!(page instanceof PressRelease release) || release.date() == null) {
            return false;
        }
        String written = release.date().format(DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH));
        if (!line.endsWith(written)) {
            return false;
        }
        String place = line.substring(0, line.length() - written.length()).strip();
        return !place.isEmpty() && place.equals(place.toUpperCase(Locale.ROOT));
    }

    /** The line after the new-site menu (a "-" line, a heading, "- X" entries), or 0. */
    private static int firstContentLine(List<String> lines) {
        if (lines.isEmpty() || !lines.get(0).strip().equals("-")) {
            return 0;
        }
        int i = 0;
        while (i < lines.size()) {
            String line = lines.get(i).strip();
            if (line.equals("-")) {
                i += 2;
            } else if (line.startsWith("- ")) {
                i++;
            } else {
                return i;
            }
        }
        return i;
    }

    private static String stripBullet(String line) {
        if (line.startsWith("- ") || line.startsWith("• ")) {
            return line.substring(2).strip();
        }
        return line;
    }

    private static void collectStrings(JsonNode node, List<String> out) {
        if (node.isString()) {
            out.add(node.stringValue());
        }
        for (JsonNode child : node.values()) {
            collectStrings(child, out);
        }
    }
}
