package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Dateline;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.Image;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PageType;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.parser.internal.Block;
import io.github.osceparser.parser.internal.Diagnostics;
import io.github.osceparser.parser.internal.PageContent;
import io.github.osceparser.parser.internal.SectionBuilder;
import io.github.osceparser.parser.internal.text.DateScanner;
import io.github.osceparser.parser.internal.text.DatelineParser;
import io.github.osceparser.parser.internal.text.QuoteFinder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Press releases and news items, in the layouts osce.org has used:
 *
 * <ul>
 *   <li>the current site: a kind line ("Press release", "News Item"), the title, a teaser on news
 *       items, bulleted metadata ("- Date:", "- Source:", "- OSCE Secretariat"), then the body,
 *       whose first paragraph may open with a dateline ("VIENNA, 21 May 2010 - ");
 *   <li>blank-line separated renderings of it, with unbulleted labels ("Place:", "TIRASPOL");
 *   <li>the older newsroom layout: "Newsroom", the title, a header line with place and date
 *       ("SARAJEVO 12 May 2005"), an optional image and its caption ("... Photo details"), then the
 *       body with its dateline.
 * </ul>
 *
 * <p>The date comes from the metadata, else the newsroom header, else the dateline, else the first
 * date the body mentions; when two of these disagree, the first wins and a diagnostic says so.
 */
final class PressReleaseExtractor implements PageExtractor {

    @Override
    public boolean recognizes(PageContent content) {
        List<Block> blocks = content.blocks();
        Block first = blocks.get(0);
        if (Vocabulary.kindOf(first) != null) {
            return true;
        }
        for (int i = 1; i < Math.min(blocks.size(), 6); i++) {
            Block block = blocks.get(i);
            if (MetadataReader.isLabel(block) && MetadataLabel.of(block.text()) != null) {
                return true;
            }
        }
        // The older newsroom layout: ["Newsroom",] title, header line with place and date.
        int header = isNewsroom(first) ? 2 : 1;
        if (blocks.size() > header
                && !blocks.get(header).isItem()
                && NewsroomHeader.header(blocks.get(header).text()) != null) {
            return true;
        }
        return opensWithDatelineAndHasNoHeadings(blocks);
    }

