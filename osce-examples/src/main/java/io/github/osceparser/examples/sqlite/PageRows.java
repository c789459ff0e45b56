package io.github.osceparser.examples.sqlite;

import io.github.osceparser.model.FieldOfWork;
import io.github.osceparser.model.FieldOfWorkPage;
import io.github.osceparser.model.GenericPage;
import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.model.PressRelease;
import io.github.osceparser.model.Quote;
import java.time.LocalDate;
import java.util.List;

/** What each table takes from a page, whatever its kind: a column a kind does not have is null or empty. */
final class PageRows {
    private PageRows() {}

    static LocalDate date(OscePage page) {
        if (page instanceof PressRelease release) {
            return release.date();
        }
        return page instanceof GenericPage generic ? generic.date() : null;
    }

    static String place(OscePage page) {
        return page instanceof PressRelease release ? release.place() : null;
    }

    static List<String> sources(OscePage page) {
        return page instanceof PressRelease release ? release.sources() : List.of();
    }

    /** The fields a press release is filed under, or the one a field-of-work page presents. */
    static List<FieldOfWork> fieldsOfWork(OscePage page) {
        if (page instanceof PressRelease release) {
            return release.fieldsOfWork();
        }
        return page instanceof FieldOfWorkPage field ? List.of(field.fieldOfWork()) : List.of();
    }

    static List<Quote> quotes(OscePage page) {
        return page instanceof PressRelease release ? release.quotes() : List.of();
    }

    /** The cards of a field-of-work page, or the operation a mission page presents. */
    static List<Mission> missions(OscePage page) {
        if (page instanceof FieldOfWorkPage field) {
            return field.missions();
        }
        return page instanceof MissionPage mission ? List.of(mission.mission()) : List.of();
    }
}
