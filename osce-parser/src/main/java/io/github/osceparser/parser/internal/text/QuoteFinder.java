package io.github.osceparser.parser.internal.text;

import io.github.osceparser.model.Quote;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Finds the quotations in a press release's paragraphs and who said them.
 *
 * <p>A quotation is text between quotation marks (“ ”, « », „ “ or straight double quotes) of at
 * least five words or ending in punctuation; shorter ones are titles or scare quotes ("so-called
 * “frozen conflicts”"). The speaker comes from the attribution after the closing mark (“...,” said
 * Kevin Carty, the Senior Police Adviser ...; “...,” he said; “...,” said Vinet), or before the
 * opening mark (Zannier said: “...”). A quotation with no attribution of its own that follows a
 * quotation in the same paragraph belongs to the same speaker. Pronouns and surnames are resolved
 * with {@link People}.
 */
public final class QuoteFinder {
    private static final int MIN_WORDS = 5;

    private final People people;
    private final WordList pronouns;
    private final WordList auxiliaries;
    private final WordList particles;
    private final WordList abbreviations;

    private QuoteFinder(Lexicon lexicon) {
        people = new People(lexicon);
        pronouns = lexicon.words(Section.PRONOUNS);
        auxiliaries = lexicon.words(Section.AUXILIARIES);
        particles = lexicon.words(Section.NAME_PARTICLES);
        abbreviations = lexicon.words(Section.ABBREVIATIONS);
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
        // Each paragraph is split into words once, when a quotation needs it, and the people of a
        // paragraph are read only then: up to and including the quotation's paragraph, as an
        // attribution may name someone introduced there or before. Paragraphs after the last
        // quotation, and pages with none, are never split.
        int scanned = 0;
        long scannedOffset = 0;
        List<Quote> quotes = new ArrayList<>();
        long offset = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = paragraphs.text(p);
            Quote previous = null;
            int i = 0;
            while (i < paragraph.length()) {
                char open = paragraph.charAt(i);
                char close = closingMark(open);
                if (close == 0) {
                    i++;
                    continue;
                }
                int end = paragraph.indexOf(close, i + 1);
                if (end < 0) {
                    end = paragraph.length();
                }
                String quoted = trimQuote(paragraph.substring(i + 1, end));
                int after = Math.min(end + 1, paragraph.length());
                if (!quoted.isEmpty()) {
                    Tokens.Words words = paragraphs.words(p);
                    if (isQuotation(quoted, words, i + 1, end)) {
                        for (; scanned <= p; scanned++) {
                            people.scan(paragraphs.words(scanned), scannedOffset);
                            scannedOffset += paragraphs.text(scanned).length() + 1;
                        }
                        Quote quote = attribute(quoted, words, i, after, offset, previous);
                        quotes.add(quote);
                        previous = quote;
                    }
                }
                i = after;
            }
            offset += paragraph.length() + 1;
        }
        return List.copyOf(quotes);
    }

    private static char closingMark(char open) {
        return switch (open) {
            case '“' -> '”';
            case '«' -> '»';
            case '„' -> '“';
            case '"' -> '"';
            default -> 0;
        };
    }

    /** The quoted words without surrounding space and without the comma that leads into the attribution. */
    private static String trimQuote(String words) {
        int start = 0;
        int end = words.length();
        while (start < end && Character.isWhitespace(words.charAt(start))) {
            start++;
        }
        while (true) {
            while (end > start && Character.isWhitespace(words.charAt(end - 1))) {
                end--;
            }
            if (end == start || words.charAt(end - 1) != ',') {
                return words.substring(start, end);
            }
            end--;
        }
    }

    /** A quotation rather than a title: at least five words between the marks, or a sentence's end. */
    private static boolean isQuotation(String quoted, Tokens.Words words, int from, int to) {
        char last = quoted.charAt(quoted.length() - 1);
        int first = words.firstFrom(from);
        return words.endBefore(first, to) - first >= MIN_WORDS || ".!?".indexOf(last) >= 0;
    }

    private Quote attribute(String quoted, Tokens.Words words, int open, int after, long offset, Quote previous) {
        String paragraph = words.text();
        long position = offset + open;
        int speakerFrom = -1;
        int speakerTo = -1;
        String role = null;
        // After the quotation: “...,” said NAME[, ROLE]. / “...,” NAME said. / “...,” he said.
        int tailTo = sentenceEnd(paragraph, after);
        int tailFrom = stripAuxiliary(words, stripLeadingPunctuation(paragraph, after, tailTo), tailTo);
        int first = words.firstFrom(tailFrom);
        int count = words.endBefore(first, tailTo) - first;
        if (count > 0 && words.start(first) == tailFrom && Character.isLetter(paragraph.charAt(tailFrom))) {
            if (people.isSpeechVerb(words.lower(first)) && count > 1) {
                int whoFrom = words.start(first + 1);
                int whoTo = stripEnd(paragraph, whoFrom, tailTo);
                int nameEnd = capitalisedRunEnd(words, first + 1, tailTo);
                speakerFrom = whoFrom;
                speakerTo = nameEnd > 0 ? nameEnd : whoTo; // "said the Ambassador"
                if (nameEnd > 0 && paragraph.startsWith(", ", nameEnd) && nameEnd + 2 <= whoTo) {
                    role = paragraph.substring(nameEnd + 2, whoTo).strip();
                }
            } else if (count > 1 && people.isSpeechVerb(words.lower(first + 1))) {
                speakerFrom = tailFrom;
                speakerTo = words.end(first);
            } else if (count > 2 && people.isSpeechVerb(words.lower(first + 2))) {
                speakerFrom = tailFrom;
                speakerTo = words.end(first + 1);
            }
        }
        // Before the quotation: NAME said: “...”
        if (speakerFrom < 0) {
            // The text before the mark is searched in place: copying it for every quotation made a
            // paragraph of many quotations quadratic.
            int headEnd = open;
            while (headEnd > 0 && Character.isWhitespace(paragraph.charAt(headEnd - 1))) {
                headEnd--;
            }
            if (headEnd > 0 && (paragraph.charAt(headEnd - 1) == ':' || paragraph.charAt(headEnd - 1) == ',')) {
                int leadEnd = headEnd - 1;
                int start = Math.max(
                        Math.max(paragraph.lastIndexOf(". ", leadEnd - 2), paragraph.lastIndexOf("” ", leadEnd - 2)),
                        paragraph.lastIndexOf("\" ", leadEnd - 2));
                int clauseFrom = stripStart(paragraph, start < 0 ? 0 : start + 2, leadEnd);
                int clauseFirst = words.firstFrom(clauseFrom);
                int clauseLast = words.endBefore(clauseFirst, leadEnd);
                for (int w = clauseLast - 1; w > clauseFirst; w--) {
                    if (people.isSpeechVerb(words.lower(w))) {
                        speakerFrom = clauseFrom;
                        speakerTo = stripEnd(paragraph, clauseFrom, words.start(w));
                        break;
                    }
                }
            }
        }
        if (speakerFrom < 0) {
            return previous != null
                    ? new Quote(quoted, previous.speaker(), previous.role())
                    : new Quote(quoted, null, null);
        }
        speakerFrom = stripRoleWords(words, speakerFrom, speakerTo);
        String speakerText = paragraph.substring(speakerFrom, speakerTo).strip();
        boolean pronoun = isPronoun(speakerText);
        People.Person person = pronoun ? people.lastBefore(position) : people.byName(speakerText);
        if (person != null) {
            people.mentioned(person, position);
        }
        String speaker = person != null
                ? person.name()
                : pronoun ? null : nameOrNull(speakerText, words, speakerFrom, speakerTo);
        if (role == null && person != null) {
            role = person.role();
        }
        return new Quote(quoted, speaker, role == null || role.isBlank() ? null : role);
    }

    /**
     * The end of the run of capitalised words that opens at word {@code first}: "Peter Hallström
     * after the visit" gives the end of "Peter Hallström"; particles of names ("de", "van", "von")
     * may stand inside the run, and a comma or other mark ends it. 0 when the first word is not
     * capitalised.
     */
    private int capitalisedRunEnd(Tokens.Words words, int first, int to) {
        String text = words.text();
        int end = 0;
        for (int w = first; w < words.size() && words.end(w) <= to; w++) {
            boolean capitalised = Character.isUpperCase(text.charAt(words.start(w)));
            boolean particle = end > 0 && particles.contains(words.lower(w));
            if ((!capitalised && !particle)
                    || (end > 0 && !text.substring(end, words.start(w)).isBlank())) {
                break;
            }
            end = words.end(w);
        }
        return end;
    }

    /**
     * Where the sentence after a closing mark ends, without the final full stop and the space
     * before it: at a full stop (not an abbreviation's), or at the next quotation mark.
     */
    private int sentenceEnd(String paragraph, int from) {
        int end = from;
        while (end < paragraph.length()) {
            char c = paragraph.charAt(end);
            if (c == '“' || c == '"' || c == '«' || c == '„') {
                break;
            }
            if ((c == '.' || c == '!' || c == '?')
                    && (end + 1 == paragraph.length() || paragraph.charAt(end + 1) == ' ')
                    && !isAbbreviation(paragraph, end)) {
                break;
            }
            end++;
        }
        return stripEnd(paragraph, from, end);
    }

    /** A full stop after a title or initial ("Mr.", "J.") does not end a sentence. */
    private boolean isAbbreviation(String text, int dot) {
        int start = dot;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
            start--;
        }
        String word = text.substring(start, dot).toLowerCase(Locale.ROOT);
        return word.length() == 1 || abbreviations.contains(word);
    }

    private boolean isPronoun(String text) {
        return pronouns.contains(text.toLowerCase(Locale.ROOT));
    }

    /** Where the attribution starts after the comma or dash that leads into it: "», – заявила она". */
    private static int stripLeadingPunctuation(String paragraph, int from, int to) {
        int i = from;
        while (i < to && (Character.isWhitespace(paragraph.charAt(i)) || ",;–—-".indexOf(paragraph.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    /** "a dit Hélène Marchetti" starts at "dit Hélène Marchetti": the auxiliary adds nothing to the attribution. */
    private int stripAuxiliary(Tokens.Words words, int from, int to) {
        String paragraph = words.text();
        int space = paragraph.indexOf(' ', from);
        if (space > from
                && space < to
                && auxiliaries.contains(paragraph.substring(from, space).toLowerCase(Locale.ROOT))) {
            return space + 1;
        }
        return from;
    }

    /** Where the name starts in "the Ambassador" or "OSCE Secretary General Lamberto Zannier": after the role words. */
    private int stripRoleWords(Tokens.Words words, int from, int to) {
        int first = words.firstFrom(from);
        int last = words.endBefore(first, to);
        int w = first;
        while (w < last - 1
                && (people.isRoleWord(words.lower(w)) || words.lower(w).equals("the"))) {
            w++;
        }
        return w < last ? words.start(w) : from;
    }

    /** A speaker named in the attribution but never before: kept when it looks like a name. */
    private static String nameOrNull(String text, Tokens.Words words, int from, int to) {
        if (text.isEmpty() || !Character.isUpperCase(text.codePointAt(0))) {
            return null;
        }
        int first = words.firstFrom(from);
        return words.endBefore(first, to) - first > 4 ? null : text;
    }

    private static int stripStart(String text, int from, int to) {
        while (from < to && Character.isWhitespace(text.charAt(from))) {
            from++;
        }
        return from;
    }

    private static int stripEnd(String text, int from, int to) {
        while (to > from && Character.isWhitespace(text.charAt(to - 1))) {
            to--;
        }
        return to;
    }
}
