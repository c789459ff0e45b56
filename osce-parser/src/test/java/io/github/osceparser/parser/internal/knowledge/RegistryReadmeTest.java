package io.github.osceparser.parser.internal.knowledge;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Country;
import io.github.osceparser.model.CountryStatus;
import io.github.osceparser.model.Place;
import io.github.osceparser.model.Structure;
import io.github.osceparser.model.StructureKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * The registry's size as {@code osce-parser/README.md} ("Knowledge registry") states it, against the
 * bundled file, so that the table cannot fall behind the data.
 */
class RegistryReadmeTest {

    @Test
    void theReadmeStatesTheRegistrysSize() throws IOException {
        // Surefire runs in the module's folder.
        String readme = Files.readString(Path.of("README.md"));
        Registry registry = Registry.bundled();

        long closedOperations = registry.structures(StructureKind.FIELD_OPERATION).stream()
                .filter(Structure::isClosed)
                .count();
        long names =
                registry.structures().stream().mapToLong(s -> s.names().size()).sum();
        long otherNames = registry.structures().stream()
                .mapToLong(s -> s.acronyms().size()
                        + s.shortNames().size()
                        + s.localNames().size())
                .sum();
        long states = registry.countries().stream()
                .filter(c -> c.status() == CountryStatus.PARTICIPATING_STATE)
                .count();
        long adjectives = registry.countries().stream()
                .mapToLong(c -> c.adjectives().size())
                .sum();
        long spellings =
                registry.places().stream().mapToLong(p -> p.spellings().size()).sum();

        assertThat(readme)
                .contains("| structures | " + registry.structures().size() + " |")
                .contains(" | "
                        + registry.structures(StructureKind.FIELD_OPERATION).size() + " |")
                .contains("field activities, " + closedOperations + " of them closed")
                .contains("| "
                        + registry.structures(StructureKind.SECRETARIAT_UNIT).size() + " |")
                .contains("(renames) | " + names + " |")
                .contains("short forms | " + otherNames + " |")
                .contains("| " + states + " + " + (registry.countries().size() - states) + " |")
                .contains("in the seven languages | " + adjectives + " |")
                .contains("the fixtures print) | " + registry.places().size() + " |")
                .contains("| spellings of places | " + spellings + " |")
                .contains("Chairpersons-in-Office | "
                        + registry.chairpersonships().size() + " |");
        assertThat(registry.countries()).extracting(Country::code).hasSize(68);
        assertThat(registry.places()).extracting(Place::id).doesNotHaveDuplicates();
    }
}
