/**
 * The HTML front end, through jsoup: {@link io.github.osceparser.parser.internal.html.HtmlReader}
 * gives the same blocks as the text front end, each with a handle on its markup, plus the menu, the
 * dates the markup states and the page's own address.
 */
package io.github.osceparser.parser.internal.html;
