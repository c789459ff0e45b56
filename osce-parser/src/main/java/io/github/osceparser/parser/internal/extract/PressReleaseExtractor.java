package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.DateSource;
import io.github.osceparser.model.Dateline;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.Image;
import io.github.osceparser.model.Link;
import io.github.osceparser.model.PageType;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.DateEvidence;
import io.github.osceparser.parser.internal.content.Diagnostics;
import io.github.osceparser.parser.internal.content.NamedStructure;
import io.github.osceparser.parser.internal.content.PageContent;
import io.github.osceparser.parser.internal.content.PageDraft;
import io.github.osceparser.parser.internal.content.SectionBuilder;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.text.DateScanner;
import io.github.osceparser.parser.internal.text.DatelineParser;
import io.github.osceparser.parser.internal.text.Paragraphs;
import io.github.osceparser.parser.internal.text.QuoteFinder;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

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
 * <p>Any of a kind line, a known metadata label, a newsroom header, or a dateline opening a body
 * without headings makes the page a press release. The dates it gives (the metadata's, the
 * header's, the dateline's, else the first one the body mentions) go to the finishing step, which
 * chooses among them and the markup's.
 */
final class PressReleaseExtractor implements PageExtractor {

    @Override
    public Optional<PageDraft> tryExtract(PageContent content) {
        List<Block> blocks = content.blocks();
        PageDraft draft = new PageDraft();
        Diagnostics diagnostics = draft.diagnostics();
        Lexicon lexicon = content.lexicon();
        int i = 0;
        PageType kindLine = Vocabulary.kindOf(blocks.get(0), lexicon);
        if (kindLine != null) {
            draft.place(blocks.get(i++));
            if (i + 1 < blocks.size()
                    && isLogoLine(blocks.get(i), lexicon)
                    && blocks.get(i + 1).isText()) {
                // the Organization's name alone between the kind line and the title: the logo's
                // text ("Daily report", "OSCE", then the report's title)
                diagnostics.add(
                        blocks.get(i).line(),
                        Diagnostic.Kind.SKIPPED,
                        "'" + blocks.get(i).text() + "' is the logo's text");
                draft.place(blocks.get(i++));
            }
        }
        boolean newsroom = i < blocks.size() && blocks.get(i).isText() && isNewsroom(blocks.get(i));
        // "Stories" opens the older site's feature stories as "Newsroom" opens its releases: the
        // title, then the date alone (news-item-2003-stories-line-bare-date-role-abbreviation)
        boolean stories = newsroom && blocks.get(i).text().equalsIgnoreCase(NewsroomHeader.STORIES);
        if (newsroom) {
            diagnostics.add(
                    blocks.get(i).line(),
                    Diagnostic.Kind.SKIPPED,
                    "'" + blocks.get(i).text() + "' is site furniture");
            draft.place(blocks.get(i++));
        }
        if (i >= blocks.size() || !blocks.get(i).isText()) {
            return Optional.empty(); // no title to build a release on
        }
        Block titleBlock = blocks.get(i++);
        draft.place(titleBlock);

        String teaser = null;
        if (i + 1 < blocks.size()
                && blocks.get(i).isText()
                && !MetadataReader.isLabel(blocks.get(i), lexicon)
                && MetadataReader.isLabel(blocks.get(i + 1), lexicon)) {
            teaser = blocks.get(i).text();
            draft.place(blocks.get(i++));
        }

        NewsroomHeader.Header header = null;
        boolean dateUnderTitle = false;
        if (i < blocks.size() && blocks.get(i).isText()) {
            header = newsroom
                    ? NewsroomHeader.afterNewsroom(blocks.get(i).text(), lexicon)
                    : NewsroomHeader.header(blocks.get(i).text(), lexicon);
            if (header == null
                    && !newsroom
                    && teaser == null
                    && i + 1 < blocks.size()
                    && blocks.get(i + 1).isText()) {
                // the title, the date alone, then the body: the date line of a news item saved without
                // its kind line (news-item-2018-date-line-under-title-no-kind-line)
                header = NewsroomHeader.dateAlone(blocks.get(i).text(), lexicon);
                dateUnderTitle = header != null && kindLine == null;
                if (dateUnderTitle && ListingExtractor.isListing(content)) {
                    return Optional.empty(); // an entry's title and date, in a listing cut at its start
                }
            }
            if (header != null) {
                draft.date(DateEvidence.stated(
                        header.date(),
                        DateSource.HEADER,
                        blocks.get(i).line(),
                        header.place() != null ? header.place() : blocks.get(i).text()));
                draft.place(blocks.get(i++));
            }
        }
        List<Image> images = new ArrayList<>();
        while (i < blocks.size() && blocks.get(i).isFigure()) {
            images.add(figure(blocks.get(i++), draft));
        }

        MetadataReader metadata = MetadataReader.read(blocks, i, draft, lexicon);
        i = metadata.end();
        if (kindLine != null && !metadata.hasKnownLabel() && ListingExtractor.isListing(content)) {
            return Optional.empty(); // "News" above entries is a listing's title, not a kind line
        }
        // Decided here, once, on what has been read: the body is read only for a release.
        boolean isRelease =
                kindLine != null || header != null || metadata.hasKnownLabel() || opensWithDateline(blocks, i, lexicon);
        NewsEvidence.Evidence evidence =
                isRelease || !onlyFiguresBetween(blocks, 1, i) ? null : NewsEvidence.of(blocks, lexicon);
        if (!isRelease && evidence == null) {
            return Optional.empty();
        }
        if (evidence != null) {
            diagnostics.add(
                    titleBlock.line(),
                    Diagnostic.Kind.INFERRED,
                    "no kind line; read as a news item from: " + evidence.description());
        } else if (dateUnderTitle) {
            diagnostics.add(
                    titleBlock.line(),
                    Diagnostic.Kind.INFERRED,
                    "no kind line; read as a news item from: the date alone under the title");
        }

        List<Block> bodyBlocks = new ArrayList<>();
        List<Link> readMore = List.of();
        for (; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isFigure()) {
                images.add(figure(block, draft));
                continue;
            }
            draft.place(block);
            if (block.isMarksOnly()) {
                diagnostics.add(
                        block.line(),
                        Diagnostic.Kind.SKIPPED,
                        "'" + Diagnostics.excerpt(block.text()) + "' is site furniture");
            } else if (Vocabulary.isFooter(block.text(), lexicon)) {
                diagnostics.add(
                        block.line(),
                        Diagnostic.Kind.SKIPPED,
                        "site footer '" + Diagnostics.excerpt(block.text()) + "' is not body text");
                if (readMore.isEmpty() && Vocabulary.isReadMore(block.text(), lexicon)) {
                    readMore = block.markup().sectionLinks();
                }
            } else {
                bodyBlocks.add(block);
            }
        }
        List<String> paragraphs = new ArrayList<>(bodyBlocks.size());
        for (Block block : bodyBlocks) {
            paragraphs.add(block.text());
        }

