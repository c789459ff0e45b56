package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.parser.internal.content.PageContent;
import io.github.osceparser.parser.internal.content.PageDraft;
import java.util.Optional;

/**
 * Turns the content of one kind of page into a draft of its record. Extractors are asked in order
 * (see {@link PageExtractors}); adding a page kind means one new extractor and one row in that
 * table.
 */
public interface PageExtractor {
    /**
     * A draft of the page when the content is of this extractor's kind, or empty to let the next
     * extractor try. The content is read once; an empty answer leaves nothing behind, since all an
     * extractor places and reports goes into the draft it returns.
     */
    Optional<PageDraft> tryExtract(PageContent content);
}
