package io.github.osceparser.parser.internal.knowledge;

/**
 * Registry data that cannot be used, with the file and line at fault. The bundled file is checked
 * by the build, so this reaches a user only through a broken build of the library.
 */
public final class RegistryFormatException extends IllegalArgumentException {
    private static final long serialVersionUID = 1L;

    private final int line;

    RegistryFormatException(String source, int line, String message) {
        super(source + " line " + line + ": " + message);
        this.line = line;
    }

    /** The 1-based number of the line at fault. */
    public int line() {
        return line;
    }
}
