package io.github.osceparser.parser.internal.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HeadMetadataTest {
    private static DocumentIndex load(String html, String base) {
        return DocumentIndex.of(HtmlLoader.load(html, base, Integer.MAX_VALUE));
    }

    @Test
    void takesTheCanonicalLinkThenOgUrl() {
        assertThat(HeadMetadata.canonicalUrl(load(
                        "<link rel=canonical href='/a'><meta property=og:url content='https://www.osce.org/b'>",
                        "https://www.osce.org/x")))
                .isEqualTo("https://www.osce.org/a");
        assertThat(HeadMetadata.canonicalUrl(load("<meta property=og:url content='/b'>", "https://www.osce.org/x")))
                .isEqualTo("https://www.osce.org/b");
        assertThat(HeadMetadata.canonicalUrl(load("<meta property=og:url content='https://www.osce.org/b'>", "")))
                .isEqualTo("https://www.osce.org/b");
        assertThat(HeadMetadata.canonicalUrl(load("<meta property=og:url content='/b'>", "")))
                .isNull();
        assertThat(HeadMetadata.canonicalUrl(load("<link rel=canonical href='/a'>", "")))
                .isNull();
        assertThat(HeadMetadata.canonicalUrl(load("<p>x</p>", "https://www.osce.org/x")))
                .isNull();
    }

    @Test
    void takesTheTitleWithoutTheSiteName() {
        assertThat(HeadMetadata.title(load("<title>Policing | OSCE</title>", "")))
                .isEqualTo(new HeadMetadata.Title("Policing", 1));
        assertThat(HeadMetadata.title(load("<title>Policing – News | OSCE</title>", ""))
                        .text())
                .isEqualTo("Policing – News");
        assertThat(HeadMetadata.title(load("<title>Policing – OSCE</title>", ""))
                        .text())
                .isEqualTo("Policing");
        assertThat(HeadMetadata.title(load("<title>Policing — OSCE</title>", ""))
                        .text())
                .isEqualTo("Policing");
        assertThat(HeadMetadata.title(load("<title>Policing</title>", "")).text())
                .isEqualTo("Policing");
        assertThat(HeadMetadata.title(load("\n<meta property=og:title content=' Youth  work '><title>T</title>", "")))
                .isEqualTo(new HeadMetadata.Title("Youth work", 2));
        assertThat(HeadMetadata.title(load("<meta property=og:title content=' '><title>T | OSCE</title>", ""))
                        .text())
                .isEqualTo("T");
        assertThat(HeadMetadata.title(load("<title> </title><p>x</p>", ""))).isNull();
    }
}