        Dateline dateline = null;
        boolean yearless = false;
        if (!paragraphs.isEmpty()) {
            DatelineParser.Result parsed = DatelineParser.parse(paragraphs.get(0), lexicon);
            if (parsed != null && parsed.date() != null) {
                dateline = parsed.dateline();
                paragraphs.set(0, parsed.rest());
            } else if (parsed != null) {
                dateline = yearless(parsed, metadata, bodyBlocks.get(0), draft, lexicon);
                yearless = dateline != null;
                if (yearless) {
                    paragraphs.set(0, parsed.rest());
                }
            }
        }
        Paragraphs body = new Paragraphs(paragraphs);
        dates(metadata, header != null, dateline, yearless, bodyBlocks, body, draft, lexicon);
        String place = null;
        List<Block> places = metadata.values(MetadataLabel.PLACE);
        if (!places.isEmpty()) {
            place = DatelineParser.normalCase(places.get(0).text(), lexicon);
        } else if (header != null && header.place() != null) {
            place = DatelineParser.normalCase(header.place(), lexicon);
        } else if (dateline != null) {
            place = DatelineParser.normalCase(dateline.place(), lexicon);
        }

        List<NamedStructure> sources = new ArrayList<>();
        for (Block value : metadata.values(MetadataLabel.SOURCE)) {
            for (String source : splitList(value.text())) {
                sources.add(draft.structure(source, false, value.line(), null));
            }
        }
        List<FieldOfWork> fields = new ArrayList<>();
        List<String> otherFields = new ArrayList<>();
        for (Block value : metadata.values(MetadataLabel.FIELDS_OF_WORK)) {
            for (String label : splitList(value.text())) {
                lexicon.fieldOfWork(label).ifPresentOrElse(fields::add, () -> {
                    otherFields.add(label);
                    diagnostics.add(
                            value.line(),
                            Diagnostic.Kind.UNKNOWN_LABEL,
                            "unknown field of work '" + Diagnostics.excerpt(label) + "' kept as written");
                });
            }
        }
        PageType type = kindLine != null
                ? kindLine
                : evidence != null || stories || dateUnderTitle ? PageType.NEWS_ITEM : PageType.PRESS_RELEASE;
        String finalTeaser = teaser;
        Dateline finalDateline = dateline;
        String finalPlace = place;
        List<Link> links = readMore;
        return Optional.of(draft.datedByMarkup()
                .record(finished -> new PressRelease(
                        type,
                        finished.language(),
                        titleBlock.text(),
                        finalTeaser,
                        finished.date(),
                        finished.dateSource(),
                        finished.publishedAt(),
                        finalDateline,
                        finalPlace,
                        finished.refs(sources),
                        fields,
                        otherFields,
                        paragraphs,
                        evidence != null && evidence.quotes() != null
                                ? evidence.quotes()
                                : QuoteFinder.find(body, lexicon),
                        images,
                        links,
                        finished.mentioned(),
                        finished.countries(),
                        finished.site(),
                        finished.diagnostics())));
    }

    /**
     * A dateline that prints no year ("VALLETTA/VIENNA, 12 July –"), given the year of the page's
     * "Date:" field, with a diagnostic that says so; null when the page has no such field.
     */
    private static Dateline yearless(
            DatelineParser.Result parsed, MetadataReader metadata, Block paragraph, PageDraft draft, Lexicon lexicon) {
        for (Block value : metadata.values(MetadataLabel.DATE)) {
            DateScanner.Found found = DateScanner.first(value.text(), lexicon);
            if (found != null) {
                return Datelines.withYear(
                        parsed, found.date().getYear(), "the 'Date:' field", paragraph.line(), draft.diagnostics());
            }
        }
        return null;
    }

    /** A line of text: neither a bullet nor a photo. */

    /**
     * A title then, at once, a body that opens with a dateline and has no headings: a press release
     * saved without its kind line and metadata.
     */
    private static boolean opensWithDateline(List<Block> blocks, int bodyStart, Lexicon lexicon) {
        return onlyFiguresBetween(blocks, 1, bodyStart)
                && blocks.size() > bodyStart
                && blocks.get(bodyStart).isText()
                && !Vocabulary.isFooter(blocks.get(bodyStart).text(), lexicon)
                && DatelineParser.parse(blocks.get(bodyStart).text(), lexicon) != null
                && !hasHeadings(blocks);
    }

    /**
     * Whether the blocks {@code [from, to)} are all photos: the title, a photo (a markdown image line
     * in saved text), then the body is still a title and its body.
     */
    private static boolean onlyFiguresBetween(List<Block> blocks, int from, int to) {
        if (to < from) {
            return false;
        }
        for (int b = from; b < to; b++) {
            if (!blocks.get(b).isFigure()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Whether the body has headings: statements and event pages open with a dateline too, but a
     * press release saved without its kind line and metadata is a flat run of paragraphs.
     */
    private static boolean hasHeadings(List<Block> blocks) {
        for (int i = 2; i < blocks.size(); i++) {
            if (SectionBuilder.isHeading(blocks, i)) {
                return true;
            }
        }
        return false;
    }

    /** A line that is only the Organization's name ("OSCE", "ОБСЕ"). */
    private static boolean isLogoLine(Block block, Lexicon lexicon) {
        return block.isText()
                && block.text().length() <= 4
                && lexicon.words(Section.ORGANISATION_NAMES).contains(Lexicon.normalize(block.text()));
    }

    private static boolean isNewsroom(Block block) {
        return !block.isItem()
                && (block.text().equalsIgnoreCase(NewsroomHeader.NEWSROOM)
                        || block.text().equalsIgnoreCase(NewsroomHeader.STORIES));
    }

    private static Image figure(Block block, PageDraft draft) {
        draft.place(block);
        return block.markup().image();
    }

    /**
     * The dates the text gives: the metadata's (a value that is no date is reported), the
     * dateline's; when the text states none (nor a header, when {@code stated}), the first date the
     * body mentions.
     */
    private static void dates(
            MetadataReader metadata,
            boolean stated,
            Dateline dateline,
            boolean yearless,
            List<Block> bodyBlocks,
            Paragraphs paragraphs,
            PageDraft draft,
            Lexicon lexicon) {
        for (Block value : metadata.values(MetadataLabel.DATE)) {
            DateScanner.Found found = DateScanner.first(value.text(), lexicon);
            if (found == null) {
                draft.diagnostics()
                        .add(
                                value.line(),
                                Diagnostic.Kind.UNPLACED,
                                "could not read a date in '" + Diagnostics.excerpt(value.text()) + "'");
            } else {
                draft.date(DateEvidence.stated(found.date(), DateSource.METADATA, value.line(), value.text()));
                stated = true;
            }
        }
        if (dateline != null && !yearless) {
            draft.date(DateEvidence.stated(
                    dateline.date(), DateSource.DATELINE, bodyBlocks.get(0).line(), dateline.text()));
            stated = true;
        }
        for (int p = 0; !stated && p < paragraphs.size(); p++) {
            DateScanner.Found found = DateScanner.reported(paragraphs, p, lexicon);
            if (found != null) {
                String quote = paragraphs.text(p).substring(found.start(), found.end());
                draft.date(DateEvidence.stated(
                        found.date(), DateSource.TEXT, bodyBlocks.get(p).line(), quote));
                stated = true;
            }
        }
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
