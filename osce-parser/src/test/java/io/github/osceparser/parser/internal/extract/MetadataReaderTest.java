package io.github.osceparser.parser.internal.extract;

import static io.github.osceparser.parser.internal.extract.TestContent.content;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.PageContent;
import io.github.osceparser.parser.internal.content.PageDraft;
import io.github.osceparser.parser.internal.lexicon.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

class MetadataReaderTest {
    private final PageDraft draft = new PageDraft();

    private static List<String> texts(List<Block> blocks) {
        return blocks.stream().map(Block::text).toList();
    }

    @Test
    void readsBulletedLabelsAndTheirValues() {
        PageContent content = content(
                "Title",
                "- Date:",
                "- 12 May 2010",
                "- Source:",
                "- OSCE Secretariat",
                "- OSCE Mission to Skopje",
                "- Place:",
                "- Vienna",
                "The body starts here.");

        MetadataReader reader = MetadataReader.read(content.blocks(), 1, draft, Lexicon.english());

        assertThat(texts(reader.values(MetadataLabel.DATE))).containsExactly("12 May 2010");
        assertThat(texts(reader.values(MetadataLabel.SOURCE)))
                .containsExactly("OSCE Secretariat", "OSCE Mission to Skopje");
        assertThat(texts(reader.values(MetadataLabel.PLACE))).containsExactly("Vienna");
        assertThat(reader.values(MetadataLabel.FIELDS_OF_WORK)).isEmpty();
        assertThat(reader.end()).isEqualTo(8);
        assertThat(TestContent.finish(content, draft))
                .as("the title and the body were not read")
                .containsExactly(
                        new Diagnostic(1, Diagnostic.Kind.UNPLACED, "could not place 'Title' in the record"),
                        new Diagnostic(
                                9, Diagnostic.Kind.UNPLACED, "could not place 'The body starts here.' in the record"));
    }

    @Test
    void reportsABulletedLabelWithoutValues() {
        PageContent content = content("- Date:", "- Source:", "- OSCE", "- Place:");

        MetadataReader reader = MetadataReader.read(content.blocks(), 0, draft, Lexicon.english());

        assertThat(reader.values(MetadataLabel.DATE)).isEmpty();
        assertThat(texts(reader.values(MetadataLabel.SOURCE))).containsExactly("OSCE");
        assertThat(reader.values(MetadataLabel.PLACE)).isEmpty();
        assertThat(reader.end()).isEqualTo(4);
        assertThat(TestContent.finish(content, draft))
                .containsExactly(
                        new Diagnostic(1, Diagnostic.Kind.EMPTY_FIELD, "'Date:' has no value"),
                        new Diagnostic(4, Diagnostic.Kind.EMPTY_FIELD, "'Place:' has no value"));
    }

    @Test
    void aBulletedLabelTakesNoLineAsItsValue() {
        PageContent content = content("- Source:", "OSCE Secretariat");

        MetadataReader reader = MetadataReader.read(content.blocks(), 0, draft, Lexicon.english());

        assertThat(reader.values(MetadataLabel.SOURCE)).isEmpty();
        assertThat(reader.end()).isEqualTo(1);
        assertThat(draft.diagnostics().toList())
                .containsExactly(new Diagnostic(1, Diagnostic.Kind.EMPTY_FIELD, "'Source:' has no value"));
    }

    @Test
    void reportsTheValuesOfAnUnknownBulletedLabel() {
        PageContent content = content("- Collection:", "- Handbooks", "- Guides", "- Date:", "- 1 May 2010");

        MetadataReader reader = MetadataReader.read(content.blocks(), 0, draft, Lexicon.english());

        assertThat(texts(reader.values(MetadataLabel.DATE))).containsExactly("1 May 2010");
        assertThat(reader.end()).isEqualTo(5);
        assertThat(TestContent.finish(content, draft))
                .containsExactly(
                        new Diagnostic(
                                1, Diagnostic.Kind.UNKNOWN_LABEL, "'Collection:' is a label the library does not know"),
                        new Diagnostic(
                                2, Diagnostic.Kind.UNKNOWN_LABEL, "value 'Handbooks' of unknown label 'Collection:'"),
                        new Diagnostic(
                                3, Diagnostic.Kind.UNKNOWN_LABEL, "value 'Guides' of unknown label 'Collection:'"));
    }

    @Test
    void readsAnUnknownUnbulletedLabelAfterAKnownOne() {
        PageContent content = content("Source:", "OSCE Secretariat", "Regions:", "Eastern Europe");

        MetadataReader reader = MetadataReader.read(content.blocks(), 0, draft, Lexicon.english());

        assertThat(texts(reader.values(MetadataLabel.SOURCE))).containsExactly("OSCE Secretariat");
        assertThat(reader.end()).isEqualTo(4);
        assertThat(TestContent.finish(content, draft))
                .containsExactly(
                        new Diagnostic(
                                3, Diagnostic.Kind.UNKNOWN_LABEL, "'Regions:' is a label the library does not know"),
                        new Diagnostic(
                                4,
                                Diagnostic.Kind.UNKNOWN_LABEL,
                                "value 'Eastern Europe' of unknown label 'Regions:'"));
    }

    @Test
    void leavesAnUnknownUnbulletedLabelBeforeAnyKnownOneToTheBody() {
        // a short line ending in a colon may open the body ("Key findings:"), unless a known label came first
        PageContent content = content("Key findings:", "Turnout was high", "Source:", "OSCE Secretariat");

        MetadataReader reader = MetadataReader.read(content.blocks(), 0, draft, Lexicon.english());

        assertThat(reader.end()).isZero();
        assertThat(reader.hasKnownLabel()).isFalse();
    }

