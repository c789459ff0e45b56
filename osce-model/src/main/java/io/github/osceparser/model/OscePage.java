package io.github.osceparser.model;

import java.util.List;

/**
 * A page of osce.org, as the parser understood it.
 *
 * <p>The interface is sealed: a page is a {@link PressRelease} (press releases and news items), a
 * {@link FieldOfWorkPage}, a {@link MissionPage}, a {@link Listing} or a {@link GenericPage}
 * (anything the parser could not classify, so that no page is ever thrown away). Test for the kind
 * you need with {@code instanceof}, or switch over {@link #type()}.
 */
public sealed interface OscePage permits PressRelease, FieldOfWorkPage, MissionPage, Listing, GenericPage {

    /** The kind of page; also its {@code type} in the JSON format. */
    PageType type();

    /** The ISO 639-1 code of the language of the page's content (not of its menu), such as {@code "it"}. */
    String language();

    /** The page's title as printed on the page. */
    String title();

    /**
     * The OSCE structures that the page's title and body name (the Organization itself aside), by any
     * of their names, acronyms or names in the site's languages, each once with its registry id, under
     * the name the page printed first ("ODIHR" and "Office for Democratic Institutions and Human
     * Rights" are one), in order of first mention. The site's menu does not count.
     */
    List<StructureRef> structures();

    /**
     * The ISO 3166-1 alpha-2 codes of the participating States and Partners for Co-operation that
     * the page's title and body name, by name, short form or adjective in any of the site's
     * languages ("Moldova", "Republic of Moldova", "Moldovan", "молдавский" all give {@code "MD"}), in
     * order of first mention. The site's menu does not count.
     */
    List<String> countries();

    /** The navigation snapshot of the site at the time the page was saved; nullable: absent when the page had no menu. */
    Site site();

    /** What the parser noticed and could not place, or had to decide, in page order. */
    List<Diagnostic> diagnostics();
}
