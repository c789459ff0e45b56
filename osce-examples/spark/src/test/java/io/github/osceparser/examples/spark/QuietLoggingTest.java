package io.github.osceparser.examples.spark;

import static org.assertj.core.api.Assertions.assertThat;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** The job's logging: warnings and errors unless Spark's own logging is asked for. */
class QuietLoggingTest {
    @AfterEach
    void restore() {
        System.clearProperty(QuietLogging.PROPERTY);
        Configurator.setRootLevel(Level.WARN);
    }

    @Test
    void lowersSparksInfoLoggingToWarnings() {
        Configurator.setRootLevel(Level.INFO); // what Spark's default configuration sets

        QuietLogging.unlessAsked();

        assertThat(LogManager.getRootLogger().getLevel()).isEqualTo(Level.WARN);
        assertThat(LogManager.getLogger("org.apache.hadoop.util.NativeCodeLoader")
                        .getLevel())
                .isEqualTo(Level.ERROR);
    }

    @Test
    void keepsALevelTheUserSetQuieter() {
        Configurator.setRootLevel(Level.ERROR);

        QuietLogging.unlessAsked();

        assertThat(LogManager.getRootLogger().getLevel()).isEqualTo(Level.ERROR);
    }

    @Test
    void leavesSparksLoggingAloneWhenAskedFor() {
        Configurator.setRootLevel(Level.INFO);
        System.setProperty(QuietLogging.PROPERTY, "spark");

        QuietLogging.unlessAsked();

        assertThat(LogManager.getRootLogger().getLevel()).isEqualTo(Level.INFO);
    }
}
