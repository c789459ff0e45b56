package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.Mission;
import io.github.osceparser.model.StructureRef;
import io.github.osceparser.parser.internal.content.MissionNames;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.text.DateScanner;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

/**
 * What a text says of a field operation: when it was established ("Established on 27 March 1997",
 * "set up on 11 January 2001", "Active in the country since 1 July 2006", "decided on 27 March
 * 1997 ... to establish") and where its headquarters are ("has its headquarters in Prishtinë/
 * Priština", "is based in Belgrade").
 */
final class MissionFacts {

    private MissionFacts() {}

    /**
     * A mission from its name, the texts that describe it and its nullable address; null when the
     * name is not a field operation's.
     */
    static Mission mission(String name, String summary, List<String> texts, String url, Lexicon lexicon) {
        MissionNames.Parsed parsed = MissionNames.parse(name);
        if (parsed == null) {
            return null;
        }
        LocalDate established = null;
        String headquarters = null;
        for (String text : texts) {
            if (established == null) {
                established = established(text, lexicon);
            }
            if (headquarters == null) {
                headquarters = headquarters(text, lexicon);
            }
        }
        String plainName = name.startsWith("OSCE ") ? name.substring(5) : name;
        return new Mission(plainName, null, parsed.kind(), parsed.location(), established, headquarters, summary, url);
    }

    /** The mission with the registry's id that the finishing step found for its name (or none). */
    static Mission identified(Mission mission, StructureRef ref) {
        return new Mission(
                mission.name(),
                ref.id(),
                mission.kind(),
                mission.location(),
                mission.established(),
                mission.headquarters(),
                mission.summary(),
                mission.url());
    }

    /** The first date in a sentence that speaks of the operation's establishment, or null. */
    static LocalDate established(String text, Lexicon lexicon) {
        String lower = text.toLowerCase(Locale.ROOT);
        for (String cue : lexicon.words(Section.ESTABLISHMENT_CUES).entries()) {
            int at = lower.indexOf(cue);
            if (at < 0) {
                continue;
            }
            int sentenceStart = Math.max(lower.lastIndexOf(". ", at) + 1, 0);
            int sentenceEnd = lower.indexOf(". ", at);
            DateScanner.Found found =
                    DateScanner.find(text, sentenceStart, sentenceEnd < 0 ? text.length() : sentenceEnd + 1, lexicon);
            if (found != null) {
                return found.date();
            }
        }
        return null;
    }

    /** The place named after "headquarters in" or "based in", up to "and", a comma or a full stop; or null. */
    static String headquarters(String text, Lexicon lexicon) {
        for (String cue : lexicon.words(Section.HEADQUARTERS_CUES).entries()) {
            int at = text.indexOf(cue + " ");
            if (at >= 0) {
                int start = at + cue.length() + 1;
                int end = start;
                while (end < text.length() && ",.;(".indexOf(text.charAt(end)) < 0 && !text.startsWith(" and ", end)) {
                    end++;
                }
                String place = capitalisedWords(text.substring(start, end).strip());
                if (!place.isEmpty() && Character.isUpperCase(place.codePointAt(0))) {
                    return place;
                }
            }
        }
        return null;
    }

    /** The leading run of capitalised words: "Podgorica since then" gives "Podgorica". */
    private static String capitalisedWords(String text) {
        int end = 0;
        for (String word : text.split(" ")) {
            if (word.isEmpty() || !Character.isUpperCase(word.codePointAt(0))) {
                break;
            }
            end += (end == 0 ? 0 : 1) + word.length();
        }
        return text.substring(0, end);
    }
}
