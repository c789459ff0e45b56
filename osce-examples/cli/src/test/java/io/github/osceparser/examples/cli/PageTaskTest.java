package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.parser.OsceParser;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The error record of a file that could not be opened says what happened, not only the path. */
class PageTaskTest {
    private static final PageTask TASK = new PageTask(
            OsceParser.create(), new PageReader(InputStream.nullInputStream(), 1000), new CsvRecordFormat(false));

    private static final PageInput INPUT = new PageInput("pages/a.txt", Path.of("pages/a.txt"), null);

    private static String errorOf(IOException e) {
        Outcome outcome = TASK.unreadable(INPUT, e);
        assertThat(outcome.failed()).as(e.toString()).isTrue();
        assertThat(outcome.record()).as(e.toString()).startsWith("pages/a.txt,,,,,,,,,,,");
        return outcome.record().substring("pages/a.txt,,,,,,,,,,,".length());
    }

    @Test
    void saysWhyAFileCouldNotBeOpened() {
        assertThat(errorOf(new NoSuchFileException("pages/a.txt"))).isEqualTo("cannot read: no such file\r\n");
        assertThat(errorOf(new AccessDeniedException("pages/a.txt"))).isEqualTo("cannot read: permission denied\r\n");
        assertThat(errorOf(new FileSystemException("pages/a.txt", null, "Is a directory")))
                .isEqualTo("cannot read: Is a directory\r\n");
        assertThat(errorOf(new FileSystemException("pages/a.txt"))).isEqualTo("cannot read: FileSystemException\r\n");
    }

    @Test
    void givesTheMessageOfAnyOtherReadError() {
        assertThat(errorOf(new IOException("disk on fire"))).isEqualTo("disk on fire\r\n");
        assertThat(errorOf(new IOException())).isEqualTo("java.io.IOException\r\n");
    }
}
