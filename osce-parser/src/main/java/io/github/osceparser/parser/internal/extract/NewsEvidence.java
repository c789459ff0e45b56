package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.Quote;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.MissionNames;
import io.github.osceparser.parser.internal.content.SectionBuilder;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.lexicon.WordList;
import io.github.osceparser.parser.internal.text.DateScanner;
import io.github.osceparser.parser.internal.text.Paragraphs;
import io.github.osceparser.parser.internal.text.QuoteFinder;
import java.util.ArrayList;
import java.util.List;

/**
 * Whether a page saved as its title and body only (no kind line, metadata, newsroom header or
 * dateline) is a news item, and on what evidence. Its body must report an event: its first sentence
 * tells the event's day ("On 26 March 2025, the Programme Office ...", "7-8 мая в Ашхабаде ..."), it
 * quotes someone with a verb of speech, or its headline reports someone's words ("Study says ...")
 * over a body in which the OSCE acts. A feature story may have sub-headings; then only a quotation
 * with its speaker, anywhere in it, makes it news. That the OSCE acts in the first paragraph is
 * noted as evidence too. Overview, mission and field-of-work pages have a title that names an
 * operation or a field, or quote no one by name; they are left to their extractors.
 */
final class NewsEvidence {
    /** A headline is a line, not a sentence: longer titles are a paragraph cut from its page. */
    private static final int MAX_TITLE_LENGTH = 250;

    private NewsEvidence() {}

    /**
     * The evidence that the page reports news, in the words of the diagnostic that says why it was
     * read as a news item ("a date in the first sentence, an OSCE actor"); null when it is not news.
     *
     * @param blocks the page's blocks, the title first
     */
    static Evidence of(List<Block> blocks, Lexicon lexicon) {
        if (blocks.size() < 2 || !isHeadline(blocks.get(0), lexicon)) {
            return null;
        }
        List<String> texts = new ArrayList<>();
        boolean headed = false;
        for (int i = 1; i < blocks.size(); i++) {
            Block block = blocks.get(i);
            if (block.isFigure()) {
                continue;
            }
            if (Vocabulary.isFooter(block.text(), lexicon)) {
                return null;
            }
            // A feature story may have sub-headings (hold-out 6, h34; hold-out 9, h05, h36; hold-out
            // 10, h07, h10, h33, h34): the text under all of them is read, and then only a quotation
            // with its speaker makes the page news.
            if (SectionBuilder.isHeading(blocks, i)) {
                headed = true;
            } else if (!block.isMarksOnly()) {
                texts.add(block.text()); // the paragraphs the release keeps, bullets too
            }
        }
        if (texts.isEmpty()) {
            return null;
        }
        Paragraphs body = new Paragraphs(texts);
        boolean dated = tellsTheDay(texts, lexicon);
        boolean actor = body.mentions(0, lexicon.words(Section.ORGANISATION_NAMES));
        WordList speechVerbs = lexicon.words(Section.SPEECH_VERBS);
        boolean spoken = false;
        for (int p = 0; p < body.size() && !spoken; p++) {
            spoken = body.mentions(p, speechVerbs);
        }
        boolean quoted = false;
        List<Quote> quotes = null;
        if (spoken) {
            quotes = QuoteFinder.find(body, lexicon);
            for (Quote quote : quotes) {
                quoted |= quote.speaker() != null;
            }
        }
        // "Study says OSCE training helps ...": a headline that reports someone's words, over a
        // body in which the OSCE acts, is news without a day or a quotation (hold-out 8, h06)
        boolean reported = actor && new Paragraphs(List.of(blocks.get(0).text())).mentions(0, speechVerbs);
        if (!quoted && (!(dated || reported) || headed)) {
            return null;
        }
        List<String> evidence = new ArrayList<>();
        if (dated) {
            evidence.add("a date in the first sentence");
        }
        if (reported) {
            evidence.add("a verb of speech in the title");
        }
        if (actor) {
            evidence.add("an OSCE actor");
        }
        if (spoken) {
            evidence.add("a verb of speech");
        }
        if (quoted) {
            evidence.add("a quotation");
        }
        // the quotations of a part of the body are not the page's: the release reads them again
        return new Evidence(String.join(", ", evidence), headed ? null : quotes);
    }

    /**
     * Whether the body's first two sentences name a day, with its year or without ("On 12 May, the
     * Office ...", "The workshops will take place between 28 September and 9 October 2015").
     */
    private static boolean tellsTheDay(List<String> texts, Lexicon lexicon) {
        String first = texts.get(0);
        int firstEnd = sentenceEnd(first, 0);
        int end = sentenceEnd(first, firstEnd + 1);
        if (tellsTheDay(first, end, lexicon)) {
            return true;
        }
        // a first paragraph of one sentence: the second sentence opens the next paragraph (hold-out 9, h22)
        return firstEnd == first.length()
                && texts.size() > 1
                && tellsTheDay(texts.get(1), sentenceEnd(texts.get(1), 0), lexicon);
    }

    private static boolean tellsTheDay(String text, int end, Lexicon lexicon) {
        return DateScanner.find(text, 0, end, lexicon) != null
                || DateScanner.findDayAndMonth(text, 0, end, lexicon) != null;
    }

    /**
     * The end of the sentence that starts at {@code from}: a full stop, then a space and a capital.
     * The stop after a number is no end ("am 4. bis 6. Oktober"), nor is one after a single letter.
     */
    static int sentenceEnd(String text, int from) {
        if (from >= text.length()) {
            return text.length();
        }
        for (int dot = text.indexOf(". ", from); dot >= 0; dot = text.indexOf(". ", dot + 1)) {
            boolean afterWord =
                    dot >= 2 && Character.isLetter(text.charAt(dot - 1)) && Character.isLetter(text.charAt(dot - 2));
            if (afterWord && dot + 2 < text.length() && Character.isUpperCase(text.charAt(dot + 2))) {
                return dot;
            }
        }
        return text.length();
    }

    /**
     * What showed that a page is news.
     *
     * @param description the evidence in the diagnostic's words ("a date in the first sentence, an OSCE actor")
     * @param quotes the body's quotations when they were read to decide, so they are read once; else null
     */
    record Evidence(String description, List<Quote> quotes) {}

    private static boolean isHeadline(Block title, Lexicon lexicon) {
        String text = title.text();
        return !title.isItem()
                && !title.isFigure()
                && text.length() <= MAX_TITLE_LENGTH
                && !text.endsWith(".")
                && !MissionNames.isWholeName(text)
                && lexicon.fieldOfWork(text).isEmpty();
    }
}
