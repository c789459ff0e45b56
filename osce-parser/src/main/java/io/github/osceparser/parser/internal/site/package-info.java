/**
 * The site's navigation menu, as either front end reads it ({@link
 * io.github.osceparser.parser.internal.site.MenuGroup}), to the record's {@code Site} snapshot.
 */
package io.github.osceparser.parser.internal.site;
