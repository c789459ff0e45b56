package io.github.osceparser.parser.internal.text;

import io.github.osceparser.model.Quote;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.lexicon.WordList;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the quotations in a press release's paragraphs and who said them.
 *
 * <p>A quotation is text between quotation marks ({@link QuoteMarks}) of at least five words or
 * ending in punctuation; shorter ones are titles or scare quotes ("so-called “frozen conflicts”"),
 * and so is a capitalised name in marks inside a sentence with no attribution (the “Law on ...”,
 * the report «Testigos sin miedo: ...»). A quotation whose paragraph ends before its closing mark
 * and whose next paragraph opens one again continues there (quotations.txt, fact 4). The speaker
 * comes from the {@link Attribution} after the closing mark or before the opening mark; a
 * quotation with none belongs to the speaker of the quotation before it in its paragraph, or in
 * the paragraph before when it opens its own (fact 6).
 */
public final class QuoteFinder {
    private static final int MIN_WORDS = 5;
    /** How far before a name or title in marks the attribution of the quotation after it may start. */
    private static final int MAX_LEAD = 300;
    /** How many characters a quotation's opening must have for a later copy of it to count as a repeat. */
    private static final int REPEAT_KEY = 40;

    private final People people;
    private final Attribution attribution;
    private final WordList notNameWords;
    private final WordList titleCues;

    private QuoteFinder(Lexicon lexicon) {
        people = new People(lexicon);
        attribution = new Attribution(lexicon, people);
        notNameWords = lexicon.words(Section.NOT_NAME_WORDS);
        titleCues = lexicon.words(Section.TITLE_CUES);
    }

    /** The quotes of the paragraphs, in order, read with the words of the page's language. */
    public static List<Quote> find(List<String> paragraphs, Lexicon lexicon) {
        return find(new Paragraphs(paragraphs), lexicon);
    }

    /** The quotes of the paragraphs, reading the words the paragraphs have already been split into. */
    public static List<Quote> find(Paragraphs paragraphs, Lexicon lexicon) {
        return new QuoteFinder(lexicon).read(paragraphs);
    }

