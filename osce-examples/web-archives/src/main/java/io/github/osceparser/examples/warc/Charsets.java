package io.github.osceparser.examples.warc;

import java.nio.charset.Charset;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.UnsupportedCharsetException;
import org.netpreserve.jwarc.MediaType;

/** The charset a {@code Content-Type} names, when it names one this JVM has. */
final class Charsets {
    private Charsets() {}

    /**
     * @param type a media type, possibly with a {@code charset} parameter; may be null
     * @return the charset, or null when none is named or the name is unknown, so that the page's own
     *     declaration decides, as a browser does
     */
    static Charset of(MediaType type) {
        if (type == null) {
            return null;
        }
        String name = null;
        for (var parameter : type.parameters().entrySet()) {
            if (parameter.getKey().equalsIgnoreCase("charset")) {
                name = parameter.getValue();
            }
        }
        if (name == null) {
            return null;
        }
        try {
            return Charset.forName(name.strip().replace("\"", ""));
        } catch (IllegalCharsetNameException | UnsupportedCharsetException e) {
            return null;
        }
    }
}
