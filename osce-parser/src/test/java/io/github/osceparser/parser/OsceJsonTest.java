package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Section;
import io.github.osceparser.model.StructureRef;
import java.util.List;
import org.junit.jupiter.api.Test;

class OsceJsonTest {
    private final OsceJson json = OsceJson.create();

    @Test
    void readsTheEarlierFormOfSourcesAndMenuOperationsAsNamesWithoutIds() {
        OsceJson json = OsceJson.create();
        String earlier = """
                {"type":"press-release","language":"en","title":"T",
                 "sources":["OSCE Secretariat"],"fieldsOfWork":[],"otherFieldsOfWork":[],"paragraphs":["P."],
                 "quotes":[],"images":[],"readMore":[],
                 "site":{"participatingStates":[],"partners":[],"fieldsOfWork":[],"fieldOperations":["Mission to Skopje"]},
                 "diagnostics":[]}""";

        PressRelease page = (PressRelease) json.fromJson(earlier);

        assertThat(page.sources()).containsExactly(new StructureRef("OSCE Secretariat", null, false));
        assertThat(page.site().fieldOperations()).containsExactly(new StructureRef("Mission to Skopje", null, false));
        assertThat(page.countries())
                .as("a record written before countries existed")
                .isEmpty();
        assertThatThrownBy(() -> json.fromJson(
                        earlier.replace("\"OSCE Secretariat\"", "{\"name\":\"X\",\"id\":\"Not A Slug\"}")))
                .isInstanceOf(OsceParseException.class)
                .hasMessageContaining("$.sources[0]")
                .hasMessageContaining("id");
    }

    @Test
    void leavesAbsentValuesOutAndWritesEmptyLists() {
        GenericPage page = new GenericPage("en", "Title", null, List.of(), List.of(), List.of(), null, List.of());

        assertThat(json.toJson(page))
                .isEqualTo(
                        "{\"type\":\"page\",\"language\":\"en\",\"title\":\"Title\",\"sections\":[],\"structures\":[],\"countries\":[],\"diagnostics\":[]}");
    }

    @Test
    void reportsMalformedJsonWithItsPosition() {
        assertThatThrownBy(() -> json.fromJson("{\"type\":\"page\",\n\"title\": }"))
                .isInstanceOfSatisfying(
                        OsceParseException.class, e -> assertThat(e.line()).hasValue(2))
                .hasMessageContaining("malformed JSON at column");
    }

    @Test
    void reportsInvalidValuesWithTheirJsonPath() {
        assertThatThrownBy(() -> json.fromJson("{\"type\":\"press-release\",\"language\":\"en\",\"title\":\"T\","
                        + "\"quotes\":[{\"text\":\"ok\"},{\"text\":3}]}"))
                .isInstanceOf(OsceParseException.class)
                .hasMessageContaining("$.quotes[1].text");
        assertThatThrownBy(() -> json.fromJson("{\"type\":\"memo\",\"language\":\"en\",\"title\":\"T\"}"))
                .hasMessageContaining("unknown page type 'memo'")
                .hasMessageContaining("$.type");
        assertThatThrownBy(() -> json.fromJson("{\"type\":\"page\",\"language\":\"english\",\"title\":\"T\"}"))
                .isInstanceOf(OsceParseException.class)
                .hasMessageContaining("ISO 639-1");
        assertThatThrownBy(() -> json.fromJson("{\"type\":\"press-release\",\"language\":\"en\",\"title\":\"T\","
                        + "\"date\":\"21 May 2010\",\"dateSource\":\"text\"}"))
                .hasMessageContaining("yyyy-MM-dd")
                .hasMessageContaining("$.date");
        assertThatThrownBy(() -> json.fromJson("[]")).hasMessageContaining("expected an object at $");
    }

    @Test
    void refusesNestingBeyondTheLimit() {
        String deep = "{\"type\":\"page\",\"language\":\"en\",\"title\":\"T\",\"x\":" + "[".repeat(200)
                + "]".repeat(200) + "}";

        assertThatThrownBy(() -> json.fromJson(deep))
                .isInstanceOf(OsceParseException.class)
                .hasMessageContaining("nesting depth");
    }

    @Test
    void ignoresPropertiesTheFormatDoesNotDefine() {
        GenericPage page = new GenericPage(
                "en",
                "Title",
                null,
                List.of(new Section("H", List.of("p"), List.of(), List.of())),
                List.of(),
                List.of(),
                null,
                List.of());

        String withFile = "{\"file\":\"x.txt\"," + json.toJson(page).substring(1);

        assertThat(json.fromJson(withFile)).isEqualTo(page);
    }

    @Test
    void writesReadableIndentedJson() {
        GenericPage page = new GenericPage("en", "Title", null, List.of(), List.of(), List.of(), null, List.of());

        assertThat(json.toPrettyJson(page)).contains("\n  \"title\" : \"Title\"");
    }
}
