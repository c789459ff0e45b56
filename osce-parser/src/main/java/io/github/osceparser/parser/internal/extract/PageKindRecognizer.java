package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.parser.internal.PageContent;
import java.util.List;

/** Chooses the extractor for a page: the first in the table that recognises it. */
public final class PageKindRecognizer {
    /** Most specific first (listings carry label lines a press release never has); the generic page takes whatever the others decline. */
    private static final List<PageExtractor> EXTRACTORS = List.of(
            new PressReleaseExtractor(),
            new FieldOfWorkExtractor(),
            new ListingExtractor(),
            new MissionPageExtractor(),
            new GenericPageExtractor());

    private PageKindRecognizer() {}

    /** The extractor for the content; never null, since the generic page accepts everything. */
    public static PageExtractor choose(PageContent content) {
        for (PageExtractor extractor : EXTRACTORS) {
            if (extractor.recognizes(content)) {
                return extractor;
            }
        }
        throw new IllegalStateException("the generic page extractor must accept every page");
    }
}
