package io.github.osceparser.parser.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.OsceParser;
import io.github.osceparser.parser.fixtures.Fixtures;
import java.util.List;
import java.util.function.UnaryOperator;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Characters that saved files carry but that mean nothing: a byte-order mark, CRLF and lone CR line
 * ends, tabs and no-break spaces for spaces, zero-width characters and NUL bytes. Each fixture page
 * carrying them must give exactly the record of the clean page.
 */
class SpecialCharactersTest {
    private static final OsceParser PARSER = OsceParser.create();

    private record Noise(String name, UnaryOperator<String> apply) {
        @Override
        public String toString() {
            return name;
        }
    }

    private static final List<Noise> NOISES = List.of(
            new Noise("byte-order mark", text -> "\uFEFF" + text),
            new Noise("CRLF line ends", text -> text.replace("\n", "\r\n")),
            new Noise("lone CR line ends", text -> text.replace('\n', '\r')),
            new Noise("tabs for spaces", text -> text.replace(' ', '\t')),
            new Noise("no-break spaces for spaces", text -> text.replace(' ', '\u00A0')),
            new Noise("zero-width characters", text -> sprinkle(text, "\u200B\u200C\u200D\u2060\uFEFF")),
            new Noise("NUL bytes and other controls", text -> sprinkle(text, "\0\u0001\u001F\u007F")));

    static Stream<Arguments> noisyPages() {
        return Fixtures.names().stream().flatMap(name -> NOISES.stream().map(noise -> Arguments.of(name, noise)));
    }

    @ParameterizedTest(name = "{0} with {1}")
    @MethodSource("noisyPages")
    void givesTheRecordOfTheCleanPage(String name, Noise noise) {
        String clean = Fixtures.load(name);
        OscePage expected = PARSER.parse(clean);

        OscePage noisy = PARSER.parse(noise.apply().apply(clean));

        assertThat(noisy).as("%s with %s", name, noise).isEqualTo(expected);
    }

    /** The text with one of the characters after every seventh character, never inside a surrogate pair. */
    private static String sprinkle(String text, String characters) {
        StringBuilder out = new StringBuilder(text.length() * 8 / 7 + 1);
        int next = 0;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            out.append(c);
            if (i % 7 == 6 && !Character.isHighSurrogate(c)) {
                out.append(characters.charAt(next++ % characters.length()));
            }
        }
        return out.toString();
    }
}
