package io.github.osceparser.parser.internal.html;

import static io.github.osceparser.parser.internal.html.FrontEndBlocks.parse;
import static org.assertj.core.api.Assertions.assertThat;

import io.github.osceparser.model.Image;
import io.github.osceparser.parser.internal.content.Block;
import java.util.List;
import org.junit.jupiter.api.Test;

class PhotosTest {
    @Test
    void readsAnImageFieldWithoutFigureAsAPhoto() {
        List<Block> blocks = parse("<main><h1>T</h1><div class='field field-name-field-image'><div class=osce-figure>"
                + "<div class=osce-figure-content><a href=/p><img src=/f/a.jpg alt=''></a></div>"
                + "<div class=osce-figure-caption>Students at work. (OSCE) <a href=/p>Photo details</a></div></div></div>"
                + "<p>Body.</p></main>");

        assertThat(blocks)
                .extracting(Block::kind)
                .containsExactly(Block.Kind.HEADING, Block.Kind.FIGURE, Block.Kind.PARAGRAPH);
        assertThat(blocks.get(1).markup().image())
                .isEqualTo(new Image("https://www.osce.org/f/a.jpg", "Students at work. (OSCE)"));
    }

    @Test
    void takesNoArticleWithAPhotoInItForAPhoto() {
        assertThat(parse("<main><div class=image-story><img src=a.jpg><h2>Heading</h2><p>Text.</p></div></main>"))
                .extracting(Block::kind)
                .containsExactly(Block.Kind.HEADING, Block.Kind.PARAGRAPH);
    }
}
