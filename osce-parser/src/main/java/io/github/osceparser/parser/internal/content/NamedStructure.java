package io.github.osceparser.parser.internal.content;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A structure a page names where the record keeps it (a press release's source, a listing entry's
 * structure, a mission), registered with {@link PageDraft#structure} and looked up in the registry
 * by {@link PageFinisher}, by the page's date, before the record is built.
 *
 * @param index the mention's place among the draft's mentions, under which the finishing step
 *     keeps what it found ({@link FinishedPage#ref(NamedStructure)})
 * @param printed the name as printed, without a "(closed)" mark
 * @param closed whether the page marks it closed
 * @param line the 1-based line that names it, for the diagnostic of a name the registry lacks
 * @param day nullable: the day to resolve it by when it is not the page's own date (a listing
 *     entry's publishing date)
 */
public record NamedStructure(int index, String printed, boolean closed, int line, LocalDate day) {
    public NamedStructure {
        Objects.requireNonNull(printed, "printed");
    }
}
