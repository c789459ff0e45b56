package io.github.osceparser.examples.cli;

import io.github.osceparser.parser.fixtures.Fixtures;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The parser's fixture pages written into a folder, each page's golden beside it, as users keep them. */
final class FixtureFolder {
    private FixtureFolder() {}

    /** Writes every fixture page as {@code <name>.txt} and its golden as {@code <name>.json}. */
    static Path write(Path folder) throws IOException {
        for (String name : Fixtures.names()) {
            Path page = folder.resolve(name + ".txt");
            Files.createDirectories(page.getParent());
            Files.writeString(page, Fixtures.load(name));
            Files.writeString(folder.resolve(name + ".json"), Fixtures.golden(name));
        }
        return folder;
    }
}
