package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.PageType;
import io.github.osceparser.parser.internal.content.Block;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The words osce.org prints around content, in English and in the OSCE's other official languages
 * and Ukrainian: the kind lines that open press releases and news items, the metadata labels, and
 * the footers that follow the body. Matched ignoring case, a trailing colon and the space French
 * puts before it, and the kind of apostrophe.
 *
 * <p>The English words are those of the fixture pages. The translations are the OSCE's usual terms;
 * the stored copies of osce.org available when they were written did not show these lines in other
 * languages (pages in other languages were often saved with the English template), so each is
 * listed here once and can be corrected in one place.
 */
final class Vocabulary {
    private static final Map<String, PageType> KIND_LINES = new HashMap<>();
    private static final Map<String, MetadataLabel> LABELS = new HashMap<>();
    /** The footers that head a page's related links ("Read more on this topic"). */
    private static final Set<String> READ_MORE = Set.of(
            "read more on this topic",
            "en savoir plus sur ce sujet",
            "mehr zu diesem thema",
            "per saperne di più su questo argomento",
            "подробнее по этой теме",
            "más información sobre este tema",
            "детальніше на цю тему");

    /** The footers that follow the body: the related-links headings and the external-links disclaimer. */
    private static final Set<String> FOOTERS = union(
            READ_MORE,
            Set.of(
                    "the osce bears no responsibility for the accuracy, legality or content of the external links"
                            + " provided.",
                    "l'osce n'est pas responsable de l'exactitude, de la légalité ou du contenu des liens externes"
                            + " fournis.",
                    "die osze übernimmt keine verantwortung für die richtigkeit, rechtmäßigkeit oder den inhalt der"
                            + " angegebenen externen links.",
                    "l'osce non è responsabile dell'accuratezza, della legalità o del contenuto dei link esterni"
                            + " forniti.",
                    "обсе не несет ответственности за точность, законность или содержание внешних ссылок.",
                    "la osce no se responsabiliza de la exactitud, la legalidad o el contenido de los enlaces externos"
                            + " proporcionados.",
                    "обсє не несе відповідальності за точність, законність або зміст наданих зовнішніх посилань."));

    private static Set<String> union(Set<String> a, Set<String> b) {
        Set<String> all = new HashSet<>(a);
        all.addAll(b);
        return Set.copyOf(all);
    }

    static {
        kind(
                PageType.PRESS_RELEASE,
                "press release",
                "communiqué de presse",
                "pressemitteilung",
                "comunicato stampa",
                "пресс-релиз",
                "comunicado de prensa",
                "прес-реліз");
        kind(PageType.NEWS_ITEM, "news item", "actualité", "nachricht", "notizia", "новость", "noticia", "новина");
        label(
                MetadataLabel.DATE,
                "date",
                "issued on",
                "publié le",
                "datum",
                "veröffentlicht am",
                "data",
                "pubblicato il",
                "дата",
                "дата публикации",
                "fecha",
                "publicado el",
                "дата публікації");
        label(MetadataLabel.PLACE, "place", "location", "lieu", "ort", "luogo", "место", "lugar", "місце");
        label(
                MetadataLabel.SOURCE,
                "source",
                "sources",
                "issued by",
                "publié par",
                "quelle",
                "quellen",
                "herausgegeben von",
                "fonte",
                "fonti",
                "pubblicato da",
                "источник",
                "источники",
                "опубликовано",
                "fuente",
                "fuentes",
                "publicado por",
                "джерело",
                "джерела",
                "опубліковано");
        label(
                MetadataLabel.FIELDS_OF_WORK,
                "fields of work",
                "field of work",
                "domaines d'action",
                "domaine d'action",
                "arbeitsbereiche",
                "arbeitsbereich",
                "settori di attività",
                "settore di attività",
                "направления деятельности",
                "направление деятельности",
                "ámbitos de trabajo",
                "ámbito de trabajo",
                "напрями діяльності",
                "напрям діяльності");
    }

    /**
     * The lengths of the kind lines and footers. Every block of a page is asked whether it
     * is one of these; a length no entry has answers without lower-casing a copy of the block.
     * Normalizing keeps a stripped text's length (no entry holds the one letter, the dotted capital
     * I, whose lower case is longer).
     */
    private static final BitSet KIND_LINE_LENGTHS = lengths(KIND_LINES.keySet());

    /** A label is at most this long with its colon and the space before it. */
    private static final int LONGEST_LABEL =
            LABELS.keySet().stream().mapToInt(String::length).max().orElse(0) + 2;

    private static final BitSet FOOTER_LENGTHS = lengths(FOOTERS);

    private Vocabulary() {}

    private static BitSet lengths(Set<String> entries) {
        BitSet lengths = new BitSet();
        for (String entry : entries) {
            lengths.set(entry.length());
        }
        return lengths;
    }

    /** Whether the text, once stripped, has the length of an entry; the labels' " :" counts too. */
    private static boolean hasLengthOf(BitSet lengths, String text) {
        int start = 0;
        int end = text.length();
        while (start < end && Character.isWhitespace(text.charAt(start))) {
            start++;
        }
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) {
            end--;
        }
        return lengths.get(end - start);
    }

    private static void kind(PageType type, String... lines) {
        for (String line : lines) {
            KIND_LINES.put(line, type);
        }
    }

    private static void label(MetadataLabel field, String... labels) {
        for (String label : labels) {
            LABELS.put(label, field);
        }
    }

    /** The page kind a kind line names, or null when the block is not a kind line. */
    static PageType kindOf(Block block) {
        if (block.isItem() || !hasLengthOf(KIND_LINE_LENGTHS, block.text())) {
            return null;
        }
        return KIND_LINES.get(normalize(block.text()));
    }

    /** The field a metadata label fills ("Date:", "Lieu :", "Дата:"), or null for an unknown label. */
    static MetadataLabel labelOf(String label) {
        if (label.strip().length() > LONGEST_LABEL) {
            return null;
        }
        String text = label.endsWith(":") ? label.substring(0, label.length() - 1) : label;
        return LABELS.get(normalize(text));
    }

    /** Whether the line is a site footer rather than body text. */
    static boolean isFooter(String text) {
        return hasLengthOf(FOOTER_LENGTHS, text) && FOOTERS.contains(normalize(text));
    }

    /** Whether the line heads the related links of a news item ("Read more on this topic"). */
    static boolean isReadMore(String text) {
        return hasLengthOf(FOOTER_LENGTHS, text) && READ_MORE.contains(normalize(text));
    }

    private static String normalize(String text) {
        return text.strip().replace('’', '\'').toLowerCase(Locale.ROOT);
    }
}
