package io.github.osceparser.parser.internal.text;

import io.github.osceparser.parser.internal.lexicon.Lexicon;
import io.github.osceparser.parser.internal.lexicon.Section;
import io.github.osceparser.parser.internal.lexicon.WordList;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Who the words of an attribution name, as a reader resolves them: a pronoun or a role alone ("the
 * Swedish Foreign Minister") is the person named last, a surname is the person named in full
 * before, and the role is the one written where the person was first named in full, without an
 * honorific ("Ambassador", "посол").
 */
final class Speakers {
    /**
     * A speaker and role, both null when the attribution names nobody the page has introduced;
     * {@code pronoun} when the attribution says only "she said", "a-t-elle ajouté".
     */
    record Said(String speaker, String role, boolean pronoun) {}

    private static final Said NOBODY = new Said(null, null, false);
    /** The most words of a name an attribution gives: "Marc Perrin de Brichambaut". */
    private static final int MAX_NAME_WORDS = 4;

    private final People people;
    private final WordList pronouns;
    private final WordList honorifics;
    /** The role an attribution gave a person whom the page named without one; looked up, never iterated. */
    private final Map<String, String> roles = new HashMap<>();

    Speakers(Lexicon lexicon, People people) {
        this.people = people;
        pronouns = lexicon.words(Section.PRONOUNS);
        honorifics = lexicon.words(Section.HONORIFICS);
    }

    boolean isPronoun(String lower) {
        return pronouns.contains(lower);
    }

    /** "he said", "заявила она": the person named last before the position. */
    Said pronoun(long position) {
        People.Person person = people.lastBefore(position);
        Said said = person == null ? NOBODY : said(person, null, position);
        return new Said(said.speaker(), said.role(), true);
    }

    /** The person the text between two positions mentions last, or null when it mentions nobody known. */
    Said mentionedIn(long from, long to) {
        People.Person person = people.lastBetween(from, to);
        return person == null ? null : said(person, null, to);
    }

    /** A name the attribution writes in full or as a surname, with the role written beside it (or null). */
    Said named(String name, String role, long position) {
        int words = 1;
        for (int i = name.indexOf(' '); i >= 0; i = name.indexOf(' ', i + 1)) {
            words++;
        }
        if (words > MAX_NAME_WORDS) {
            return NOBODY; // "said Anna Maria Berg Larsen Olsen": more than a name
        }
        return said(people.named(name, role, position), role, position);
    }

    /**
     * The words {@code [first, last)}, text {@code [from, to)}: a role alone is the person named
     * last; else a known name or surname, or a name the page has not introduced when it looks like one.
     */
    Said reference(Tokens.Words words, int first, int last, int from, int to, long position) {
        if (last > first && people.isRoleWord(words.lower(last - 1))) {
            // "the German Foreign Minister said": the person named with that role, else the one named last
            // ("German Foreign Minister", then "Foreign Minister": the page may have named fewer words).
            People.Person person = null;
            // At most the last few words: a role named by a reference is short, and a long
            // sentence must not be looked up once per word.
            for (int w = Math.max(first, last - MAX_NAME_WORDS - 2); w < last && person == null; w++) {
                person = people.byRole(words.text().substring(words.start(w), words.end(last - 1)));
            }
            if (person == null) {
                person = people.lastBefore(position);
            }
            if (person != null) {
                return said(person, null, position);
            }
        }
        String text = words.text().substring(from, to).strip();
        People.Person known = people.byName(text);
        if (known != null) {
            return said(known, null, position);
        }
        if (text.isEmpty()
                || !Character.isUpperCase(text.codePointAt(0))
                || last - first > MAX_NAME_WORDS
                || text.indexOf(',') >= 0) { // "In its work, he": an opening phrase, then the subject
            return NOBODY;
        }
        boolean onlyRoleWords = true;
        for (int w = first; w < last; w++) {
            onlyRoleWords &= people.isRoleWord(words.lower(w));
        }
        // "said the Ambassador" with nobody named before: the title is all the page gives.
        return onlyRoleWords ? new Said(text, null, false) : named(text, null, position);
    }

    private Said said(People.Person person, String role, long position) {
        people.mentioned(person, position);
        String written = withoutHonorifics(person.role());
        if (written == null) {
            if (role != null) {
                roles.putIfAbsent(person.name(), role);
            }
            written = withoutHonorifics(roles.get(person.name()));
        }
        return new Said(person.name(), written, false);
    }

    /**
     * "Project Co-ordinator Ambassador" is "Project Co-ordinator"; "Ambassador" alone is no role, but
     * "Ambassador for International Organizations" is one.
     */
    private String withoutHonorifics(String role) {
        if (role == null) {
            return null;
        }
        int from = 0;
        int to = role.length();
        while (true) {
            from = Clauses.stripStart(role, from, to);
            to = Clauses.stripEnd(role, from, to);
            while (to > from && role.charAt(to - 1) == ',') {
                to = Clauses.stripEnd(role, from, to - 1);
            }
            int space = role.indexOf(' ', from);
            int firstEnd = space < 0 || space > to ? to : space;
            int lastStart = role.lastIndexOf(' ', to - 1) + 1;
            // "Ambassador for International Organizations" is a role: an honorific that a lower-case word follows
            boolean leads = firstEnd < to && Character.isLowerCase(role.charAt(Clauses.stripStart(role, firstEnd, to)));
            if (from < to && !leads && isHonorific(role, from, firstEnd)) {
                from = firstEnd;
            } else if (lastStart > from && isHonorific(role, lastStart, to)) {
                to = lastStart;
            } else {
                break;
            }
        }
        return from < to ? role.substring(from, to) : null;
    }

    private boolean isHonorific(String text, int from, int to) {
        int end = to > from && text.charAt(to - 1) == '.' ? to - 1 : to;
        return honorifics.contains(text.substring(from, end).toLowerCase(Locale.ROOT));
    }
}
