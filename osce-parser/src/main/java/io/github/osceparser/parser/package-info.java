/**
 * The public API of the parser: {@link io.github.osceparser.parser.OsceParser} turns page text into
 * {@link io.github.osceparser.model.OscePage} records, {@link io.github.osceparser.parser.OsceJson}
 * writes and reads them as JSON, and {@link io.github.osceparser.parser.OsceParseException} is the
 * one exception either throws for bad input. {@link io.github.osceparser.parser.OsceRegistry} looks up
 * what the library knows about the OSCE: its structures past and present, the Chairpersonship by
 * year, the participating States and Partners, and the places datelines name.
 *
 * <pre>{@code
 * OsceParser parser = OsceParser.create();
 * OscePage page = parser.parse(Path.of("press-release.txt"));
 * if (page instanceof PressRelease release) {
 *     System.out.println(release.date() + " " + release.title());
 * }
 * String json = OsceJson.create().toJson(page);
 * }</pre>
 */
package io.github.osceparser.parser;
