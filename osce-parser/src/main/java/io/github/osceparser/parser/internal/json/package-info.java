/** The JSON format of the records, written and read with Jackson's streaming API. */
package io.github.osceparser.parser.internal.json;
