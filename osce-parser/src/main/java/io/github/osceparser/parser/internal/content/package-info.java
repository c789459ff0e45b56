/**
 * What the front ends hand the extractors and the extractors hand the finishing step: {@link
 * io.github.osceparser.parser.internal.content.Block}s that keep their line and their {@link
 * io.github.osceparser.parser.internal.content.Markup}, the read-only {@link
 * io.github.osceparser.parser.internal.content.PageContent}, an extractor's {@link
 * io.github.osceparser.parser.internal.content.PageDraft}, the dates a page gives ({@link
 * io.github.osceparser.parser.internal.content.DateEvidence}), and the section structure both
 * front ends' blocks share. Depends on the model alone.
 */
package io.github.osceparser.parser.internal.content;
