/**
 * What the examples share: where a page came from ({@link io.github.osceparser.examples.common.PageOrigin})
 * and the one flattening of a page into columns ({@link io.github.osceparser.examples.common.PageColumns})
 * that the command line's CSV and the SQLite tables use.
 */
package io.github.osceparser.examples.common;
