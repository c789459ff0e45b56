package io.github.osceparser.parser.internal.content;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.Site;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import java.util.List;

/**
 * A page's content as a front end hands it to the extractors: the blocks, the site snapshot, the
 * detected language, and what the page states of itself outside its blocks (the markup's dates,
 * its own address). Read-only: what an extractor makes of it goes into its {@link PageDraft}, so an
 * extractor that declines leaves nothing behind.
 *
 * @param blocks the content blocks, in page order; never empty
 * @param site nullable: the navigation snapshot, when the page had a menu
 * @param language the ISO 639-1 code of the content's language
 * @param markupDates the dates the markup states (HTML), most trusted first; empty for page text
 * @param pageUrl nullable: the page's own absolute address, when the input states it
 * @param skipped the front end's diagnostics: what it left out as furniture or repetition
 * @param countries the codes of the participating States and Partners the blocks name, in order of
 *     first mention
 * @param structures the OSCE structures the blocks name, in order of first mention
 */
public record PageContent(
        List<Block> blocks,
        Site site,
        String language,
        List<DateEvidence> markupDates,
        String pageUrl,
        List<Diagnostic> skipped,
        List<String> countries,
        List<Mention> structures) {
    public PageContent {
        blocks = List.copyOf(blocks);
        markupDates = List.copyOf(markupDates);
        skipped = List.copyOf(skipped);
        countries = List.copyOf(countries);
        structures = List.copyOf(structures);
        if (blocks.isEmpty()) {
            throw new IllegalArgumentException("a page's content has at least one block");
        }
    }

    /** The words of the content's language (and English), which every rule of extraction reads. */
    public Lexicon lexicon() {
        return Lexicon.of(language);
    }
}
