package io.github.osceparser.parser.internal.site;

import io.github.osceparser.model.Chairpersonship;
import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.Site;
import io.github.osceparser.parser.internal.content.MissionNames;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

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
    private static final String CHAIRPERSONSHIP = "OSCE Chairpersonship";

    private SiteReader() {}

    /** The site snapshot, or null when there was no menu. */
    public static Site read(List<MenuGroup> menu) {
        if (menu.isEmpty()) {
            return null;
        }
        Chairpersonship chair = null;
        List<String> states = new ArrayList<>();
        List<String> partners = new ArrayList<>();
        for (String entry : entries(menu, "participating states")) {
            Chairpersonship marked = chairpersonship(entry);
            if (marked != null) {
                chair = marked;
                states.add(marked.country());
            } else if (entry.toLowerCase(Locale.ROOT).contains("partners for co-operation")
                    || entry.toLowerCase(Locale.ROOT).contains("partners for cooperation")) {
                partners.add(entry);
            } else {
                states.add(entry);
            }
        }
        List<String> fields = entries(menu, "fields of work");
        int lastField = -1;
        for (int i = 0; i < fields.size(); i++) {
            if (FieldOfWork.fromName(fields.get(i)).isPresent()) {
                lastField = i;
            }
        }
        List<String> operations = entries(menu, "field operations");
        int lastOperation = -1;
        for (int i = 0; i < operations.size(); i++) {
            if (MissionNames.parse(operations.get(i)) != null) {
                lastOperation = i;
            }
        }
        return new Site(
                chair, states, partners, fields.subList(0, lastField + 1), operations.subList(0, lastOperation + 1));
    }

    /** The entries of the first non-empty group with the heading, or none. */
    private static List<String> entries(List<MenuGroup> menu, String heading) {
        for (MenuGroup group : menu) {
            if (group.heading().equalsIgnoreCase(heading) && !group.entries().isEmpty()) {
                return group.entries();
            }
        }
        return List.of();
    }

    /** "Finland – OSCE Chairpersonship 2025" gives Finland, 2025; other entries give null. */
    static Chairpersonship chairpersonship(String entry) {
        int at = entry.indexOf(CHAIRPERSONSHIP);
        if (at <= 0) {
            return null;
        }
        String yearText = entry.substring(at + CHAIRPERSONSHIP.length()).strip();
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
}
