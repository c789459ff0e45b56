package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Dateline;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PageType;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.parser.internal.Block;
import io.github.osceparser.parser.internal.Diagnostics;
import io.github.osceparser.parser.internal.PageContent;
import io.github.osceparser.parser.internal.text.DateScanner;
import io.github.osceparser.parser.internal.text.DatelineParser;
import io.github.osceparser.parser.internal.text.QuoteFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Press releases and news items: a kind line ("Press release", "News Item"), the title, a teaser on
 * news items, metadata labels with their values ("- Date:", "- Source:", "- OSCE Secretariat"), then
 * the body, whose first paragraph may open with a dateline ("VIENNA, 21 May 2010 - ").
 */
final class PressReleaseExtractor implements PageExtractor {
    private static final Map<String, PageType> KIND_LINES = Map.of(
            "press release", PageType.PRESS_RELEASE,
            "news item", PageType.NEWS_ITEM);

    /** Site footers printed after the body of news items; not body text. */
    private static final Set<String> FOOTERS = Set.of(
            "read more on this topic",
            "the osce bears no responsibility for the accuracy, legality or content of the external links provided.");

    @Override
    public boolean recognizes(PageContent content) {
        List<Block> blocks = content.blocks();
        if (kindOf(blocks.get(0)) != null) {
            return true;
        }
        for (int i = 1; i < Math.min(blocks.size(), 5); i++) {
            Block block = blocks.get(i);
            if (block.isItem() && MetadataLabel.isLabel(block.text()) && MetadataLabel.of(block.text()) != null) {
                return true;
            }
        }
        return false;
    }

    private static PageType kindOf(Block block) {
        return block.isItem() ? null : KIND_LINES.get(block.text().toLowerCase(Locale.ROOT));
    }

    @Override
    public OscePage extract(PageContent content) {
        List<Block> blocks = content.blocks();
        Diagnostics diagnostics = content.diagnostics();
        int i = 0;
        PageType type = kindOf(blocks.get(0));
        if (type != null) {
            content.place(blocks.get(i++));
        } else {
            type = PageType.PRESS_RELEASE;
        }
        if (i >= blocks.size()) {
            throw new IllegalStateException("a kind line alone is not a page; the engine checks for content");
        }
        Block titleBlock = blocks.get(i++);
        content.place(titleBlock);
        String title = titleBlock.text();

        String teaser = null;
        if (i + 1 < blocks.size() && !blocks.get(i).isItem() && isLabel(blocks.get(i + 1))) {
            teaser = blocks.get(i).text();
            content.place(blocks.get(i++));
        }

        Map<MetadataLabel, List<Block>> metadata = new EnumMap<>(MetadataLabel.class);
        i = readMetadata(content, i, metadata);

        List<Block> bodyBlocks = new ArrayList<>();
        for (; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            content.place(block);
            if (FOOTERS.contains(block.text().toLowerCase(Locale.ROOT))) {
                diagnostics.add(
                        block.line(),
                        Diagnostic.Kind.SKIPPED,
                        "site footer '" + Diagnostics.excerpt(block.text()) + "' is not body text");
            } else {
                bodyBlocks.add(block);
            }
        }
        List<String> paragraphs = new ArrayList<>(bodyBlocks.size());
        for (Block block : bodyBlocks) {
            paragraphs.add(block.text());
        }

        Dateline dateline = null;
        if (!paragraphs.isEmpty()) {
            DatelineParser.Result parsed = DatelineParser.parse(paragraphs.get(0));
            if (parsed != null) {
                dateline = parsed.dateline();
                paragraphs.set(0, parsed.rest());
            }
        }

        LocalDate date = null;
        DateSource dateSource = null;
        for (Block value : metadata.getOrDefault(MetadataLabel.DATE, List.of())) {
            DateScanner.Found found = DateScanner.first(value.text());
            if (found != null && date == null) {
                date = found.date();
                dateSource = DateSource.METADATA;
            } else if (found == null) {
                diagnostics.add(
                        value.line(),
                        Diagnostic.Kind.UNPLACED,
                        "could not read a date in '" + Diagnostics.excerpt(value.text()) + "'");
            }
        }
        if (dateline != null) {
            if (date == null) {
                date = dateline.date();
                dateSource = DateSource.DATELINE;
            } else if (!date.equals(dateline.date())) {
                diagnostics.add(
                        bodyBlocks.get(0).line(),
                        Diagnostic.Kind.CONFLICT,
                        "the dateline says " + dateline.date() + " but the metadata says " + date
                                + "; kept the metadata's date");
            }
        }
        if (date == null) {
            for (int p = 0; p < paragraphs.size(); p++) {
                DateScanner.Found found = DateScanner.first(paragraphs.get(p));
                if (found != null) {
                    date = found.date();
                    dateSource = DateSource.TEXT;
                    diagnostics.add(
                            bodyBlocks.get(p).line(),
                            Diagnostic.Kind.INFERRED,
                            "no date given; took "
                                    + date + " from '" + paragraphs.get(p).substring(found.start(), found.end())
                                    + "' in the text");
                    break;
                }
            }
        }

        String place = null;
        List<Block> places = metadata.getOrDefault(MetadataLabel.PLACE, List.of());
        if (!places.isEmpty()) {
            place = places.get(0).text();
        } else if (dateline != null) {
            place = DatelineParser.normalCase(dateline.place(), Locale.forLanguageTag(content.language()));
        }

        List<String> sources = new ArrayList<>();
        for (Block value : metadata.getOrDefault(MetadataLabel.SOURCE, List.of())) {
            sources.addAll(splitList(value.text()));
        }
        List<FieldOfWork> fields = new ArrayList<>();
        List<String> otherFields = new ArrayList<>();
        for (Block value : metadata.getOrDefault(MetadataLabel.FIELDS_OF_WORK, List.of())) {
            for (String label : splitList(value.text())) {
                FieldOfWork.fromName(label).ifPresentOrElse(fields::add, () -> {
                    otherFields.add(label);
                    diagnostics.add(
                            value.line(),
                            Diagnostic.Kind.UNKNOWN_LABEL,
                            "unknown field of work '" + Diagnostics.excerpt(label) + "' kept as written");
                });
            }
        }

        return new PressRelease(
                type,
                content.language(),
                title,
                teaser,
                date,
                dateSource,
                null,
                dateline,
                place,
                sources,
                fields,
                otherFields,
                paragraphs,
                QuoteFinder.find(paragraphs),
                List.of(),
                List.of(),
                content.site(),
                content.finish());
    }