    @Test
    void gathersTheValuesOfARepeatedLabel() {
        PageContent content = content("- Source:", "- OSCE", "- Place:", "- Vienna", "- Source:", "- ODIHR");

        MetadataReader reader = MetadataReader.read(content.blocks(), 0, draft, Lexicon.english());

        assertThat(texts(reader.values(MetadataLabel.SOURCE))).containsExactly("OSCE", "ODIHR");
        assertThat(reader.end()).isEqualTo(6);
    }

    @Test
    void readsAnUnbulletedKnownLabelAndTheLineAfterIt() {
        PageContent content = content("Place:", "TIRASPOL", "Issued by:", "Mission to Moldova", "Body text.");

        MetadataReader reader = MetadataReader.read(content.blocks(), 0, draft, Lexicon.english());

        assertThat(texts(reader.values(MetadataLabel.PLACE))).containsExactly("TIRASPOL");
        assertThat(texts(reader.values(MetadataLabel.SOURCE))).containsExactly("Mission to Moldova");
        assertThat(reader.end()).as("one value line only").isEqualTo(4);
        assertThat(draft.diagnostics().toList()).isEmpty();
    }

    @Test
    void anUnbulletedLabelHasNoValueWhenALabelABulletOrTheBodyFollows() {
        PageContent content =
                content("Place:", "Date:", "- 1 May 2010", "Source:", "VIENNA, 21 May 2010 - The OSCE met experts.");

        MetadataReader reader = MetadataReader.read(content.blocks(), 0, draft, Lexicon.english());

        assertThat(reader.values(MetadataLabel.PLACE)).isEmpty();
        assertThat(reader.values(MetadataLabel.DATE)).isEmpty();
        assertThat(reader.values(MetadataLabel.SOURCE)).isEmpty();
        assertThat(reader.end()).isEqualTo(2);
        assertThat(draft.diagnostics().toList())
                .containsExactly(
                        new Diagnostic(1, Diagnostic.Kind.EMPTY_FIELD, "'Place:' has no value"),
                        new Diagnostic(2, Diagnostic.Kind.EMPTY_FIELD, "'Date:' has no value"));

        PageContent body = content("Source:", "VIENNA, 21 May 2010 - The OSCE met experts.");
        MetadataReader bodyReader = MetadataReader.read(body.blocks(), 0, draft, Lexicon.english());
        assertThat(bodyReader.values(MetadataLabel.SOURCE)).isEmpty();
        assertThat(bodyReader.end()).isEqualTo(1);
    }

    @Test
    void takesALineOfAtMostTwoHundredCharactersAsAnUnbulletedValue() {
        String longest = "x".repeat(200);
        String tooLong = "x".repeat(201);

        MetadataReader reader = MetadataReader.read(content("Source:", longest).blocks(), 0, draft, Lexicon.english());
        assertThat(texts(reader.values(MetadataLabel.SOURCE))).containsExactly(longest);
        assertThat(reader.end()).isEqualTo(2);

        MetadataReader other = MetadataReader.read(content("Source:", tooLong).blocks(), 0, draft, Lexicon.english());
        assertThat(other.values(MetadataLabel.SOURCE)).isEmpty();
        assertThat(other.end()).isEqualTo(1);
    }

    @Test
    void stopsAtTheFirstBlockThatIsNoLabel() {
        MetadataReader reader =
                MetadataReader.read(content("Collection:", "Handbooks").blocks(), 0, draft, Lexicon.english());

        assertThat(reader.end()).isZero();

        MetadataReader atEnd = MetadataReader.read(content("Title", "- Date:").blocks(), 1, draft, Lexicon.english());
        assertThat(atEnd.end()).isEqualTo(2);
        assertThat(MetadataReader.read(content("Title").blocks(), 1, draft, Lexicon.english())
                        .end())
                .isEqualTo(1);
    }

    @Test
    void takesBulletsOfAnyNameAndKnownLinesAsLabels() {
        assertThat(MetadataReader.isLabel(new Block(Block.Kind.ITEM, "Collection:", 1), Lexicon.english()))
                .isTrue();
        assertThat(MetadataReader.isLabel(new Block(Block.Kind.LINE, "Collection:", 1), Lexicon.english()))
                .isFalse();
        assertThat(MetadataReader.isLabel(new Block(Block.Kind.LINE, "Issued on:", 1), Lexicon.english()))
                .isTrue();
        assertThat(MetadataReader.isLabel(new Block(Block.Kind.PARAGRAPH, "Date:", 1), Lexicon.english()))
                .isTrue();
        assertThat(MetadataReader.isLabel(new Block(Block.Kind.ITEM, "Date", 1), Lexicon.english()))
                .isFalse();
        assertThat(MetadataReader.isLabel(new Block(Block.Kind.ITEM, "x:", 1), Lexicon.english()))
                .isTrue();
        assertThat(MetadataReader.isLabel(new Block(Block.Kind.ITEM, ":", 1), Lexicon.english()))
                .isFalse();
        assertThat(MetadataReader.isLabel(new Block(Block.Kind.ITEM, "x".repeat(39) + ":", 1), Lexicon.english()))
                .isTrue();
        assertThat(MetadataReader.isLabel(new Block(Block.Kind.ITEM, "x".repeat(40) + ":", 1), Lexicon.english()))
                .isFalse();
    }
}
