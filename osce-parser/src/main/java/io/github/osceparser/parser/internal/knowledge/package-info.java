/**
 * The knowledge registry: the OSCE's structures past and present, the Chairpersonship by year, the
 * participating States and Partners for Co-operation, and the places datelines name, read from one
 * resource file shipped with the library ({@code osce-registry.txt}, its format described at its
 * top) and indexed for lookups by id, by a name as printed and a date, by country name or adjective,
 * by spelling and by year. It stands on the model alone; {@link
 * io.github.osceparser.parser.OsceRegistry} is its public door.
 */
package io.github.osceparser.parser.internal.knowledge;
