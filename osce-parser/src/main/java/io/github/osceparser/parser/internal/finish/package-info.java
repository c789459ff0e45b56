/**
 * The one step that finishes every page, whatever its front end and extractor: {@link
 * io.github.osceparser.parser.internal.finish.PageFinisher}.
 */
package io.github.osceparser.parser.internal.finish;
