package io.github.osceparser.parser.internal.lexicon;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/** A word list answers by its entries' lengths first, then by the entries themselves. */
class WordListTest {
    private final WordList words = new WordList(List.of("osce", "chairpersonship"));

    @Test
    void containsItsEntriesAndNothingElse() {
        assertThat(words.contains("osce")).isTrue();
        assertThat(words.contains("chairpersonship")).isTrue();
        assertThat(words.contains("ocse")).isFalse();
        assertThat(words.contains("osc")).isFalse();
    }

    @Test
    void knowsTheLengthsItsEntriesHave() {
        assertThat(words.hasLength(4)).isTrue();
        assertThat(words.hasLength(15)).isTrue();
        assertThat(words.hasLength(5)).isFalse();
        assertThat(words.hasLength(0)).isFalse();
    }
}
