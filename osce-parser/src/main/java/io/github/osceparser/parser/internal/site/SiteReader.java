package io.github.osceparser.parser.internal.site;

import io.github.osceparser.model.Chairpersonship;
import io.github.osceparser.model.Site;
import io.github.osceparser.model.Structure;
import io.github.osceparser.model.StructureRef;
import io.github.osceparser.parser.internal.content.MissionNames;
import io.github.osceparser.parser.internal.knowledge.Registry;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.lexicon.WordList;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads the {@link Site} snapshot from the menu groups.
 *
 * <p>Groups are found by their headings ("Participating States", "Fields of work", "Field
 * operations"); their entries are taken as listed, so a new or renamed entry is reported as it is.
 * The text rendering flattens nested menus, so a group's last entries may belong to its parent
 * ("Fields of work" ends with "Field operations" and "Projects", entries of "Our work"): trailing
 * entries that are not of the group's kind are left to the parent.
 */
public final class SiteReader {
    private SiteReader() {}

    /**
     * The last menu read, with the lexicon it was read with and its snapshot. Pages saved from one
     * site carry the same menu, so a batch reads it once rather than looking up every field of work
     * and field operation again on each page (a tenth of {@code parse} on a page with a menu). One
     * entry, replaced whole: threads that race see either the old or the new triple, never a mix.
     */
    private static volatile Memo last;

    private record Memo(List<MenuGroup> menu, Lexicon lexicon, Site site) {}

    /** The site snapshot, or null when there was no menu. */
    public static Site read(List<MenuGroup> menu, Lexicon lexicon) {
        if (menu.isEmpty()) {
            return null;
        }
        Memo memo = last;
        if (memo != null && memo.lexicon() == lexicon && memo.menu().equals(menu)) {
            return memo.site(); // a Site is immutable, so pages may share it
        }
        Site site = readAnew(menu, lexicon);
        last = new Memo(List.copyOf(menu), lexicon, site);
        return site;
    }

    /** The site snapshot of a non-empty menu, read entry by entry. */
    private static Site readAnew(List<MenuGroup> menu, Lexicon lexicon) {
        Chairpersonship chair = null;
        List<String> states = new ArrayList<>();
        List<String> partners = new ArrayList<>();
        for (String entry : entries(menu, Section.MENU_PARTICIPATING_STATES, lexicon)) {
            Chairpersonship marked = chairpersonship(entry, lexicon);
            if (marked != null) {
                chair = marked;
                states.add(marked.country());
            } else if (containsAny(entry, lexicon.words(Section.MENU_PARTNERS))) {
                partners.add(entry);
            } else {
                states.add(entry);
            }
        }
        List<String> fields = entries(menu, Section.MENU_FIELDS_OF_WORK, lexicon);
        int lastField = -1;
        for (int i = 0; i < fields.size(); i++) {
            if (lexicon.fieldOfWork(fields.get(i)).isPresent()) {
                lastField = i;
            }
        }
        List<String> operations = entries(menu, Section.MENU_FIELD_OPERATIONS, lexicon);
        int lastOperation = -1;
        for (int i = 0; i < operations.size(); i++) {
            if (MissionNames.parse(operations.get(i)) != null) {
                lastOperation = i;
            }
        }
        List<StructureRef> listed = new ArrayList<>(lastOperation + 1);
        for (String operation : operations.subList(0, lastOperation + 1)) {
            // The menu is the site's at the time of saving, which prints the names of its day.
            Structure known = Registry.standard().findStructure(operation, null);
            listed.add(new StructureRef(operation, known == null ? null : known.id(), false));
        }
        return new Site(chair, states, partners, fields.subList(0, lastField + 1), listed);
    }

    /** The entries of the first non-empty group with the heading, or none. */
    private static List<String> entries(List<MenuGroup> menu, Section heading, Lexicon lexicon) {
        for (MenuGroup group : menu) {
            if (lexicon.has(heading, group.heading()) && !group.entries().isEmpty()) {
                return group.entries();
            }
        }
        return List.of();
    }

    /** "Finland – OSCE Chairpersonship 2025" gives Finland, 2025; other entries give null. */
    static Chairpersonship chairpersonship(String entry, Lexicon lexicon) {
        int last = entry.length() - 1;
        while (last >= 0 && Character.isWhitespace(entry.charAt(last))) {
            last--;
        }
        if (last < 0 || !Character.isDigit(entry.charAt(last))) {
            return null; // the chairpersonship's entry ends with its year
        }
        int at = -1;
        int length = 0;
        for (String marker : lexicon.words(Section.MENU_CHAIRPERSONSHIP).entries()) {
            at = indexOfIgnoringCase(entry, marker);
            if (at > 0) {
                length = marker.length();
                break;
            }
        }
        if (at <= 0) {
            return null;
        }
        String yearText = entry.substring(at + length).strip();
        if (yearText.length() != 4 || !yearText.chars().allMatch(Character::isDigit)) {
            return null;
        }
        String country = entry.substring(0, at).strip();
        while (!country.isEmpty() && "-–—,".indexOf(country.charAt(country.length() - 1)) >= 0) {
            country = country.substring(0, country.length() - 1).strip();
        }
        int year = Integer.parseInt(yearText);
        return country.isEmpty() || year < 1990 ? null : new Chairpersonship(country, year);
    }

    /** Whether the entry holds one of the phrases, ignoring case ("Asian Partners for Co-operation"). */
    private static boolean containsAny(String entry, WordList phrases) {
        for (String phrase : phrases.entries()) {
            if (indexOfIgnoringCase(entry, phrase) >= 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the lower-case phrase first stands in the entry, ignoring case; offsets are the entry's own. */
    private static int indexOfIgnoringCase(String entry, String phrase) {
        if (phrase.length() > entry.length()) {
            return -1;
        }
        char first = phrase.charAt(0);
        for (int i = 0; i + phrase.length() <= entry.length(); i++) {
            if (Character.toLowerCase(entry.charAt(i)) == first
                    && entry.regionMatches(true, i, phrase, 0, phrase.length())) {
                return i;
            }
        }
        return -1;
    }
}
