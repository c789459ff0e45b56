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
        return new QuoteFinder(lexicon).find(paragraphs);
    }

    private List<Quote> find(List<String> paragraphs) {
        // The people of a paragraph are read only when a quotation needs them: up to and including
        // its paragraph, as an attribution may name someone introduced there or before. Paragraphs
        // after the last quotation, and pages with none, are never read for names.
        int scanned = 0;
        long scannedOffset = 0;
        List<Quote> quotes = new ArrayList<>();
        long offset = 0;
        for (int p = 0; p < paragraphs.size(); p++) {
            String paragraph = paragraphs.get(p);
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
                String words = trimQuote(paragraph.substring(i + 1, end));
                int after = Math.min(end + 1, paragraph.length());
                if (isQuotation(words)) {
                    for (; scanned <= p; scanned++) {
                        people.scan(paragraphs.get(scanned), scannedOffset);
                        scannedOffset += paragraphs.get(scanned).length() + 1;
                    }
                    Quote quote = attribute(words, paragraph, i, after, offset, previous);
                    quotes.add(quote);
                    previous = quote;
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

    private static boolean isQuotation(String words) {
        if (words.isEmpty()) {
            return false;
        }
        char last = words.charAt(words.length() - 1);
        return Tokens.words(words).size() >= MIN_WORDS || ".!?".indexOf(last) >= 0;
    }

    private Quote attribute(String words, String paragraph, int open, int after, long offset, Quote previous) {
        long position = offset + open;
        String speakerText = null;
        String role = null;
        // After the quotation: “...,” said NAME[, ROLE]. / “...,” NAME said. / “...,” he said.
        String tail = stripLeadingPunctuation(sentenceAfter(paragraph, after));
        tail = stripAuxiliary(tail);
        Tokens.Words tailWords = Tokens.words(tail);
        if (!tailWords.isEmpty() && tail.length() > 0 && Character.isLetter(tail.charAt(0))) {
            String first = tailWords.lower(0);
            if (people.isSpeechVerb(first) && tailWords.size() > 1) {
                String who = tail.substring(tailWords.start(1)).strip();
                int nameEnd = capitalisedRunEnd(who);
                speakerText = nameEnd > 0 ? who.substring(0, nameEnd) : who; // "said the Ambassador"
                if (nameEnd > 0 && who.startsWith(", ", nameEnd)) {
                    role = who.substring(nameEnd + 2).strip();
                }
            } else if (tailWords.size() > 1 && people.isSpeechVerb(tailWords.lower(1))) {
                speakerText = tail.substring(0, tailWords.end(0));
            } else if (tailWords.size() > 2 && people.isSpeechVerb(tailWords.lower(2))) {
                speakerText = tail.substring(0, tailWords.end(1));
            }
        }
        // Before the quotation: NAME said: “...”
        if (speakerText == null) {
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
                String clause =
                        paragraph.substring(start < 0 ? 0 : start + 2, leadEnd).strip();
                Tokens.Words clauseWords = Tokens.words(clause);
                for (int w = clauseWords.size() - 1; w > 0; w--) {
                    if (people.isSpeechVerb(clauseWords.lower(w))) {
                        speakerText = clause.substring(0, clauseWords.start(w)).strip();
                        break;
                    }
                }
            }
        }
        if (speakerText == null) {
            return previous != null
                    ? new Quote(words, previous.speaker(), previous.role())
                    : new Quote(words, null, null);
        }
        speakerText = stripRoleWords(speakerText);
        People.Person person = isPronoun(speakerText) ? people.lastBefore(position) : people.byName(speakerText);
        if (person != null) {
            people.mentioned(person, position);
        }
        String speaker = person != null ? person.name() : isPronoun(speakerText) ? null : nameOrNull(speakerText);
        if (role == null && person != null) {
            role = person.role();
        }
        return new Quote(words, speaker, role == null || role.isBlank() ? null : role);
    }

    /**
     * The end of the run of capitalised words that opens the text: "Peter Hallström after the
     * visit" gives the end of "Peter Hallström"; particles of names ("de", "van", "von") may stand
     * inside the run, and a comma or other mark ends it.
     */
    private int capitalisedRunEnd(String text) {
        int end = 0;
        Tokens.Words words = Tokens.words(text);
        for (int w = 0; w < words.size(); w++) {
            String lower = words.lower(w);
            boolean capitalised = Character.isUpperCase(text.charAt(words.start(w)));
            boolean particle = end > 0 && particles.contains(lower);
            if ((!capitalised && !particle)
                    || (end > 0 && !text.substring(end, words.start(w)).isBlank())) {
                break;
            }
            end = words.end(w);
        }
        return end;
    }

    /** The text after a closing mark up to the end of its sentence, without the final full stop. */
    private String sentenceAfter(String paragraph, int from) {
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
        return paragraph.substring(from, end).strip();
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

    /** The attribution without the comma or dash that leads into it: "», – заявила она" gives "заявила она". */
    private static String stripLeadingPunctuation(String tail) {
        int i = 0;
        while (i < tail.length() && ",;–—- ".indexOf(tail.charAt(i)) >= 0) {
            i++;
        }
        return tail.substring(i);
    }

    /** "a dit Hélène Marchetti" gives "dit Hélène Marchetti": the auxiliary adds nothing to the attribution. */
    private String stripAuxiliary(String tail) {
        int space = tail.indexOf(' ');
        if (space > 0 && auxiliaries.contains(tail.substring(0, space).toLowerCase(Locale.ROOT))) {
            return tail.substring(space + 1);
        }
        return tail;
    }

    /** "the Ambassador" or "OSCE Secretary General Lamberto Zannier": the name without leading role words. */
    private String stripRoleWords(String text) {
        Tokens.Words words = Tokens.words(text);
        int w = 0;
        while (w < words.size() - 1
                && (people.isRoleWord(words.lower(w)) || words.lower(w).equals("the"))) {
            w++;
        }
        return words.isEmpty() ? text : text.substring(words.start(w)).strip();
    }

    /** A speaker named in the attribution but never before: kept when it looks like a name. */
    private static String nameOrNull(String text) {
        if (text.isEmpty()
                || !Character.isUpperCase(text.codePointAt(0))
                || Tokens.words(text).size() > 4) {
            return null;
        }
        return text;
    }
}
