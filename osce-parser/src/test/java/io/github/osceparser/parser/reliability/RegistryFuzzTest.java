package io.github.osceparser.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import io.github.osceparser.model.ChairpersonshipTerm;
import io.github.osceparser.model.Country;
import io.github.osceparser.model.LocalName;
import io.github.osceparser.model.NamePeriod;
import io.github.osceparser.model.Place;
import io.github.osceparser.model.Structure;
import io.github.osceparser.parser.internal.knowledge.Registry;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.stream.Stream;

/**
 * The fuzz target of the knowledge registry's lookups: the public {@code OsceRegistry}'s, and the
 * dateline's {@link Registry#countryOfPlace(String)} behind it. Any string, with any date, year and
 * code, gives a result or none, never an exception; what a lookup finds is the registry's own
 * record (the same as by its id); and the name is compared as {@code OsceRegistry} promises,
 * without regard to case, hyphens within a word and spacing, so that the string upper-cased,
 * lower-cased, with a hyphen inside a word or with its spaces doubled finds the same.
 *
 * <p>The string is a registry term chosen by the input (every name, acronym, short form, local name,
 * adjective and spelling), or none, followed by arbitrary text. An ordinary test run replays the saved
 * inputs under {@code src/test/resources/fuzz/registryLookups/}; with {@code JAZZER_FUZZ=1} the
 * target fuzzes for real (README, "Reliability").
 */
class RegistryFuzzTest {
    private static final Registry REGISTRY = Registry.standard();
    private static final List<String> TERMS = terms();

    @FuzzTest(maxDuration = "5m")
    void registryLookups(FuzzedDataProvider data) {
        LocalDate day = data.consumeBoolean()
                ? null
                : LocalDate.ofEpochDay(data.consumeLong(LocalDate.MIN.toEpochDay(), LocalDate.MAX.toEpochDay()));
        int year = data.consumeInt();
        int hyphenAt = data.consumeInt(0, 1 << 16);
        String term = data.consumeBoolean() ? TERMS.get(data.consumeInt(0, TERMS.size() - 1)) : "";
        String text = term + data.consumeRemainingAsString();

        Structure structure = REGISTRY.findStructure(text, day);
        Country country = REGISTRY.findCountry(text);
        Place place = REGISTRY.findPlace(text);
        String placeCountry = REGISTRY.countryOfPlace(text);
        if (structure != null) {
            assertThat(REGISTRY.structure(structure.id()))
                    .as("structure of %s", text)
                    .isSameAs(structure);
        }
        if (country != null) {
            assertThat(REGISTRY.country(country.code()))
                    .as("country of %s", text)
                    .isSameAs(country);
        }
        if (place != null) {
            assertThat(REGISTRY.place(place.id())).as("place of %s", text).isSameAs(place);
        }
        if (placeCountry != null) {
            assertThat(placeCountry).as("country code of the place %s", text).matches("[A-Z]{2}");
        }
        ChairpersonshipTerm chair = REGISTRY.chairpersonship(year);
        if (chair != null) {
            assertThat(chair.year()).isEqualTo(year);
        }
        // ids and codes are looked up as given: arbitrary text finds nothing or the record of that id
        Structure byId = REGISTRY.structure(text);
        if (byId != null) {
            assertThat(byId.id()).isEqualTo(text);
        }
        Country byCode = REGISTRY.country(text);
        if (byCode != null) {
            assertThat(byCode.code()).isEqualTo(text);
        }
        Place placeById = REGISTRY.place(text);
        if (placeById != null) {
            assertThat(placeById.id()).isEqualTo(text);
        }

        for (String variant : variants(text, hyphenAt)) {
            String what = "'" + variant + "' for '" + text + "'";
            assertThat(REGISTRY.findStructure(variant, day))
                    .as("structure of %s", what)
                    .isSameAs(structure);
            assertThat(REGISTRY.findCountry(variant)).as("country of %s", what).isSameAs(country);
            assertThat(REGISTRY.findPlace(variant)).as("place of %s", what).isSameAs(place);
            assertThat(REGISTRY.countryOfPlace(variant))
                    .as("country of the place %s", what)
                    .isEqualTo(placeCountry);
        }
    }

    /** The text as the registry must not tell apart: other case, a hyphen inside a word, wider spacing. */
    private static List<String> variants(String text, int hyphenAt) {
        List<String> variants = new ArrayList<>();
        variants.add(lettersInCase(text, true));
        variants.add(lettersInCase(text, false));
        variants.add(text.replace(" ", "  "));
        // "Co-operation" and "Cooperation": a hyphen between two letters of a word joins them.
        for (int i = 1; i < text.length(); i++) {
            int at = 1 + (hyphenAt + i) % (text.length() - 1);
            if (Character.isLetter(text.charAt(at - 1)) && Character.isLetter(text.charAt(at))) {
                variants.add(text.substring(0, at) + "-" + text.substring(at));
                break;
            }
        }
        return variants;
    }

    /**
     * The text with its letters in upper or lower case, and nothing else changed: a combining mark
     * such as U+0345 (ypogegrammeni) upper-cases to the letter Ι, which a name then holds (the
     * input {@code crash-41b96e1a...} of {@code registryLookups/}).
     */
    private static String lettersInCase(String text, boolean upper) {
        StringBuilder cased = new StringBuilder(text.length());
        text.codePoints().forEach(c -> {
            String letter = Character.toString(c);
            cased.append(
                    !Character.isLetter(c)
                            ? letter
                            : upper ? letter.toUpperCase(Locale.ROOT) : letter.toLowerCase(Locale.ROOT));
        });
        return cased.toString();
    }

    private static List<String> terms() {
        Stream<String> structures = REGISTRY.structures().stream()
                .flatMap(s -> Stream.concat(
                        s.names().stream().map(NamePeriod::name),
                        Stream.of(s.acronyms(), s.shortNames(), s.localNames())
                                .flatMap(List::stream)
                                .map(LocalName::text)));
        Stream<String> countries = REGISTRY.countries().stream()
                .flatMap(c -> Stream.of(c.names(), c.shortForms(), c.adjectives())
                        .flatMap(List::stream)
                        .map(LocalName::text));
        Stream<String> places = REGISTRY.places().stream().flatMap(p -> p.spellings().stream());
        return Stream.of(structures, countries, places)
                .flatMap(s -> s)
                .filter(Objects::nonNull)
                .distinct()
                .toList();
    }
}
