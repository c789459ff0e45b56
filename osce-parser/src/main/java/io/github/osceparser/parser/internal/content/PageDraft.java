package io.github.osceparser.parser.internal.content;

import io.github.osceparser.model.OscePage;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;

/**
 * What one extractor made of a page: the blocks it placed, the diagnostics it wrote, the dates the
 * text gives, and how to build the record once {@link PageFinisher} has decided the rest (the
 * date, the diagnostics of blocks nobody placed). The record is built exactly once, from here.
 */
public final class PageDraft {
    private final Set<Block> placed = Collections.newSetFromMap(new IdentityHashMap<>());
    private final Diagnostics diagnostics = new Diagnostics();
    private final List<DateEvidence> dates = new ArrayList<>();
    private final List<NamedStructure> structures = new ArrayList<>();
    private boolean datedByMarkup;
    private Function<FinishedPage, OscePage> record;

    /** Marks a block as accounted for: in the record, or named by a diagnostic. */
    public void place(Block block) {
        placed.add(block);
    }

    /** Whether the block is accounted for. */
    public boolean isPlaced(Block block) {
        return placed.contains(block);
    }

    /** The diagnostics this extractor writes; the finishing step adds its own. */
    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Adds a date the text gives for the page; the finishing step weighs them by their source. */
    public void date(DateEvidence evidence) {
        dates.add(Objects.requireNonNull(evidence, "evidence"));
    }

    /** The dates the text gives, in page order. */
    public List<DateEvidence> dates() {
        return Collections.unmodifiableList(dates);
    }

    /**
     * Registers a structure the record will name; the finishing step looks it up in the registry
     * and the record's builder gets its id with {@link FinishedPage#ref(NamedStructure)}.
     *
     * @param printed the name as printed, without a "(closed)" mark
     * @param closed whether the page marks it closed
     * @param line the line that names it
     * @param dayOrNull the day to resolve it by, or null for the page's own date
     */
    public NamedStructure structure(String printed, boolean closed, int line, LocalDate dayOrNull) {
        NamedStructure named = new NamedStructure(structures.size(), printed, closed, line, dayOrNull);
        structures.add(named);
        return named;
    }

    /** The structures the record will name, in the order they were registered. */
    public List<NamedStructure> structures() {
        return Collections.unmodifiableList(structures);
    }

    /** Lets the markup's dates date the page too (records that can say where their date came from). */
    public PageDraft datedByMarkup() {
        datedByMarkup = true;
        return this;
    }

    public boolean isDatedByMarkup() {
        return datedByMarkup;
    }

    /** Sets how the record is built from what the finishing step decided; returns this draft. */
    public PageDraft record(Function<FinishedPage, OscePage> build) {
        this.record = Objects.requireNonNull(build, "build");
        return this;
    }

    public OscePage build(FinishedPage finished) {
        if (record == null) {
            throw new IllegalStateException("an extractor returned a draft without its record");
        }
        return record.apply(finished);
    }
}
