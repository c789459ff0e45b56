package io.github.osceparser.parser.reliability;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.reliability.RecordLeaves.Leaf;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.Month;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps each unit of a page's input (a line of page text, a block of HTML) to the one thing that
 * accounts for it: a value of the record it is (claimed by exact value, after white space is
 * normalised), a field of the record it stands for (a kind line, a metadata label, a menu line), or
 * a diagnostic on its line that quotes it. A value is claimed by one unit only; a unit that nothing
 * accounts for is "lost", one that both a value and a diagnostic account for is "twice".
 *
 * <p>The rules read the record as generic JSON, so that fields added to the model do not break
 * them, and every label word comes from the page's {@link Lexicon}. The rules, in the order tried:
 *
 * <ol>
 *   <li>a kind line of the page's type ({@code type});
 *   <li>a metadata or listing label alone, when the next unit is its value ("Source:" then "OSCE
 *       Secretariat"), or with its value on the line ("Publishing date: 27 September 2004"): the
 *       value is claimed under the field the label names, and the label stands for that field;
 *   <li>a value of the record, whole, or as several consecutive lines joined by a space (a
 *       paragraph saved as lines);
 *   <li>a dateline the record keeps ({@code dateline/text}), then marks, then a value;
 *   <li>a comma-separated line whose parts are each an element of a list of the record (a field of
 *       work by its slug, a structure "(closed)" by its name and {@code closed});
 *   <li>a written date, claimed by a {@code date} holding it (a header line "SARAJEVO 12 May 2005"
 *       by the page's {@code date} when {@code dateSource} is {@code header});
 *   <li>a photo: its markdown image line by its {@code url}, its caption line, ending in the
 *       "Photo details" link, by its {@code caption}.
 * </ol>
 */
final class LineAccounting {
    private static final JsonMapper MAPPER = JsonMapper.builder().build();

    /** One unit of input: its line number, its text, and whether it belongs to the menu. */
    record Unit(int line, String text, boolean menu) {}

    /** The result: what accounted for each unit, and the units accounted for wrongly. */
    record Result(Map<Unit, String> accounts, List<String> lost, List<String> twice, List<String> unclaimed) {}

    private final OscePage page;
    private final Lexicon lexicon;
    private final RecordLeaves content;
    private final RecordLeaves site;
    private final JsonNode json;

    LineAccounting(OscePage page) {
        this.page = page;
        this.lexicon = Lexicon.of(page.language());
        this.json = MAPPER.readTree(OsceJson.create().toJson(page));
        // What the page names (its structures and countries, found in the text) repeats words that a
        // line already stands for elsewhere in the record: it accounts for no line of its own.
        this.content = new RecordLeaves(
                json, List.of("/diagnostics", "/site", "/type", "/language", "/structures", "/countries"));
        JsonNode siteNode = json.path("site");
        this.site = new RecordLeaves(siteNode.isMissingNode() ? MAPPER.createObjectNode() : siteNode, List.of());
    }

    /**
     * Accounts for the units in two passes: first every unit no diagnostic names, in page order,
     * claiming the record's values; then the units a diagnostic names, each of which must find no
     * value of the record left to claim (else the record keeps what the diagnostic says it left
     * out, and the unit is accounted for twice).
     */
    Result account(List<Unit> units) {
        Map<Unit, String> accounts = new LinkedHashMap<>();
        List<String> lost = new ArrayList<>();
        List<String> twice = new ArrayList<>();
        Map<Integer, String> diagnosed = new LinkedHashMap<>();
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            String text = RecordLeaves.normalize(unit.text());
            String diagnostic = diagnosticNaming(unit.line(), text, RecordLeaves.normalize(stripBullet(text)));
            if (diagnostic != null) {
                diagnosed.put(i, diagnostic);
            }
        }
        Section menuGroup = null;
        String previousClaim = null;
        String previousText = null;
        for (int i = 0; i < units.size(); i++) {
            Unit unit = units.get(i);
            String text = RecordLeaves.normalize(unit.text());
            String bare = RecordLeaves.normalize(stripBullet(text));
            if (bare.isEmpty() && !text.equals("-")) {
                continue;
            }
            if (unit.menu() && !isEntry(text)) {
                menuGroup = lexicon.sectionOf(
                        bare,
                        Section.MENU_PARTICIPATING_STATES,
                        Section.MENU_PARTNERS,
                        Section.MENU_FIELDS_OF_WORK,
                        Section.MENU_FIELD_OPERATIONS);
                trailing = false;
            }
            if (diagnosed.containsKey(i)) {
                continue;
            }
            List<String> claims;
            if (unit.menu()) {
                claims = menuLine(text, bare, menuGroup);
            } else if (bare.equals(previousText) && previousClaim != null && isNamePrintedTwice(previousClaim)) {
                claims = List.of(previousClaim + " (the name printed twice, as cards and banners print it)");
            } else {
                claims = contentLine(units, i, bare);
            }
            if (claims == null) {
                lost.add(unit.line() + ": " + bare);
                previousClaim = null;
                previousText = bare;
                continue;
            }
            for (int k = 0; k < claims.size(); k++) {
                accounts.put(units.get(i + k), claims.get(k));
            }
            i += claims.size() - 1;
            previousClaim = claims.get(claims.size() - 1);
            previousText = RecordLeaves.normalize(
                    stripBullet(RecordLeaves.normalize(units.get(i).text())));
        }
        for (Map.Entry<Integer, String> entry : diagnosed.entrySet()) {
            Unit unit = units.get(entry.getKey());
            String bare = RecordLeaves.normalize(stripBullet(RecordLeaves.normalize(unit.text())));
            List<String> claims = unit.menu() ? null : contentLine(units, entry.getKey(), bare);
            if (claims != null) {
                twice.add(unit.line() + ": " + bare + " (" + claims.get(0) + " and " + entry.getValue() + ")");
            } else {
                accounts.put(unit, entry.getValue());
            }
        }
        List<String> unclaimed =
                content.unclaimed(l -> true).stream().map(Leaf::toString).toList();
        for (Leaf leaf : content.unclaimed(l -> TEXT_FIELDS.contains(l.field()))) {
            if (content.claimed(leaf.value) == null && !isInferredTitle(leaf)) {
                twice.add(leaf + " is in the record, but no line of the input is it");
            }
        }
        return new Result(accounts, lost, twice, unclaimed);
    }

    /**
     * Whether the leaf is a title the page does not print, which an inferred diagnostic names
     * ("titled 'OSCE Presence in Albania'"): a field operation's page saved without any headline is
     * titled with the operation's name.
     */
    private boolean isInferredTitle(Leaf leaf) {
        return leaf.field().equals("title")
                && page.diagnostics().stream()
                        .anyMatch(d -> d.kind() == Diagnostic.Kind.INFERRED
                                && d.message().endsWith("titled '" + leaf.value + "'"));
    }

    /**
     * The fields that hold the page's own text, line for line: each of their values must be claimed
     * by a unit, or be a copy of a value that is (a mission page's {@code summary} is its first
     * paragraph). A value no unit claims is text the record holds while the rules accounted for its
     * line otherwise (a kind line kept as a paragraph), or text the parser made up. Values only
     * markup gives ("readMore" link texts, URLs) and values read from the text (dates, places,
     * speakers, quotations) are not among them.
     */
    private static final List<String> TEXT_FIELDS = List.of("title", "paragraphs", "items", "heading", "teaser");

    /**
     * Whether a claim is of a field-operation card's name or a mission page's title: field-of-work
     * pages print a card's name twice (the image's label and the heading, en/field-of-work-policing),
     * the older layout's banner a mission page's title twice, and the parser reads the card by it.
     */
    private static boolean isNamePrintedTwice(String claim) {
        return claim.matches("/missions/\\d+/name.*")
                || claim.startsWith("/title")
                || claim.startsWith("/mission/name");
    }

    // --- diagnostics ----------------------------------------------------------------------------

    /**
     * A diagnostic on the line that quotes the line's whole text, or null. A note that an unknown
     * field of work was "kept as written" names a value the record holds, so it accounts for nothing.
     */
    private String diagnosticNaming(int line, String text, String bare) {
        // a photo's caption line ("... Photo details") is named by its caption, without the link
        String caption = text.endsWith(PHOTO_DETAILS)
                ? text.substring(0, text.length() - PHOTO_DETAILS.length()).strip()
                : null;
        for (Diagnostic d : page.diagnostics()) {
            String message = RecordLeaves.normalize(d.message());
            if (d.line() == line
                    && !message.endsWith("kept as written")
                    && (quotes(message, bare)
                            || quotes(message, text)
                            || (caption != null && message.startsWith("the photo '") && quotes(message, caption)))) {
                return d.kind().jsonName() + " '" + d.message() + "'";
            }
        }
        return null;
    }

    /** Whether the message quotes the text whole, or its first 57 characters then "..." as diagnostics abbreviate. */
    private static boolean quotes(String message, String text) {
        if (message.contains("'" + text + "'")) {
            return true;
        }
        return text.length() > 60 && message.contains("'" + text.substring(0, 57) + "...'");
    }

    // --- the menu -------------------------------------------------------------------------------

    /**
     * A menu line stands for {@code site}: an entry of a group the snapshot keeps (participating
     * States, partners, fields of work, field operations) must be one of that list's values, or the
     * Chairpersonship entry ("Finland – OSCE Chairpersonship 2025"); the group lines ("-" and the
     * heading) and the entries of groups the snapshot does not keep (the Secretariat's units,
     * meetings) stand for the snapshot itself. A page without a snapshot accounts for no menu line.
     */
    private List<String> menuLine(String text, String bare, Section group) {
        if (page.site() == null) {
            return null;
        }
        if (!isEntry(text)) {
            return List.of(group == null ? "site (menu group line)" : "site (menu group " + group + ")");
        }
        Leaf leaf = site.unclaimed(bare, l -> true);
        if (leaf != null) {
            if (trailing) {
                return null; // a list value after entries left to the parent: the ones before are lost
            }
            leaf.claimed = true;
            return List.of("site" + leaf.path);
        }
        JsonNode chair = json.path("site").path("chairpersonship");
        if (!chair.isMissingNode()
                && bare.startsWith(chair.path("country").asString())
                && bare.endsWith(chair.path("year").asString())
                && lexicon.words(Section.MENU_CHAIRPERSONSHIP).entries().stream()
                        .anyMatch(w -> bare.toLowerCase(Locale.ROOT).contains(w))) {
            return List.of("site/chairpersonship");
        }
        if (group == null) {
            return List.of("site (entry of a menu group the snapshot does not keep)");
        }
        trailing = true;
        return List.of("site (an entry of the parent group, after " + group + "'s list)");
    }

    /**
     * Whether the kept group being read has reached entries its list leaves to the parent group. The
     * text rendering flattens nested menus, so a kept group's last entries may be its parent's
     * ("Fields of work" ends with "Field operations" and "Projects", entries of "Our work"); an
     * entry of the list after such an entry means the entry before was dropped from the middle of
     * the list, and {@link #menuLine} refuses it.
     */
    private boolean trailing;

    // --- content --------------------------------------------------------------------------------

    private static final Predicate<Leaf> ANY = l -> true;

    private List<String> contentLine(List<Unit> units, int i, String bare) {
        Section kind = lexicon.sectionOf(bare, Section.KIND_PRESS_RELEASE, Section.KIND_NEWS_ITEM);
        if (kind != null
                && page.type().jsonName().equals(kind == Section.KIND_PRESS_RELEASE ? "press-release" : "news-item")) {
            return List.of("type (kind line)");
        }
        List<String> labelled = labelled(units, i, bare);
        if (labelled != null) {
            return labelled;
        }
        List<String> whole = value(units, i, bare, ANY);
        if (whole != null) {
            return whole;
        }
        List<String> dateline = dateline(units, i, bare);
        if (dateline != null) {
            return dateline;
        }
        String parts = listParts(bare, ANY);
        if (parts != null) {
            return List.of(parts);
        }
        String date = writtenDate(bare, ANY);
        if (date != null) {
            return List.of(date);
        }
        String header = header(bare);
        if (header != null) {
            return List.of(header);
        }
        String photo = photo(bare);
        return photo == null ? null : List.of(photo);
    }

    /** The sections of label words, and the fields of the record each label names. */
    private static final Map<Section, List<String>> LABEL_FIELDS = new LinkedHashMap<>();

    static {
        LABEL_FIELDS.put(Section.LABEL_DATE, List.of("date"));
        LABEL_FIELDS.put(Section.LABEL_PLACE, List.of("place"));
        LABEL_FIELDS.put(Section.LABEL_SOURCE, List.of("sources"));
        LABEL_FIELDS.put(Section.LABEL_FIELDS_OF_WORK, List.of("fieldsOfWork", "otherFieldsOfWork"));
        LABEL_FIELDS.put(Section.LISTING_DATE, List.of("date"));
        LABEL_FIELDS.put(Section.LISTING_CONTENT_TYPE, List.of("contentType"));
        LABEL_FIELDS.put(Section.LISTING_STRUCTURE, List.of("structures"));
        LABEL_FIELDS.put(Section.LISTING_FIELDS_OF_WORK, List.of("fieldsOfWork", "otherFieldsOfWork"));
        LABEL_FIELDS.put(Section.LISTING_LOCATION, List.of("location"));
        LABEL_FIELDS.put(Section.LISTING_PUBLISHER, List.of("publisher"));
    }

    /**
     * A label alone with its value on the next unit, or a label and its value on one line. A label
     * word of several sections ("Location" names a press release's place and a listing entry's
     * location) is tried in each.
     */
    private List<String> labelled(List<Unit> units, int i, String bare) {
        int colon = bare.indexOf(':');
        if (colon <= 0) {
            return null;
        }
        String label = bare.substring(0, colon).strip();
        String rest = bare.substring(colon + 1).strip();
        for (Map.Entry<Section, List<String>> section : LABEL_FIELDS.entrySet()) {
            if (!lexicon.has(section.getKey(), label)) {
                continue;
            }
            List<String> fields = section.getValue();
            Predicate<Leaf> under =
                    l -> fields.stream().anyMatch(f -> l.path.contains("/" + f + "/") || l.path.endsWith("/" + f));
            String name = "label of " + String.join("/", fields);
            if (!rest.isEmpty()) {
                String claim = fieldValue(rest, under);
                if (claim != null) {
                    return List.of(name + ", value " + claim);
                }
            } else if (i + 1 < units.size() && !units.get(i + 1).menu()) {
                String next = RecordLeaves.normalize(
                        stripBullet(RecordLeaves.normalize(units.get(i + 1).text())));
                String claim = fieldValue(next, under);
                if (claim != null) {
                    return List.of(name, claim);
                }
            }
        }
        return null;
    }

    /** A label's value: the field's value whole, its list's parts, or a written date. */
    private String fieldValue(String text, Predicate<Leaf> under) {
        Leaf leaf = content.unclaimed(text, under);
        if (leaf != null) {
            leaf.claimed = true;
            return leaf.path;
        }
        String parts = listParts(text, under);
        if (parts != null) {
            return parts;
        }
        String date = writtenDate(text, under);
        return date != null ? date : placeInCapitals(text, under);
    }

    /**
     * A place printed in capitals ("VALLETTA"), which the record gives in ordinary capitals
     * ("Valletta"): the {@code place} field the label names holds the same letters.
     */
    private String placeInCapitals(String text, Predicate<Leaf> under) {
        if (!text.equals(text.toUpperCase(Locale.ROOT))) {
            return null;
        }
        for (Leaf leaf : content.unclaimed(l -> l.field().equals("place") && under.test(l))) {
            if (leaf.value.equalsIgnoreCase(text)) {
                leaf.claimed = true;
                return leaf.path + " (printed in capitals)";
            }
        }
        return null;
    }

    /**
     * A value of the record, whole on this unit or on this unit and the next ones joined by a space;
     * the claims, one per unit, or null.
     */
    private List<String> value(List<Unit> units, int i, String text, Predicate<Leaf> filter) {
        Leaf leaf = content.unclaimed(text, filter);
        if (leaf != null) {
            leaf.claimed = true;
            return List.of(leaf.path);
        }
        for (Leaf candidate : content.unclaimed(l -> l.value.startsWith(text + " ") && filter.test(l))) {
            StringBuilder joined = new StringBuilder(text);
            int k = i + 1;
            while (joined.length() < candidate.value.length()
                    && k < units.size()
                    && !units.get(k).menu()) {
                joined.append(' ').append(RecordLeaves.normalize(units.get(k).text()));
                k++;
            }
            if (joined.toString().equals(candidate.value)) {
                candidate.claimed = true;
                List<String> claims = new ArrayList<>();
                for (int n = i; n < k; n++) {
                    claims.add(candidate.path + " (line " + (n - i + 1) + " of " + (k - i) + ")");
                }
                return claims;
            }
        }
        return null;
    }

    /** A dateline the record keeps, then marks ("-", "–", "--", ".", ","), then a value. */
    private List<String> dateline(List<Unit> units, int i, String text) {
        for (Leaf leaf : content.unclaimed(l -> l.path.endsWith("/dateline/text") || l.path.equals("/dateline/text"))) {
            if (!text.startsWith(leaf.value)) {
                continue;
            }
            int at = leaf.value.length();
            while (at < text.length() && " -–—.,:".indexOf(text.charAt(at)) >= 0) {
                at++;
            }
            if (at == text.length()) {
                leaf.claimed = true;
                return List.of(leaf.path);
            }
            if (at == leaf.value.length()) {
                continue; // the dateline must end where marks do
            }
            List<String> rest = value(units, i, text.substring(at), ANY);
            if (rest != null) {
                leaf.claimed = true;
                List<String> claims = new ArrayList<>(rest);
                claims.set(0, leaf.path + " + " + rest.get(0));
                return claims;
            }
        }
        return null;
    }

    /**
     * A line of comma-separated parts, each an element of one of the record's lists: the element
     * itself, a field of work's slug (by the lexicon's names), or a structure's name followed by a
     * closed mark ("(closed)") when the structure is marked {@code closed}.
     */
    private String listParts(String text, Predicate<Leaf> filter) {
        String[] parts = text.split(",");
        List<Leaf> claimed = new ArrayList<>();
        for (String raw : parts) {
            String part = raw.strip();
            Leaf leaf = content.unclaimed(part, l -> l.inList() || l.path.endsWith("/name"));
            if (leaf != null && !filter.test(leaf)) {
                leaf = null;
            }
            if (leaf == null) {
                leaf = fieldOfWork(part, filter);
            }
            if (leaf == null) {
                leaf = closedStructure(part, filter);
            }
            if (leaf == null) {
                claimed.forEach(l -> l.claimed = false);
                return null;
            }
            leaf.claimed = true;
            claimed.add(leaf);
        }
        return claimed.stream().map(l -> l.path).reduce((a, b) -> a + ", " + b).orElse(null);
    }

    private Leaf fieldOfWork(String part, Predicate<Leaf> filter) {
        return lexicon.fieldOfWork(part)
                .map(field -> content.unclaimed(field.slug(), l -> l.field().equals("fieldsOfWork") && filter.test(l)))
                .orElse(null);
    }

    private Leaf closedStructure(String part, Predicate<Leaf> filter) {
        for (String mark : lexicon.words(Section.CLOSED_MARKS).entries()) {
            if (part.toLowerCase(Locale.ROOT).endsWith(" " + mark)) {
                String name = part.substring(0, part.length() - mark.length()).strip();
                Leaf leaf = content.unclaimed(
                        name,
                        l -> l.path.endsWith("/name") && l.parent.path("closed").asBoolean(false) && filter.test(l));
                if (leaf != null) {
                    return leaf;
                }
            }
        }
        return null;
    }

    /** A written date ("27 September 2004", "14 октября 2025"), claimed by a {@code date} that holds it. */
    private String writtenDate(String text, Predicate<Leaf> filter) {
        LocalDate date = readDate(text);
        if (date == null) {
            return null;
        }
        Leaf leaf = content.unclaimed(date.toString(), l -> l.field().equals("date") && filter.test(l));
        if (leaf == null) {
            return null;
        }
        leaf.claimed = true;
        return leaf.path + " (written date)";
    }

    /** The older newsroom's header line, a place in capitals and the page's date, when it gave the date. */
    private String header(String text) {
        int digit = 0;
        while (digit < text.length() && !Character.isDigit(text.charAt(digit))) {
            digit++;
        }
        String place = text.substring(0, digit).strip();
        LocalDate date = readDate(text.substring(digit));
        if (place.isEmpty() || !place.equals(place.toUpperCase(Locale.ROOT)) || date == null) {
            return null;
        }
        Leaf leaf = content.unclaimed(date.toString(), l -> l.path.equals("/date"));
        if (leaf == null || !json.path("dateSource").asString("").equals("header")) {
            return null;
        }
        leaf.claimed = true;
        return "/date (header line)";
    }

    private static final String PHOTO_DETAILS = "Photo details";

    private String photo(String text) {
        if (text.startsWith("![") && text.endsWith(")") && text.contains("](")) {
            String url =
                    text.substring(text.indexOf("](") + 2, text.length() - 1).strip();
            Leaf leaf = content.unclaimed(
                    url, l -> l.path.startsWith("/images/") && l.field().equals("url"));
            if (leaf != null) {
                leaf.claimed = true;
                return leaf.path + " (image line)";
            }
        }
        if (text.endsWith(PHOTO_DETAILS)) {
            String caption =
                    text.substring(0, text.length() - PHOTO_DETAILS.length()).strip();
            Leaf leaf = content.unclaimed(
                    caption, l -> l.path.startsWith("/images/") && l.field().equals("caption"));
            if (leaf != null) {
                leaf.claimed = true;
                return leaf.path + " (caption line)";
            }
        }
        return null;
    }

    // --- dates ----------------------------------------------------------------------------------

    /**
     * A date written as a day, a month of the page's lexicon and a year, in any order, with only the
     * lexicon's date connectors, ordinal suffixes and year words ("г.") between them; or null.
     */
    LocalDate readDate(String text) {
        Integer day = null;
        Integer year = null;
        Month month = null;
        boolean range = false;
        for (String token : text.split("[\\s,.]+")) {
            if (token.isEmpty()) {
                continue;
            }
            String lower = token.toLowerCase(Locale.ROOT);
            if (lower.chars().allMatch(Character::isDigit)) {
                int number = Integer.parseInt(lower.length() > 5 ? "0" : lower);
                if (lower.length() == 4 && year == null) {
                    year = number;
                } else if (lower.length() <= 2 && day == null && number >= 1 && number <= 31) {
                    day = number;
                } else if (lower.length() <= 2 && range && year == null && number >= 1 && number <= 31) {
                    range = false; // "14 - 15 March 2022": the record holds the first day
                } else {
                    return null;
                }
            } else if (day != null
                    && month == null
                    && (lower.equals("-") || lower.equals("–") || lexicon.has(Section.RANGE_WORDS, lower))) {
                range = true;
            } else if (lexicon.month(lower) != null && month == null) {
                month = lexicon.month(lower);
            } else if (!lexicon.has(Section.DATE_CONNECTORS, lower)
                    && !lexicon.has(Section.YEAR_WORDS, lower)
                    && !lexicon.has(Section.YEAR_WORDS, lower + ".")
                    && !lexicon.has(Section.ORDINAL_SUFFIXES, lower)) {
                return null;
            }
        }
        if (day == null || month == null || year == null) {
            return null;
        }
        try {
            return LocalDate.of(year, month, day);
        } catch (DateTimeException e) {
            return null;
        }
    }

    // --- lines ----------------------------------------------------------------------------------

    static boolean isEntry(String line) {
        return (line.startsWith("- ") || line.startsWith("• "))
                && !line.substring(2).isBlank();
    }

    static String stripBullet(String line) {
        return isEntry(line) ? line.substring(2) : line;
    }
}
