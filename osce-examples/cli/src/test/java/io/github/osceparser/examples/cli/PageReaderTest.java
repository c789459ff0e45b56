package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The limit on a page's bytes: three per character the parser allows, for a file and for standard input. */
class PageReaderTest {
    private static final int MAX_CHARS = 10;

    @TempDir
    Path temp;

    private PageInput file(int bytes) throws IOException {
        Path path = Files.write(temp.resolve("page-" + bytes + ".txt"), new byte[bytes]);
        return new PageInput(path.getFileName().toString(), path, null);
    }

    private static PageReader readingStandardInput(int bytes) {
        InputStream in = new ByteArrayInputStream(new byte[bytes]);
        return new PageReader(in, MAX_CHARS);
    }

    private static final PageInput STANDARD_INPUT = new PageInput("-", null, null);

    @Test
    void readsAFileOfExactlyThreeBytesPerCharacterOfTheLimit() throws IOException {
        PageReader reader = new PageReader(InputStream.nullInputStream(), MAX_CHARS);

        assertThat(reader.read(file(30))).hasSize(30);
    }

    @Test
    void refusesAFileOfOneByteMore() throws IOException {
        PageReader reader = new PageReader(InputStream.nullInputStream(), MAX_CHARS);
        PageInput input = file(31);

        Throwable thrown = catchThrowable(() -> reader.read(input));

        assertThat(thrown)
                .isInstanceOf(IOException.class)
                .hasMessage("the file has more than 30 bytes (31), more than the limit of characters allows;"
                        + " raise it with --max-input-length");
    }

    @Test
    void readsStandardInputOfExactlyThreeBytesPerCharacterOfTheLimit() throws IOException {
        assertThat(readingStandardInput(30).read(STANDARD_INPUT)).hasSize(30);
    }

    @Test
    void refusesStandardInputOfOneByteMoreHavingReadNoFurther() {
        Throwable thrown = catchThrowable(() -> readingStandardInput(1000).read(STANDARD_INPUT));

        assertThat(thrown)
                .isInstanceOf(IOException.class)
                .hasMessageStartingWith("the file has more than 30 bytes (31), ");
    }
}