    private List<Quote> read(Paragraphs paragraphs) {
        Reading reading = new Reading(paragraphs);
        long offset = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = paragraphs.text(p);
            int floor = 0; // the end of the quotation before, where an attribution before a mark may start
            for (int i = nextOpening(paragraph, 0), after; i >= 0; i = nextOpening(paragraph, after)) {
                after = reading.quotation(p, i, floor, offset);
                if (after < 0) {
                    floor = -1;
                    break; // the quotation runs on into the next paragraph
                }
                // A name or title in marks is no quotation, and the attribution of the next one may
                // start before it ("NAME, a trainer from the centre "Umed," reflected ...: “"), back to
                // a bounded distance, so that many such marks in a paragraph stay linear.
                floor = reading.wasQuotation ? after : Math.max(floor, i - MAX_LEAD);
            }
            reading.endFloor = Math.max(floor, 0);
            reading.endOffset = offset;
            offset += paragraph.length() + 1;
        }
        return List.copyOf(reading.quotes);
    }

    /**
     * The index of the next opening quotation mark from {@code from}, or -1. The scan over every
     * character is a loop of its own: in the loop over quotations, it made the JIT compiler compile
     * the whole attribution code into one method again and again (seconds of CPU per process).
     */
    private static int nextOpening(String paragraph, int from) {
        for (int i = from; i < paragraph.length(); i++) {
            if (QuoteMarks.opensAt(paragraph, i)) {
                return i;
            }
        }
        return -1;
    }

    /** What reading one page's quotations carries from one quotation to the next. */
    private final class Reading {
        private final Paragraphs paragraphs;
        private final List<Quote> quotes = new ArrayList<>();
        /** The quotations with a speaker by their first {@value #REPEAT_KEY} characters; looked up, never iterated. */
        private final Map<String, Quote> byOpening = new HashMap<>();
        // Each paragraph is split into words once, when a quotation needs it, and the people of a
        // paragraph are read only then: up to and including the quotation's paragraph, as an
        // attribution may name someone introduced there or before. Paragraphs after the last
        // quotation, and pages with none, are never split.
        private int scanned;
        private long scannedOffset;
        private Quote previous;
        private int previousParagraph = -2;
        /** The parts of a quotation that runs on from the paragraphs before, or null. */
        private StringBuilder carried;
        /** The attribution before the first part of the quotation carried, or null. */
        private Speakers.Said carriedSaid;
        /** Where the last quotation of the paragraph read last ended (0 if it had none), and where that paragraph starts. */
        private int endFloor;

        private long endOffset;
        /** Whether the marks read last held a quotation (not a name or title). */
        private boolean wasQuotation;

        Reading(Paragraphs paragraphs) {
            this.paragraphs = paragraphs;
        }

        /**
         * Reads the quotation whose opening mark is at {@code i} in paragraph {@code p} (at
         * {@code offset} in the whole text), where an attribution before the mark starts at
         * {@code floor} or later; returns where the text after its closing mark starts,
         * or -1 when it runs on into the next paragraph.
         */
        int quotation(int p, int i, int floor, long offset) {
            wasQuotation = false;
            String paragraph = paragraphs.text(p);
            char open = paragraph.charAt(i);
            int end = QuoteMarks.closingAt(paragraph, i);
            String part =
                    trimQuote(paragraph, QuoteMarks.contentStart(paragraph, i), end < 0 ? paragraph.length() : end);
            Tokens.Words words = paragraphs.words(p);
            for (; scanned <= p; scanned++) {
                people.scan(paragraphs.words(scanned), scannedOffset);
                scannedOffset += paragraphs.text(scanned).length() + 1;
            }
            if (end < 0 && p + 1 < paragraphs.size() && opensWith(paragraphs.text(p + 1), open)) {
                if (carried == null) {
                    // the attribution before a quotation over several paragraphs is before its first part
                    carriedSaid = before(p, i, floor, offset);
                }
                carried = join(carried, part);
                return -1;
            }
            boolean continued = carried != null;
            String quoted = continued ? join(carried, part).toString() : part;
            Speakers.Said saidBefore = continued ? carriedSaid : null;
            carried = null;
            carriedSaid = null;
            int after = end < 0 ? paragraph.length() : end + 1;
            if (quoted.isEmpty()) {
                return after;
            }
            // A short quotation counts when a pronoun and a verb of speech follow it: "« Nous
            // reviendrons à l’automne », a-t-elle ajouté" (fact 13); a title does not "add"
            // (ExtractionEdgesTest keeps "“Four words, no stop,” said Anna Berg" out).
            // A quotation the end of the text cuts off may have had its attribution after the cut:
            // only an attribution before it, or an earlier copy of it, names its speaker (SURVEY.md,
            // hold-out 5); one that opens its paragraph is a quotation however few words were kept
            // ("“Since the").
            boolean cut = end < 0 && p == paragraphs.size() - 1;
            boolean longEnough = continued || isLongEnough(quoted, words, i, end) || cut && opensWith(paragraph, open);
            Speakers.Said said = attribution.after(words, after, offset + i);
            if (said == null && longEnough) {
                said = continued ? saidBefore : before(p, i, floor, offset);
            }
            boolean quotation =
                    longEnough ? said != null || !isTitle(quoted, words, i, end) : said != null && said.pronoun();
            if (quotation) {
                // the same speaker goes on: in the quotation's paragraph ("“A,” said NAME. “B”"), even
                // when the end of the text cuts it, or in a quotation paragraph after one of theirs
                boolean follows =
                        previousParagraph == p || !cut && previousParagraph == p - 1 && opensWith(paragraph, open);
                if (said == null && !cut && !follows && !continued && p > 0 && opensWith(paragraph, open)) {
                    // a quotation paragraph after a paragraph that reports what a named person said
                    // ("the Chairman-in-Office said he had written ..."; quotations.txt, fact 55)
                    said = attribution.reportedLast(paragraphs.words(p - 1), endFloor, endOffset);
                }
                if (said == null && !follows && !opensWith(paragraph, open)) {
                    // a quotation inside a paragraph that goes on reporting someone's words (facts 85, 86)
                    said = attribution.reportedBefore(words, i, offset);
                }
                // a copy of an earlier quotation says whose words they are, cut or not
                Quote repeated = said == null && !follows ? repeatOf(quoted) : null;
                Quote quote = said != null
                        ? new Quote(quoted, said.speaker(), said.role())
                        : follows && previous != null
                                ? new Quote(quoted, previous.speaker(), previous.role())
                                : repeated != null
                                        ? new Quote(quoted, repeated.speaker(), repeated.role())
                                        : new Quote(quoted, null, null);
                quotes.add(quote);
                if (quote.speaker() != null && quoted.length() >= REPEAT_KEY) {
                    byOpening.putIfAbsent(quoted.substring(0, REPEAT_KEY), quote);
                }
                wasQuotation = true;
                previous = quote;
                previousParagraph = p;
            }
            return after;
        }

        /**
         * The earlier quotation with a speaker that this one repeats, or null: a page that prints a
         * paragraph again, the copy cut before its attribution, says the same words as the first
         * ("“We look forward to ...,” said Ambassador NAME." and, further down, "“We look forward to
         * ..."). Looked up by the quotation's first words, so that many quotations stay linear.
         */
        private Quote repeatOf(String quoted) {
            if (quoted.length() < REPEAT_KEY) {
                return null;
            }
            Quote earlier = byOpening.get(quoted.substring(0, REPEAT_KEY));
            return earlier != null && earlier.text().startsWith(quoted) ? earlier : null;
        }

        /**
         * The attribution before the opening mark at {@code i} in paragraph {@code p}: in its own
         * paragraph, or, when the mark opens the paragraph, at the end of the paragraph before
         * ("... Ambassador NAME made the following statement:"; quotations.txt, facts 38 and 45).
         */
        private Speakers.Said before(int p, int i, int floor, long offset) {
            Speakers.Said said = attribution.before(paragraphs.words(p), i, floor, offset);
            if (said == null) {
                said = attribution.reportedInSentence(paragraphs.words(p), i, floor, offset);
            }
            String paragraph = paragraphs.text(p);
            if (said == null && p > 0 && Clauses.stripEnd(paragraph, 0, i) == 0) {
                String before = paragraphs.text(p - 1);
                said = attribution.before(paragraphs.words(p - 1), before.length(), endFloor, endOffset);
            }
            return said;
        }
    }

    /** The parts of a quotation over several paragraphs, joined by one space; a builder, as they may be many. */
    private static StringBuilder join(StringBuilder parts, String part) {
        if (parts == null) {
            return new StringBuilder(part);
        }
        if (!part.isEmpty()) {
            parts.append(parts.length() == 0 ? "" : " ").append(part);
        }
        return parts;
    }

    /** Whether the paragraph's first character other than a space is the opening mark. */
    private static boolean opensWith(String paragraph, char open) {
        int first = Clauses.stripStart(paragraph, 0, paragraph.length());
        return first < paragraph.length() && paragraph.charAt(first) == open;
    }

    /** The quoted words without surrounding space and without the comma that leads into the attribution. */
    private static String trimQuote(String text, int from, int to) {
        int start = Clauses.stripStart(text, from, to);
        int end = Clauses.stripEnd(text, start, to);
        while (end > start && text.charAt(end - 1) == ',') {
            end = Clauses.stripEnd(text, start, end - 1);
        }
        return text.substring(start, end);
    }

    /** At least five words between the marks, or a sentence's end: shorter ones are scare quotes. */
    private static boolean isLongEnough(String quoted, Tokens.Words words, int open, int close) {
        int to = close < 0 ? words.text().length() : close;
        int first = words.firstFrom(open + 1);
        return words.endBefore(first, to) - first >= MIN_WORDS || endsSentence(quoted);
    }

    private static boolean endsSentence(String quoted) {
        return ".!?".indexOf(quoted.charAt(quoted.length() - 1)) >= 0;
    }

    /**
     * A title or a quoted term with no attribution: capitalised, inside a sentence, not ending a
     * sentence or leading into an attribution with a comma ("the new “Law on Preventing Domestic
     * Violence” and", "el informe «Testigos sin miedo: protección ...», publicado"); capitalised after
     * a word that names what it is titles, whatever follows ("the project “Supporting ... V,” aimed
     * at", "the Forum – “Increasing stability ...” –"); or words in lower case quoted inside a
     * sentence ("took an oath to fulfil their duties "honourably, impartially, ..."").
     */
    private boolean isTitle(String quoted, Tokens.Words words, int open, int close) {
        String text = words.text();
        int to = close < 0 ? text.length() : close;
        int before = Clauses.stripEnd(text, 0, open);
        boolean inSentence = before > 0 && Character.isLetterOrDigit(text.charAt(before - 1));
        if (endsSentence(quoted)) {
            return false;
        }
        if (!Character.isUpperCase(quoted.charAt(0))) {
            return inSentence && Character.isLowerCase(quoted.charAt(0)) && close >= 0;
        }
        if (namesTitled(words, open)) {
            return true;
        }
        boolean endsWithComma = text.charAt(Clauses.stripEnd(text, open + 1, to) - 1) == ',';
        return !endsWithComma && inSentence;
    }

    /**
     * Whether the word before the opening mark (a dash or colon between them passed over) names
     * what the marks hold: an organisation's, event's or document's word ("project", "Forum",
     * "report": the lexicon's {@code not-name-words}) or "entitled".
     */
    private boolean namesTitled(Tokens.Words words, int open) {
        String text = words.text();
        int at = open;
        while (at > 0 && (Character.isWhitespace(text.charAt(at - 1)) || "–—-:".indexOf(text.charAt(at - 1)) >= 0)) {
            at--;
        }
        int w = words.endBefore(0, at) - 1;
        if (w < 0 || words.end(w) != at) {
            return false;
        }
        String lower = words.lower(w);
        return notNameWords.contains(lower) || titleCues.contains(lower);
    }
}
