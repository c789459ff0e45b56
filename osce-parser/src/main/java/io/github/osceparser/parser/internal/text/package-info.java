/**
 * Page text: the text front end (lines, the menu apart, blocks) and the reading of sentences that
 * every extractor shares (dates, datelines, people, quotations, the content's language).
 */
package io.github.osceparser.parser.internal.text;
