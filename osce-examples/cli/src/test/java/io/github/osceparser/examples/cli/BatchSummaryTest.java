package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.PageType;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The summary line's counts and time. */
class BatchSummaryTest {
    @Test
    void countsPagesByTypeErrorsAndTheSkippedFilesAndGivesTheTimeInSeconds() {
        BatchSummary summary = new BatchSummary();
        summary.count(new Outcome("r", PageType.PRESS_RELEASE, false));
        summary.count(new Outcome("r", PageType.PRESS_RELEASE, false));
        summary.count(new Outcome("r", PageType.FIELD_OF_WORK, false));
        summary.count(new Outcome("e", null, false));

        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.line(2, null, Duration.ofMillis(1500)))
                .isEqualTo("3 pages (2 press-release, 1 field-of-work), 1 error, 2 skipped in 1.5 s");
    }

    @Test
    void countsAPageRecoveredFromADamagedRecordAsAPageAndAnError() {
        BatchSummary summary = new BatchSummary();
        summary.count(new Outcome("r", PageType.NEWS_ITEM, true));

        assertThat(summary.errors()).isEqualTo(1);
        assertThat(summary.line(0, null, Duration.ofMillis(40)))
                .isEqualTo("1 page (1 news-item), 1 error, 0 skipped in 0.0 s");
    }
}
