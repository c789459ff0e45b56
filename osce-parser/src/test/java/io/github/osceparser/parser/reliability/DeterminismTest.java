package io.github.osceparser.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The same input gives the same record in every run, locale and time zone. Within one JVM no test
 * can see an answer that depends on the iteration order of {@code Set.of} or {@code Map.of}: the JDK
 * salts it once per JVM start. So every fixture page is parsed in fresh JVMs, each with another
 * default locale (Turkish, whose dotless i breaks locale-sensitive lower-casing; Arabic and Thai,
 * whose digits differ; Japanese with its imperial calendar) and time zone, and their JSON is
 * compared byte for byte with this JVM's.
 */
class DeterminismTest {
    private static String expected;

    private static String[] folders() throws URISyntaxException {
        return new String[] {
            Path.of(DeterminismTest.class.getResource("/pages").toURI()).toString(),
            Path.of(DeterminismTest.class.getResource("/pages-html-broken").toURI())
                    .toString(),
            Path.of(DeterminismTest.class.getResource("/pages-html").toURI()).toString()
        };
    }

    private static synchronized String expected() throws Exception {
        if (expected == null) {
            expected = DeterminismProbe.records(folders());
        }
        return expected;
    }

    @ParameterizedTest(name = "{0} {1} {2}")
    @CsvSource({
        "tr, TR, Pacific/Kiritimati",
        "ar, SA, America/St_Johns",
        "th, TH, Asia/Kathmandu",
        "ja, JP, UTC",
        "de, DE, Pacific/Pago_Pago"
    })
    void givesByteForByteTheSameRecordsInAnotherJvmLocaleAndTimeZone(String language, String country, String zone)
            throws Exception {
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Duser.language=" + language);
        command.add("-Duser.country=" + country);
        command.add("-Duser.timezone=" + zone);
        if (language.equals("ja")) {
            command.add("-Duser.variant=JP"); // ja_JP_JP: the Japanese imperial calendar
        }
        command.add("-cp");
        command.add(System.getProperty("java.class.path"));
        command.add(DeterminismProbe.class.getName());
        command.addAll(List.of(folders()));

        String records = run(command);

        assertThat(records).as("records in %s_%s, %s", language, country, zone).isEqualTo(expected());
        assertThat(records.lines().count()).as("pages read").isGreaterThan(40);
    }

    private static String run(List<String> command) throws IOException, InterruptedException {
        Path err = java.nio.file.Files.createTempFile("determinism", ".err");
        Process process =
                new ProcessBuilder(command).redirectError(err.toFile()).start();
        byte[] out = process.getInputStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).as("the probe ends").isTrue();
        assertThat(process.exitValue())
                .as("exit status; stderr: %s", java.nio.file.Files.readString(err))
                .isZero();
        java.nio.file.Files.delete(err);
        return new String(out, StandardCharsets.UTF_8);
    }
}