    /**
     * A text saved without its kind line and metadata: the title, then a body that opens with a
     * dateline. Statements and event pages open with a dateline too, but they have headings; a press
     * release is a flat run of paragraphs.
     */
    private static boolean opensWithDatelineAndHasNoHeadings(List<Block> blocks) {
        if (blocks.size() < 2
                || blocks.get(1).isItem()
                || DatelineParser.parse(blocks.get(1).text()) == null) {
            return false;
        }
        for (int i = 2; i < blocks.size(); i++) {
            if (SectionBuilder.isHeading(blocks, i)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNewsroom(Block block) {
        return !block.isItem() && block.text().equalsIgnoreCase(NewsroomHeader.NEWSROOM);
    }

    @Override
    public OscePage extract(PageContent content) {
        List<Block> blocks = content.blocks();
        Diagnostics diagnostics = content.diagnostics();
        int i = 0;
        PageType type = Vocabulary.kindOf(blocks.get(0));
        if (type != null) {
            content.place(blocks.get(i++));
        } else {
            type = PageType.PRESS_RELEASE;
        }
        if (i < blocks.size() && isNewsroom(blocks.get(i))) {
            diagnostics.add(blocks.get(i).line(), Diagnostic.Kind.SKIPPED, "'Newsroom' is site furniture");
            content.place(blocks.get(i++));
        }
        if (i >= blocks.size()) {
            return new GenericPageExtractor().extract(content);
        }
        Block titleBlock = blocks.get(i++);
        content.place(titleBlock);

        String teaser = null;
        if (i + 1 < blocks.size()
                && !blocks.get(i).isItem()
                && !MetadataReader.isLabel(blocks.get(i))
                && MetadataReader.isLabel(blocks.get(i + 1))) {
            teaser = blocks.get(i).text();
            content.place(blocks.get(i++));
        }

        NewsroomHeader.Header header = null;
        if (i < blocks.size() && !blocks.get(i).isItem()) {
            header = NewsroomHeader.header(blocks.get(i).text());
            if (header != null) {
                content.place(blocks.get(i++));
            }
        }
        List<Image> images = new ArrayList<>();
        i = readImages(content, i, images);

        MetadataReader metadata = MetadataReader.read(content, i);
        i = metadata.end();

        List<Block> bodyBlocks = new ArrayList<>();
        for (; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            content.place(block);
            if (Vocabulary.isFooter(block.text())) {
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

        DatedFrom dated = date(metadata, header, dateline, bodyBlocks, paragraphs, diagnostics);
        Locale locale = Locale.forLanguageTag(content.language());
        String place = null;
        List<Block> places = metadata.values(MetadataLabel.PLACE);
        if (!places.isEmpty()) {
            place = DatelineParser.normalCase(places.get(0).text(), locale);
        } else if (header != null) {
            place = DatelineParser.normalCase(header.place(), locale);
        } else if (dateline != null) {
            place = DatelineParser.normalCase(dateline.place(), locale);
        }

        List<String> sources = new ArrayList<>();
        for (Block value : metadata.values(MetadataLabel.SOURCE)) {
            sources.addAll(splitList(value.text()));
        }
        List<FieldOfWork> fields = new ArrayList<>();
        List<String> otherFields = new ArrayList<>();
        for (Block value : metadata.values(MetadataLabel.FIELDS_OF_WORK)) {
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
                titleBlock.text(),
                teaser,
                dated == null ? null : dated.date(),
                dated == null ? null : dated.source(),
                null,
                dateline,
                place,
                sources,
                fields,
                otherFields,
                paragraphs,
                QuoteFinder.find(paragraphs),
                images,
                List.of(),
                content.site(),
                content.finish());
    }

    /** A date and where it came from. */
    private record DatedFrom(LocalDate date, DateSource source) {}

    /** The publication date by the order of precedence; diagnostics for conflicts and inferences. */
    private static DatedFrom date(
            MetadataReader metadata,
            NewsroomHeader.Header header,
            Dateline dateline,
            List<Block> bodyBlocks,
            List<String> paragraphs,
            Diagnostics diagnostics) {
        DatedFrom dated = null;
        for (Block value : metadata.values(MetadataLabel.DATE)) {
            DateScanner.Found found = DateScanner.first(value.text());
            if (found == null) {
                diagnostics.add(
                        value.line(),
                        Diagnostic.Kind.UNPLACED,
                        "could not read a date in '" + Diagnostics.excerpt(value.text()) + "'");
            } else if (dated == null) {
                dated = new DatedFrom(found.date(), DateSource.METADATA);
            }
        }
        if (header != null) {
            dated = dated != null ? dated : new DatedFrom(header.date(), DateSource.HEADER);
        }
        if (dateline != null) {
            if (dated == null) {
                dated = new DatedFrom(dateline.date(), DateSource.DATELINE);
            } else if (!dated.date().equals(dateline.date())) {
                diagnostics.add(
                        bodyBlocks.get(0).line(),
                        Diagnostic.Kind.CONFLICT,
                        "the dateline says " + dateline.date() + " but the "
                                + dated.source().jsonName() + " says " + dated.date() + "; kept " + dated.date());
            }
        }
        if (dated == null) {
            for (int p = 0; p < paragraphs.size(); p++) {
                DateScanner.Found found = DateScanner.first(paragraphs.get(p));
                if (found != null) {
                    dated = new DatedFrom(found.date(), DateSource.TEXT);
                    diagnostics.add(
                            bodyBlocks.get(p).line(),
                            Diagnostic.Kind.INFERRED,
                            "no date given; took " + found.date() + " from '"
                                    + paragraphs.get(p).substring(found.start(), found.end()) + "' in the text");
                    break;
                }
            }
        }
        return dated;
    }

    /**
     * Reads image lines and photo captions from {@code start}; an image line and the caption after
     * it make one image. Returns the index of the first block after them.
     */
    private static int readImages(PageContent content, int start, List<Image> images) {
        List<Block> blocks = content.blocks();
        int i = start;
        String pendingUrl = null;
        while (i < blocks.size() && !blocks.get(i).isItem()) {
            String text = blocks.get(i).text();
            String url = NewsroomHeader.imageUrl(text);
            String caption = url == null ? NewsroomHeader.caption(text) : null;
            if (url == null && caption == null) {
                break;
            }
            content.place(blocks.get(i++));
            if (url != null) {
                if (pendingUrl != null) {
                    images.add(NewsroomHeader.image(pendingUrl, null));
                }
                pendingUrl = url;
            } else {
                images.add(NewsroomHeader.image(pendingUrl, caption));
                pendingUrl = null;
            }
        }
        if (pendingUrl != null) {
            images.add(NewsroomHeader.image(pendingUrl, null));
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
