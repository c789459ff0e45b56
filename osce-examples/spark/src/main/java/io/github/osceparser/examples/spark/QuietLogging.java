package io.github.osceparser.examples.spark;

import org.apache.logging.log4j.Level;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.config.Configurator;

/**
 * Keeps Spark's logging to warnings and errors, so that the job's one summary line is not line 213
 * of 221 lines of INFO: Spark's own default configuration logs at INFO. Asked for with {@code
 * -Dosce.spark.logging=spark} (with spark-submit: {@code --driver-java-options}), Spark's
 * configuration, or the user's {@code log4j2.properties}, decides as usual.
 */
final class QuietLogging {
    /** The system property that leaves logging as Spark (or the user's configuration) sets it. */
    static final String PROPERTY = "osce.spark.logging";

    private QuietLogging() {}

    /** Lowers the root level to WARN, and Hadoop's native-library note to ERROR, unless asked not to. */
    static void unlessAsked() {
        if ("spark".equals(System.getProperty(PROPERTY))) {
            return;
        }
        if (LogManager.getRootLogger().getLevel().isLessSpecificThan(Level.WARN)) {
            Configurator.setRootLevel(Level.WARN);
        }
        // "Unable to load native-hadoop library" says nothing a user of the job can act on.
        Configurator.setLevel("org.apache.hadoop.util.NativeCodeLoader", Level.ERROR);
    }
}
