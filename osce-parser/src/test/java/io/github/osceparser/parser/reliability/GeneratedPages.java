package io.github.osceparser.parser.reliability;

import io.github.osceparser.parser.fixtures.Fixtures;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Pages made from the fixture pages and their parts, for the property tests: a fixture page as it
 * is, or the menu of one fixture (or none) above the content of another, with some of its content
 * lines left out or printed twice. Each page is a list of lines without line ends, so that a
 * property can join them with the line ends it tests.
 */
final class GeneratedPages {
    private static final List<PageLines> FIXTURES = Fixtures.names().stream()
            .map(name -> PageLines.of(Fixtures.load(name)))
            .toList();

    private GeneratedPages() {}

    /** A generated page: its lines, and where its menu's groups and entries are. */
    record Page(String origin, List<String> lines) {
        String text() {
            return String.join("\n", lines);
        }

        PageLines parts() {
            return PageLines.of(text());
        }

        @Override
        public String toString() {
            return origin + " (" + lines.size() + " lines)";
        }
    }

    /** The next generated page. */
    static Page page(Random random) {
        PageLines content = FIXTURES.get(random.nextInt(FIXTURES.size()));
        int shape = random.nextInt(4);
        if (shape == 0) {
            return new Page("a fixture page as saved", content.lines());
        }
        List<String> lines = new ArrayList<>();
        String origin;
        PageLines menu = FIXTURES.get(random.nextInt(FIXTURES.size()));
        if (shape == 1 || menu.firstContentLine() == 0) {
            origin = "a fixture page's content without its menu";
        } else {
            origin = "a fixture page's content under another page's menu";
            lines.addAll(menu.lines().subList(0, menu.firstContentLine()));
        }
        List<String> body = content.lines()
                .subList(content.firstContentLine(), content.lines().size());
        for (String line : body) {
            int change = random.nextInt(20);
            if (change == 0 && shape == 3) {
                continue; // a line left out
            }
            lines.add(line);
            if (change == 1 && shape == 3) {
                lines.add(line); // a line printed twice
            }
        }
        if (lines.stream().allMatch(String::isBlank)) {
            lines.add("Content");
        }
        return new Page(origin + (shape == 3 ? ", lines left out and repeated" : ""), lines);
    }

    /**
     * The page as simple HTML: its menu as nested navigation lists, its content lines as
     * paragraphs and "- " lines as list items, each escaped.
     */
    static String html(Page page) {
        PageLines parts = page.parts();
        StringBuilder out = new StringBuilder("<!DOCTYPE html><html><head><title>page</title></head><body>\n");
        if (!parts.menuGroups().isEmpty()) {
            out.append("<nav><ul>\n");
            for (int i = 0; i < parts.firstContentLine(); i++) {
                String line = parts.lines().get(i).strip();
                if (line.startsWith("- ")) {
                    out.append("<li><a href=\"/x\">")
                            .append(escape(line.substring(2)))
                            .append("</a></li>\n");
                } else if (!line.isEmpty() && !line.equals("-")) {
                    out.append("<li><span>").append(escape(line)).append("</span></li>\n");
                }
            }
            out.append("</ul></nav>\n");
        }
        out.append("<main>\n");
        for (int i = parts.firstContentLine(); i < parts.lines().size(); i++) {
            String line = parts.lines().get(i).strip();
            if (line.startsWith("- ")) {
                out.append("<ul><li>").append(escape(line.substring(2))).append("</li></ul>\n");
            } else if (!line.isEmpty()) {
                out.append(i == parts.firstContentLine() ? "<h1>" : "<p>")
                        .append(escape(line))
                        .append(i == parts.firstContentLine() ? "</h1>\n" : "</p>\n");
            }
        }
        return out.append("</main></body></html>\n").toString();
    }

    private static String escape(String text) {
        return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
    }

    /**
     * The lines joined with line ends drawn for each line from LF, CRLF and CR. A CR, an empty line,
     * then an LF would be one CRLF and lose the empty line, so an LF never follows a CR directly.
     */
    static String withMixedLineEnds(List<String> lines, Random random) {
        String[] ends = {"\n", "\r\n", "\r"};
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < lines.size(); i++) {
            if (i > 0) {
                String end = ends[random.nextInt(ends.length)];
                boolean afterCr = out.length() > 0 && out.charAt(out.length() - 1) == '\r';
                out.append(afterCr && end.equals("\n") ? "\r" : end);
            }
            out.append(lines.get(i));
        }
        return out.toString();
    }
}