    private static boolean isLabel(Block block) {
        return block.isItem() && MetadataLabel.isLabel(block.text());
    }

    /**
     * Reads "- Label:" lines and the "- value" lines under each, from {@code start}; returns the
     * index of the first block after the metadata. A label with no value gets a diagnostic; so does
     * a label the library does not know, together with its values.
     */
    private static int readMetadata(PageContent content, int start, Map<MetadataLabel, List<Block>> metadata) {
        List<Block> blocks = content.blocks();
        Diagnostics diagnostics = content.diagnostics();
        int i = start;
        while (i < blocks.size() && isLabel(blocks.get(i))) {
            Block label = blocks.get(i++);
            content.place(label);
            MetadataLabel field = MetadataLabel.of(label.text());
            List<Block> values = new ArrayList<>();
            while (i < blocks.size() && blocks.get(i).isItem() && !isLabel(blocks.get(i))) {
                values.add(blocks.get(i));
                content.place(blocks.get(i++));
            }
            if (values.isEmpty()) {
                diagnostics.add(label.line(), Diagnostic.Kind.EMPTY_FIELD, "'" + label.text() + "' has no value");
            } else if (field == null) {
                for (Block value : values) {
                    diagnostics.add(
                            value.line(),
                            Diagnostic.Kind.UNKNOWN_LABEL,
                            "value '" + Diagnostics.excerpt(value.text()) + "' of unknown label '" + label.text()
                                    + "'");
                }
            } else {
                metadata.computeIfAbsent(field, f -> new ArrayList<>()).addAll(values);
            }
        }
        return i;
    }

    /** A comma-separated list value: "OSCE Secretariat, OSCE Office for ...". */
    private static List<String> splitList(String value) {
        List<String> parts = new ArrayList<>();
        for (String part : value.split(",")) {
            String trimmed = part.strip();
            if (!trimmed.isEmpty()) {
                parts.add(trimmed);
            }
        }
        return parts;
    }
}
