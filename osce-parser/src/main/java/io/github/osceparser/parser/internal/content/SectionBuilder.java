package io.github.osceparser.parser.internal.content;

import io.github.osceparser.model.Section;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;

/**
 * Builds sections from content blocks: headings open sections, lines become paragraphs, bullets
 * become list items.
 *
 * <p>A section holds paragraphs and then at most one list; a paragraph after a list opens a new
 * section without a heading, so that two lists stay two lists (the Italian "Ordine pubblico" page
 * has two). A heading the caller marks as a subheading opens a subsection of the current section
 * ("Our institutions and offices" under "Our teams" on field-of-work pages).
 */
public final class SectionBuilder {
    private final Predicate<String> isSubheading;
    private final List<Draft> top = new ArrayList<>();
    private Draft current;
    private Draft currentSub;

    /** A builder that nests the headings the predicate accepts under the section before them. */
    public SectionBuilder(Predicate<String> isSubheading) {
        this.isSubheading = isSubheading;
    }

    /**
     * Adds the blocks, in order; photos are left out (and not marked placed).
     *
     * @param blocks the section blocks
     * @param placed marks each block as placed in the record
     */
    public SectionBuilder addAll(List<Block> blocks, java.util.function.Consumer<Block> placed) {
        for (int i = 0; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isFigure()) {
                continue; // a photo is no section text: left unplaced, the finishing step reports it
            }
            if (isHeading(blocks, i)) {
                heading(block.text());
            } else if (block.isItem()) {
                target().items.add(block.text());
            } else {
                paragraph(block.text());
            }
            placed.accept(block);
        }
        return this;
    }

    /** Whether the block at {@code i} is a heading: marked as one, or a heading-like line with content after it. */
    public static boolean isHeading(List<Block> blocks, int i) {
        Block block = blocks.get(i);
        return block.kind() == Block.Kind.HEADING
                || (block.kind() == Block.Kind.LINE
                        && i + 1 < blocks.size()
                        && Headings.looksLikeHeading(block.text())
                        && !isFigureUnderHeading(blocks, i));
    }

    /**
     * A count right under a heading is the heading's value, not a heading of its own: "Staff", then
     * "38 fixed-term staff"; "Offices", then "1 office". A numbered heading ("2. Tasks") is not a count.
     */
    private static boolean isFigureUnderHeading(List<Block> blocks, int i) {
        String text = blocks.get(i).text();
        int digits = 0;
        while (digits < text.length() && Character.isDigit(text.charAt(digits))) {
            digits++;
        }
        if (digits == 0 || digits >= text.length() || text.charAt(digits) != ' ' || i == 0) {
            return false;
        }
        Block before = blocks.get(i - 1);
        return before.kind() == Block.Kind.HEADING
                || (before.kind() == Block.Kind.LINE && Headings.looksLikeHeading(before.text()));
    }

    private void heading(String text) {
        if (current != null && isSubheading.test(text)) {
            currentSub = new Draft(text);
            current.sections.add(currentSub);
        } else {
            current = new Draft(text);
            currentSub = null;
            top.add(current);
        }
    }

    private void paragraph(String text) {
        Draft target = target();
        if (!target.items.isEmpty()) {
            Draft continuation = new Draft(null);
            if (target == currentSub) {
                current.sections.add(continuation);
                currentSub = continuation;
            } else {
                top.add(continuation);
                current = continuation;
            }
            target = continuation;
        }
        target.paragraphs.add(text);
    }

    private Draft target() {
        if (currentSub != null) {
            return currentSub;
        }
        if (current == null) {
            current = new Draft(null);
            top.add(current);
        }
        return current;
    }

    /** The sections built so far. */
    public List<Section> build() {
        List<Section> sections = new ArrayList<>(top.size());
        for (Draft draft : top) {
            sections.add(draft.build());
        }
        return sections;
    }

    private static final class Draft {
        final String heading;
        final List<String> paragraphs = new ArrayList<>();
        final List<String> items = new ArrayList<>();
        final List<Draft> sections = new ArrayList<>();

        Draft(String heading) {
            this.heading = heading;
        }

        Section build() {
            List<Section> subsections = new ArrayList<>(sections.size());
            for (Draft sub : sections) {
                subsections.add(sub.build());
            }
            return new Section(heading, paragraphs, items, subsections);
        }
    }
}
