package io.github.osceparser.examples.cli;

import java.util.List;

/** Rows of CSV as RFC 4180 writes them: fields quoted when they must be, rows ended by CRLF. */
final class Csv {
    private Csv() {}

    /**
     * One row.
     *
     * @param fields the fields; null is written as an empty field
     * @return the row, ended by {@code \r\n}
     */
    static String row(List<String> fields) {
        StringBuilder row = new StringBuilder();
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                row.append(',');
            }
            row.append(field(fields.get(i)));
        }
        return row.append("\r\n").toString();
    }

    /** A field in double quotes, its quotes doubled, when it holds a comma, a quote or a line break. */
    static String field(String value) {
        if (value == null) {
            return "";
        }
        boolean quote = value.chars().anyMatch(c -> c == ',' || c == '"' || c == '\r' || c == '\n');
        return quote ? '"' + value.replace("\"", "\"\"") + '"' : value;
    }
}
