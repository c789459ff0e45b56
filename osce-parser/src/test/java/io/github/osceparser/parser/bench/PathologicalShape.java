package io.github.osceparser.parser.bench;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Locale;

/**
 * Page shapes that make a careless parser quadratic, each built at a base size N and at 2N. A
 * linear parser takes twice as long on 2N; the report prints the ratio.
 */
public enum PathologicalShape {
    /** One line of 1 MB of prose with dates, names and quotation marks, and no line break at all. */
    LONG_LINE(1 << 20) {
        @Override
        String page(int size) {
            StringBuilder page = new StringBuilder(size + 200);
            int i = 0;
            while (page.length() < size) {
                page.append(sentence(i++)).append(' ');
            }
            page.setLength(size);
            return page.toString();
        }
    },
    /** A press release whose one body paragraph is 1 MB of sentences with quotes and speakers. */
    LONG_PARAGRAPH(1 << 20) {
        @Override
        String page(int size) {
            StringBuilder page = new StringBuilder(size + 200).append(HEAD);
            int i = 0;
            while (page.length() < size) {
                page.append(sentence(i++)).append(' ');
            }
            return page.append('\n').toString();
        }
    },
    /** Lines holding only "-": the menu's group marker, without a group. */
    DASH_LINES(100_000) {
        @Override
        String page(int lines) {
            return "-\n".repeat(lines) + "A page of dashes\n";
        }
    },
    /** A press release whose body lines all look like datelines ("VIENNA, 21 May 2010 - ..."). */
    DATELINES(50_000) {
        @Override
        String page(int lines) {
            StringBuilder page = new StringBuilder(lines * 60).append(HEAD);
            for (int i = 0; i < lines; i++) {
                page.append(CITIES[i % CITIES.length])
                        .append(", ")
                        .append(date(i))
                        .append(" - Officers met for the ")
                        .append(i + 1)
                        .append(". time.\n");
            }
            return page.toString();
        }
    },
    /** A press release whose body is one paragraph of quotations nested this deep. */
    NESTED_QUOTES(10_000) {
        @Override
        String page(int depth) {
            String opening = "“«„\"";
            String closing = "”»“\"";
            StringBuilder page = new StringBuilder(depth * 40).append(HEAD).append("The officer said ");
            for (int i = 0; i < depth; i++) {
                page.append(opening.charAt(i % 4))
                        .append("the speaker ")
                        .append(i)
                        .append(" said ");
            }
            page.append("nothing");
            for (int i = depth - 1; i >= 0; i--) {
                page.append(closing.charAt(i % 4)).append(i % 2 == 0 ? ", he said." : " ");
            }
            return page.append('\n').toString();
        }
    },
    /** A press release with this many paragraphs, each naming a different speaker and quoting them twice. */
    SPEAKERS(20_000) {
        @Override
        String page(int paragraphs) {
            StringBuilder page = new StringBuilder(paragraphs * 150).append(HEAD);
            for (int i = 0; i < paragraphs; i++) {
                String name = "Nadia " + letters(i);
                page.append("“We will keep working on this together,” said Ambassador ")
                        .append(name)
                        .append(", the Head of the Mission. “The next meeting is in spring,” she said. ")
                        .append(name)
                        .append(" said: “Nothing is decided yet.”\n");
            }
            return page.toString();
        }
    },
    /** A menu with this many entries in one group, before a short press release. */
    MENU_ENTRIES(100_000) {
        @Override
        String page(int entries) {
            StringBuilder page = new StringBuilder(entries * 20).append("-\nParticipating States\n");
            for (int i = 0; i < entries; i++) {
                page.append("- State number ").append(i + 1).append('\n');
            }
            return page.append(HEAD)
                    .append("VIENNA, 21 May 2010 - The body of the page.\n")
                    .toString();
        }
    };

    private static final String HEAD = "Press release\nA page built to test the parser's limits\n";
    private static final String[] CITIES = {"VIENNA", "SKOPJE", "BISHKEK", "PRISTINA", "WARSAW", "TBILISI"};

    /** The base size N: characters, lines, levels or entries, as each shape's comment says. */
    final int baseSize;

    PathologicalShape(int baseSize) {
        this.baseSize = baseSize;
    }

    /** The page at the given size, in this shape's unit. */
    abstract String page(int size);

    /** A sentence of prose, different for each {@code i}, with a quotation, a speaker and a date. */
    private static String sentence(int i) {
        return "“Police co-operation in the region matters more than ever,” said Jane Doe " + i
                + ", the Senior Police Adviser, at the meeting on " + date(i) + " in Vienna.";
    }

    /** A capitalised surname made of letters only, different for each {@code i}: "Bab", "Bac", ... */
    private static String letters(int i) {
        StringBuilder name = new StringBuilder("B");
        do {
            name.append((char) ('a' + i % 26));
            i /= 26;
        } while (i > 0);
        return name.toString();
    }

    /** "21 May 2010", varied with {@code i}. */
    private static String date(int i) {
        return (i % 28 + 1) + " " + Month.of(i % 12 + 1).getDisplayName(TextStyle.FULL, Locale.ENGLISH) + " "
                + (1995 + i % 30);
    }
}
