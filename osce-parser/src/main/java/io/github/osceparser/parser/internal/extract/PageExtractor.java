package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.internal.PageContent;

/**
 * Turns the content of one kind of page into its record. Extractors are asked in order whether the
 * content is theirs (see {@link PageKindRecognizer}); adding a page kind means one new extractor and
 * one row in that table.
 */
public interface PageExtractor {
    /** Whether the content is a page of this extractor's kind; false lets the next extractor try. */
    boolean recognizes(PageContent content);

    /** The record for content this extractor recognised; places every block it uses. */
    OscePage extract(PageContent content);
}
