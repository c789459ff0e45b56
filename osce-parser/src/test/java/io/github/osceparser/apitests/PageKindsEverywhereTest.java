package io.github.osceparser.apitests;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PageType;
import io.github.osceparser.parser.OsceJson;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.fixtures.Fixtures;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every kind of the sealed {@link OscePage} has a fixture page and goes through the JSON writer and
 * reader unchanged: a new kind fails here until it has both. The examples' CSV, SQLite and Spark
 * mappers have the same test over {@link Fixtures#onePerKind()}.
 */
class PageKindsEverywhereTest {
    private static final OsceJson JSON = OsceJson.create();

    @Test
    void everyPermittedKindHasAFixturePage() {
        Map<Class<?>, String> byKind = Fixtures.onePerKind();

        assertThat(byKind.keySet()).containsExactly(OscePage.class.getPermittedSubclasses());
    }

    @Test
    void everyKindRoundTripsThroughJson() {
        Fixtures.onePerKind().forEach((kind, name) -> {
            OscePage page = OsceParser.create().parse(Fixtures.load(name));

            assertThat(page).as(name).isInstanceOf(kind);
            assertThat(JSON.fromJson(JSON.toJson(page))).as(name).isEqualTo(page);
        });
    }

    @Test
    void everyPageTypeHasAFixturePage() {
        Set<PageType> types = Fixtures.names().stream()
                .map(name -> JSON.fromJson(Fixtures.golden(name)).type())
                .collect(Collectors.toCollection(() -> EnumSet.noneOf(PageType.class)));

        assertThat(types).containsExactlyInAnyOrderElementsOf(Arrays.asList(PageType.values()));
    }
}
