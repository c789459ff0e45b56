package io.github.osceparser.parser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionKind;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.StructureRef;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The HTML entry points of {@link OsceParser}: their arguments, options and errors. */
class OsceParserHtmlTest {
    private static final String PAGE = "<header><nav><ul><li>Field operations<ul><li>Mission to Serbia</li></ul></li>"
            + "</ul></nav></header><main><h1>Policing</h1><p>Summary.</p>"
            + "<div><a href='/mission-to-serbia'>Mission to Serbia</a><h3>Mission to Serbia</h3>"
            + "<p>Set up on 11 January 2001, the Mission is based in Belgrade.</p></div></main>";

    @Test
    void parsesHtmlStringAndResolvesLinksAgainstTheBaseUri() {
        FieldOfWorkPage page = (FieldOfWorkPage) OsceParser.create().parseHtml(PAGE, "https://www.osce.org/policing");

        assertThat(page.title()).isEqualTo("Policing");
        assertThat(page.missions()).extracting(Mission::kind).containsExactly(MissionKind.MISSION);
        assertThat(page.missions()).extracting(Mission::url).containsExactly("https://www.osce.org/mission-to-serbia");
        assertThat(page.site().fieldOperations())
                .containsExactly(new StructureRef("Mission to Serbia", "mission-to-serbia", false));
    }

    @Test
    void leavesRelativeLinksOutWithoutABaseUri() {
        FieldOfWorkPage page = (FieldOfWorkPage) OsceParser.create().parseHtml(PAGE, null);

        assertThat(page.missions()).extracting(Mission::url).containsOnlyNulls();
    }

    @Test
    void resolvesLinksAgainstTheBaseElement() {
        FieldOfWorkPage page = (FieldOfWorkPage) OsceParser.create()
                .parseHtml("<base href='https://www.osce.org/it/'>" + PAGE.replace("'/mission", "'mission"), "");

        assertThat(page.missions())
                .extracting(Mission::url)
                .containsExactly("https://www.osce.org/it/mission-to-serbia");
    }

    @Test
    void readsStreamWithTheGivenCharsetAndLeavesItOpen() throws IOException {
        byte[] bytes = "<h1>Café – Priština</h1><p>Text.</p>".getBytes("windows-1252");
        ClosingStream in = new ClosingStream(bytes);

        OscePage page = OsceParser.create().parseHtml(in, java.nio.charset.Charset.forName("windows-1252"), null);

        assertThat(page.title()).isEqualTo("Café – Priština");
        assertThat(in.closed).isFalse();
    }

    @Test
    void failsAtOnceOnNullArguments() {
        OsceParser parser = OsceParser.create();

        assertThatThrownBy(() -> parser.parseHtml((String) null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("html");
        assertThatThrownBy(() -> parser.parseHtml((InputStream) null, null, null))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("in");
    }

    @Test
    void appliesTheInputLimitToHtml() {
        OsceParser parser = OsceParser.builder().maxInputLength(100).build();
        String html = "<h1>Title</h1><p>" + "x".repeat(100) + "</p>";

        assertThatThrownBy(() -> parser.parseHtml(html, null))
                .isInstanceOf(OsceParseException.class)
                .hasMessageStartingWith("the HTML page is 121 characters long, over the limit of 100;");
        assertThatThrownBy(() ->
                        parser.parseHtml(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)), null, null))
                .isInstanceOf(OsceParseException.class)
                .hasMessageStartingWith("the HTML page is longer than the limit of 100 bytes;");
    }

    @Test
    void rejectsUnplacedContentWhenStrict() {
        String html = "<div>Press release</div>\n<h1>Title</h1>\n<dl><dt>Date:</dt><dd>1 May 2020</dd></dl>\n"
                + "<p>Body.</p>";
        OsceParser strict = OsceParser.builder().strict(true).build();

        assertThat(strict.parseHtml(html, null).title()).isEqualTo("Title");
        assertThatThrownBy(() -> strict.parseHtml(html.replace("1 May 2020", "some day"), null))
                .isInstanceOf(OsceParseException.class)
                .hasMessage("line 3: strict parsing: could not read a date in 'some day'");
    }

    @Test
    void refusesPageWithoutContent() {
        assertThatThrownBy(() -> OsceParser.create().parseHtml("<script>var a;</script><nav>Menu</nav>", null))
                .isInstanceOf(OsceParseException.class)
                .hasMessage("the HTML page is empty: it holds no text outside scripts and furniture");
    }

    private static final class ClosingStream extends ByteArrayInputStream {
        boolean closed;

        ClosingStream(byte[] bytes) {
            super(bytes);
        }

        @Override
        public void close() throws IOException {
            closed = true;
            super.close();
        }
    }
}
