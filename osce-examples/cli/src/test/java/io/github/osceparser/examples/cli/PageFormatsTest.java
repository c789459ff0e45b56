package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The extension that decides how a file is read. */
class PageFormatsTest {
    @Test
    void takesTheExtensionAfterTheLastDotOfTheFileName() {
        assertThat(PageFormats.extensionOf("a.txt")).isEqualTo("txt");
        assertThat(PageFormats.extensionOf("pages/Page.HTML")).isEqualTo("html");
        assertThat(PageFormats.extensionOf("crawl.warc.gz")).isEqualTo("gz");
        assertThat(PageFormats.extensionOf("x.y")).isEqualTo("y");
    }

    @Test
    void seesNoExtensionInAHiddenFileOrAFolderWithADot() {
        assertThat(PageFormats.extensionOf(".txt")).isEmpty();
        assertThat(PageFormats.extensionOf("pages/.txt")).isEmpty();
        assertThat(PageFormats.extensionOf("a/.b")).isEmpty();
        assertThat(PageFormats.extensionOf("pages.d\\README")).isEmpty();
        assertThat(PageFormats.extensionOf("pages.d/README")).isEmpty();
    }
}
