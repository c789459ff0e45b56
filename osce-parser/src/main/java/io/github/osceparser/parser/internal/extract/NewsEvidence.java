package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.Quote;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.Diagnostics;
import io.github.osceparser.parser.internal.content.MissionNames;
import io.github.osceparser.parser.internal.content.SectionBuilder;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.text.DateScanner;
import io.github.osceparser.parser.internal.text.QuoteFinder;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a page saved as its title and body only (no kind line, metadata, newsroom header or
 * dateline) is a news item, and why: its body is a flat run of paragraphs, with no headings, that
 * reports an event, by telling the event's day in its first sentence ("On 26 March 2025, the
 * Programme Office ...") or by quoting someone by name. Overview, mission and field-of-work pages
 * have headings, or a title that names an operation or a field; they are left to their extractors.
 */
final class NewsEvidence {
    /** A headline is a line, not a sentence: longer titles are a paragraph cut from its page. */
    private static final int MAX_TITLE_LENGTH = 250;

    private NewsEvidence() {}

    /**
     * What shows that the page reports news, for the diagnostic that says why it was read as a news
     * item; null when nothing does.
     *
     * @param blocks the page's blocks, the title first
     */
    static String of(List<Block> blocks, Lexicon lexicon) {
        if (blocks.size() < 2 || !isHeadline(blocks.get(0), lexicon)) {
            return null;
        }
        List<String> paragraphs = new ArrayList<>();
        for (int i = 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isFigure()) {
                continue;
            }
            if (SectionBuilder.isHeading(blocks, i) || Vocabulary.isFooter(block.text(), lexicon)) {
                return null;
            }
            if (!block.isItem()) {
                paragraphs.add(block.text());
            }
        }
        if (paragraphs.isEmpty()) {
            return null;
        }
        String first = paragraphs.get(0);
        int sentenceEnd = first.indexOf(". ");
        DateScanner.Found day = DateScanner.find(first, 0, sentenceEnd < 0 ? first.length() : sentenceEnd, lexicon);
        if (day != null) {
            return "its first sentence tells the day of the event ('"
                    + Diagnostics.excerpt(first.substring(day.start(), day.end())) + "')";
        }
        for (Quote quote : QuoteFinder.find(paragraphs, lexicon)) {
            if (quote.speaker() != null) {
                return "it quotes " + Diagnostics.excerpt(quote.speaker());
            }
        }
        return null;
    }

    private static boolean isHeadline(Block title, Lexicon lexicon) {
        String text = title.text();
        return !title.isItem()
                && !title.isFigure()
                && text.length() <= MAX_TITLE_LENGTH
                && !text.endsWith(".")
                && MissionNames.parse(text) == null
                && lexicon.fieldOfWork(text).isEmpty();
    }
}
