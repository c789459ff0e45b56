package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.Dateline;
import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.Listing;
import io.github.osceparser.model.ListingEntry;
import io.github.osceparser.model.StructureRef;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.Diagnostics;
import io.github.osceparser.parser.internal.content.FinishedPage;
import io.github.osceparser.parser.internal.content.MissionNames;
import io.github.osceparser.parser.internal.content.NamedStructure;
import io.github.osceparser.parser.internal.content.PageContent;
import io.github.osceparser.parser.internal.content.PageDraft;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.text.DateScanner;
import io.github.osceparser.parser.internal.text.DatelineParser;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Listing pages ("News and press releases", press statements, publications): entries of a title, a
 * teaser cut with "..." and label lines such as "Publishing date: 27 September 2004", "Content type:
 * Press release", "Where we are: OSCE Mission to Skopje", "What we do: Policing", "Location:
 * Vienna", "Publisher: ...", any of which may be missing. A label's value stands on its line, or
 * on the next line when the label stands alone.
 */
final class ListingExtractor implements PageExtractor {
    private enum Field {
        DATE,
        CONTENT_TYPE,
        STRUCTURE,
        FIELDS_OF_WORK,
        LOCATION,
        PUBLISHER
    }

    /** The lexicon's sections of the labels, in the order of {@link Field}. */
    private static final Field[] FIELDS = Field.values();

    private static final Section[] LABELS = {
        Section.LISTING_DATE,
        Section.LISTING_CONTENT_TYPE,
        Section.LISTING_STRUCTURE,
        Section.LISTING_FIELDS_OF_WORK,
        Section.LISTING_LOCATION,
        Section.LISTING_PUBLISHER
    };

    /** How many label lines make a page a listing. */
    private static final int MIN_LABEL_LINES = 2;

