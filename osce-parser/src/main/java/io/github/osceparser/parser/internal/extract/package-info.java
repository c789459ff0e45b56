/**
 * One extractor per page kind, asked in the order of {@link
 * io.github.osceparser.parser.internal.extract.PageExtractors}: each looks at the content once and
 * returns a draft or declines ({@code tryExtract}). Extractors never learn which front end made the
 * blocks; what only markup knows they ask the blocks they consume.
 */
package io.github.osceparser.parser.internal.extract;
