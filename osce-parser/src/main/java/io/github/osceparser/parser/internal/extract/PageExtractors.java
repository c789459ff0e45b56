package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.parser.internal.content.PageContent;
import io.github.osceparser.parser.internal.content.PageDraft;
import java.util.List;
import java.util.Optional;

/** The extractors in the order they are asked: the first draft wins. */
public final class PageExtractors {
    /** Most specific first (listings carry label lines a press release never has); the generic page takes whatever the others decline. */
    private static final List<PageExtractor> EXTRACTORS = List.of(
            new PressReleaseExtractor(),
            new FieldOfWorkExtractor(),
            new ListingExtractor(),
            new MissionPageExtractor(),
            new GenericPageExtractor());

    private PageExtractors() {}

    /** The draft of the first extractor that takes the content; the generic page takes every page. */
    public static PageDraft draft(PageContent content) {
        for (PageExtractor extractor : EXTRACTORS) {
            Optional<PageDraft> draft = extractor.tryExtract(content);
            if (draft.isPresent()) {
                return draft.get();
            }
        }
        throw new IllegalStateException("the generic page extractor must take every page");
    }
}