    /** Whether enough label lines, one of them an entry's date or content type, make a listing. */
    static boolean isListing(PageContent content) {
        int labels = 0;
        boolean entryLabel = false;
        boolean entry = false;
        boolean previousIsLabel = false;
        List<Block> blocks = content.blocks();
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            Field field = block.isItem() || block.isFigure() ? null : labelOf(block.text(), content.lexicon());
            if (field != null) {
                labels++;
                entryLabel |= field == Field.DATE || field == Field.CONTENT_TYPE;
                // An entry's labels follow its title; labels right under the page's title describe
                // the page itself (a publication's own page), not an entry.
                entry |= i >= 2 && !previousIsLabel && !blocks.get(i - 1).isItem();
            }
            previousIsLabel = field != null;
        }
        return labels >= MIN_LABEL_LINES && entryLabel && entry;
    }

    /**
     * A first line that names where the listing sits, with the listing's title and another line
     * after it before any label: "Новости" above "Новости и пресс-релизы", the mission's name above
     * "Daily and spot reports from the Special Monitoring Mission to Ukraine".
     */
    private static boolean isAboveTitle(List<Block> blocks, Lexicon lexicon) {
        if (blocks.size() < 4 || isLabel(blocks.get(1), lexicon) || isLabel(blocks.get(2), lexicon)) {
            return false;
        }
        String first = blocks.get(0).text();
        return lexicon.has(Section.KIND_NEWS_ITEM, first) || MissionNames.isWholeName(first);
    }

    /** The field a "Label: value" or "Label:" line names, or null. */
    private static Field labelOf(String text, Lexicon lexicon) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 20) {
            return null;
        }
        Section section = lexicon.sectionOf(text.substring(0, colon), LABELS);
        for (int f = 0; section != null && f < LABELS.length; f++) {
            if (LABELS[f] == section) {
                return FIELDS[f];
            }
        }
        return null;
    }

    /**
     * Whether the line is a label the library does not know ("Collections: Election handbooks"):
     * one to three capitalised words before a colon, with a value after it.
     */
    private static boolean isOtherLabel(String text) {
        int colon = text.indexOf(':');
        if (colon <= 0 || colon > 30 || colon + 1 >= text.length() || !Character.isUpperCase(text.codePointAt(0))) {
            return false;
        }
        return text.substring(0, colon).strip().split(" ").length <= 3;
    }

    private static boolean isLabel(Block block, Lexicon lexicon) {
        return !block.isItem()
                && !block.isFigure()
                && (labelOf(block.text(), lexicon) != null || isOtherLabel(block.text()));
    }

    /**
     * Whether block {@code i} is a label line in its place: a headline with a colon ("Guardians of
     * Safety: K9 Units Compete ...") right above an entry's "Publishing date:" and not among other
     * labels is the entry's title, not a label the library does not know.
     */
    private static boolean isLabelAt(List<Block> blocks, int i, Lexicon lexicon) {
        Block block = blocks.get(i);
        if (!isLabel(block, lexicon)) {
            return false;
        }
        // the last line of a text cut after an entry's teaser is the next entry's headline
        boolean aboveDate = i + 1 == blocks.size()
                || !blocks.get(i + 1).isItem()
                        && !blocks.get(i + 1).isFigure()
                        && labelOf(blocks.get(i + 1).text(), lexicon) == Field.DATE;
        boolean headline =
                labelOf(block.text(), lexicon) == null && aboveDate && (i == 0 || !isLabel(blocks.get(i - 1), lexicon));
        return !headline;
    }

    /**
     * Entries are found from their labels: the line just before a run of label lines is an entry's
     * title; the one line after the labels that is not itself followed by a label is the entry's
     * teaser (real teasers may end in "...", "....", a full stop, or repeat the title); any other
     * line is an entry of its own. Lines before the first entry (an
     * introduction) and the "Newsroom" line of the older layout are reported, not kept.
     */
    @Override
    public Optional<PageDraft> tryExtract(PageContent content) {
        if (content.blocks().get(0).isFigure() || !isListing(content)) {
            return Optional.empty();
        }
        List<Block> blocks = content.blocks();
        Lexicon lexicon = content.lexicon();
        PageDraft page = new PageDraft();
        Diagnostics diagnostics = page.diagnostics();
        int i = 0;
        if (blocks.get(0).text().equalsIgnoreCase(NewsroomHeader.NEWSROOM) && blocks.size() > 1) {
            diagnostics.add(blocks.get(0).line(), Diagnostic.Kind.SKIPPED, "'Newsroom' is site furniture");
            page.place(blocks.get(i++));
        } else if (isAboveTitle(blocks, lexicon)) {
            String line = Diagnostics.excerpt(blocks.get(0).text());
            // "Новости" is the site's news line, as "Newsroom" is; an operation's name is a section line
            String why = lexicon.has(Section.KIND_NEWS_ITEM, blocks.get(0).text())
                    ? "' is site furniture"
                    : "' is a section line above the title";
            diagnostics.add(blocks.get(0).line(), Diagnostic.Kind.SKIPPED, "'" + line + why);
            page.place(blocks.get(i++));
        }
        Block title = blocks.get(i++);
        page.place(title);
        int firstEntry = i;
        while (firstEntry + 1 < blocks.size() && !isLabelAt(blocks, firstEntry + 1, lexicon)) {
            firstEntry++;
        }
        for (; i < firstEntry && i < blocks.size(); i++) {
            diagnostics.add(
                    blocks.get(i).line(),
                    Diagnostic.Kind.SKIPPED,
                    "'" + Diagnostics.excerpt(blocks.get(i).text()) + "' introduces the listing; not an entry");
            page.place(blocks.get(i));
        }
        List<PendingEntry> entries = new ArrayList<>();
        EntryDraft draft = null;
        for (; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isFigure()) {
                continue; // a photo is no entry; the finishing step reports it
            }
            page.place(block);
            if (isLabelAt(blocks, i, lexicon)) {
                if (draft == null) {
                    diagnostics.add(
                            block.line(),
                            Diagnostic.Kind.UNPLACED,
                            "'" + Diagnostics.excerpt(block.text()) + "' comes before the first entry");
                } else {
                    label(draft, block, diagnostics, lexicon);
                }
            } else if (draft != null && i + 1 == blocks.size() && isCutLabel(block.text(), lexicon)) {
                diagnostics.add(
                        block.line(),
                        Diagnostic.Kind.UNPLACED,
                        "the text ends inside this entry; '" + Diagnostics.excerpt(block.text())
                                + "' is not kept as its label");
            } else if (draft != null
                    && draft.teaser == null
                    && !(i + 1 < blocks.size() && isLabelAt(blocks, i + 1, lexicon))) {
                draft.teaser = block;
            } else {
                if (draft != null) {
                    entries.add(draft.build(page, diagnostics, lexicon));
                }
                draft = new EntryDraft(block.text(), block.markup().link());
            }
        }
        if (draft != null) {
            entries.add(draft.build(page, diagnostics, lexicon));
        }
        return Optional.of(page.record(finished -> new Listing(
                finished.language(),
                title.text(),
                entries.stream().map(e -> e.identified(finished)).toList(),
                finished.mentioned(),
                finished.countries(),
                finished.site(),
                finished.diagnostics())));
    }

    /** The page's last line, when the text ends inside a label: "Publis" of "Publishing date:". */
    private static boolean isCutLabel(String text, Lexicon lexicon) {
        String lower = Lexicon.normalize(text);
        if (lower.length() < 3 || lower.indexOf(':') >= 0) {
            return false;
        }
        for (Section section : LABELS) {
            for (String label : lexicon.words(section).entries()) {
                if (label.length() > lower.length() && label.startsWith(lower)) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The structures of a "Where we are:" value: several are separated by commas, each named with
     * the OSCE's prefix ("OSCE Chairmanship, OSCE Mission to Skopje"); a comma inside one name
     * ("Missions of Long Duration in Kosovo, Sandjak and Vojvodina") does not part it. "(closed)"
     * after a name is read as a mark, not kept in it.
     */
    static List<StructureRef> structures(String value, Lexicon lexicon) {
        List<String> names = new ArrayList<>();
        for (String part : value.split(",")) {
            String name = part.strip();
            int space = name.indexOf(' ');
            String first = Lexicon.normalize(space < 0 ? name : name.substring(0, space));
            if (names.isEmpty() || lexicon.words(Section.ORGANISATION_NAMES).contains(first)) {
                names.add(name);
            } else {
                names.set(names.size() - 1, names.get(names.size() - 1) + "," + part);
            }
        }
        List<StructureRef> structures = new ArrayList<>();
        for (String name : names) {
            String stripped = name.strip();
            String open = Vocabulary.beforeClosedMark(stripped, lexicon);
            boolean closed = open != null;
            if (closed) {
                stripped = open;
            }
            if (!stripped.isEmpty()) {
                structures.add(new StructureRef(stripped, null, closed));
            }
        }
        return structures;
    }

    private static void label(EntryDraft draft, Block block, Diagnostics diagnostics, Lexicon lexicon) {
        String text = block.text();
        String value = text.substring(text.indexOf(':') + 1).strip();
        Field field = labelOf(text, lexicon);
        if (field == null) {
            diagnostics.add(
                    block.line(),
                    Diagnostic.Kind.UNKNOWN_LABEL,
                    "listing label '" + Diagnostics.excerpt(text) + "' is not one the library reads");
        } else if (value.isEmpty()) {
            diagnostics.add(block.line(), Diagnostic.Kind.EMPTY_FIELD, "'" + text + "' has no value");
        } else {
            draft.set(field, value, block, diagnostics, lexicon);
        }
    }

    /** A read entry whose structures wait for the finishing step's ids. */
    private record PendingEntry(ListingEntry entry, List<NamedStructure> structures) {
        ListingEntry identified(FinishedPage finished) {
            ListingEntry e = entry;
            return new ListingEntry(
                    e.title(),
                    e.date(),
                    e.contentType(),
                    finished.refs(structures),
                    e.fieldsOfWork(),
                    e.otherFieldsOfWork(),
                    e.location(),
                    e.publisher(),
                    e.dateline(),
                    e.teaser(),
                    e.url());
        }
    }

    /** An entry being read. */
    private static final class EntryDraft {
        final String title;
        final String url;
        Block teaser;
        LocalDate date;
        String contentType;
        final List<StructureRef> structures = new ArrayList<>();
        /** The line of each of {@link #structures}: that of its "Where we are:" label. */
        final List<Integer> structureLines = new ArrayList<>();

        String location;
        String publisher;
        final List<FieldOfWork> fields = new ArrayList<>();
        final List<String> otherFields = new ArrayList<>();

        EntryDraft(String title, String url) {
            this.title = title;
            this.url = url;
        }

        void set(Field field, String value, Block block, Diagnostics diagnostics, Lexicon lexicon) {
            switch (field) {
                case DATE -> {
                    DateScanner.Found found = DateScanner.first(value, lexicon);
                    if (found == null) {
                        diagnostics.add(
                                block.line(),
                                Diagnostic.Kind.UNPLACED,
                                "could not read a date in '" + Diagnostics.excerpt(value) + "'");
                    } else {
                        date = found.date();
                    }
                }
                case CONTENT_TYPE -> contentType = value;
                case STRUCTURE -> {
                    for (StructureRef structure : structures(value, lexicon)) {
                        structures.add(structure);
                        structureLines.add(block.line());
                    }
                }
                case LOCATION -> location = value;
                case PUBLISHER -> publisher = value;
                case FIELDS_OF_WORK -> {
                    for (String part : value.split(",")) {
                        String label = part.strip();
                        if (label.isEmpty()) {
                            continue;
                        }
                        lexicon.fieldOfWork(label).ifPresentOrElse(fields::add, () -> {
                            otherFields.add(label);
                            diagnostics.add(
                                    block.line(),
                                    Diagnostic.Kind.UNKNOWN_LABEL,
                                    "unknown field of work '" + Diagnostics.excerpt(label) + "' kept as written");
                        });
                    }
                }
            }
        }

        /** The entry, its structures registered with the page's draft to be looked up by the entry's date. */
        PendingEntry build(PageDraft page, Diagnostics diagnostics, Lexicon lexicon) {
            List<NamedStructure> named = new ArrayList<>(structures.size());
            for (int s = 0; s < structures.size(); s++) {
                StructureRef structure = structures.get(s);
                named.add(page.structure(structure.name(), structure.closed(), structureLines.get(s), date));
            }
            return new PendingEntry(entry(diagnostics, lexicon), named);
        }

        private ListingEntry entry(Diagnostics diagnostics, Lexicon lexicon) {
            Dateline dateline = null;
            String text = teaser == null ? null : teaser.text();
            DatelineParser.Result parsed = text == null ? null : DatelineParser.parse(text, lexicon);
            if (parsed != null && parsed.date() != null) {
                dateline = parsed.dateline();
            } else if (parsed != null && date != null) {
                dateline =
                        Datelines.withYear(parsed, date.getYear(), "the publishing date", teaser.line(), diagnostics);
            }
            return new ListingEntry(
                    title,
                    date,
                    contentType,
                    structures,
                    fields,
                    otherFields,
                    location,
                    publisher,
                    dateline,
                    dateline != null ? parsed.rest() : text,
                    url);
        }
    }
}
