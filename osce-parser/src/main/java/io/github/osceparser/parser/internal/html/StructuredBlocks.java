package io.github.osceparser.parser.internal.html;

import io.github.osceparser.model.Image;
import io.github.osceparser.parser.internal.content.Block;
import io.github.osceparser.parser.internal.content.Markup;
import io.github.osceparser.parser.internal.content.MissionNames;
import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The structures whose blocks the markup does not say in the order or shape the text rendering
 * prints them, read for {@link HtmlFrontEnd}: cards, label/value metadata, photos without {@code
 * <figure>}.
 */
final class StructuredBlocks {
    private StructuredBlocks() {}

    /**
     * Structures whose blocks the markup does not say in the order or shape the text rendering
     * prints them: a card (its title, twice for a field operation as the site prints it, then its
     * text), label/value metadata, a photo without {@code <figure>}. Whether it read one.
     */
    static boolean read(Element element, Element root, List<Block> blocks, Cards cards) {
        Cards.Card card = cards.cardOf(element);
        if (card != null) {
            Block.Kind titleKind = HtmlFrontEnd.kindOf(card.titleElement()) == Block.Kind.HEADING
                    ? Block.Kind.HEADING
                    : Block.Kind.LINE;
            if (MissionNames.parse(card.title()) != null) {
                HtmlFrontEnd.add(blocks, Block.Kind.LINE, card.title(), card.titleElement(), root);
            }
            HtmlFrontEnd.add(blocks, titleKind, card.title(), card.titleElement(), root);
            HtmlFrontEnd.add(blocks, Block.Kind.PARAGRAPH, card.text(), card.textElement(), root);
            return true;
        }
        if (element.normalName().equals("dl") && LabelledValues.isInEntry(element, root)) {
            for (Element term : element.select(Queries.TERMS)) {
                StringBuilder line = new StringBuilder(HtmlFrontEnd.label(HtmlText.of(term)));
                List<String> values = new ArrayList<>();
                for (Element dd = term.nextElementSibling();
                        dd != null && dd.normalName().equals("dd");
                        dd = dd.nextElementSibling()) {
                    values.add(HtmlText.of(dd));
                }
                line.append(' ').append(String.join(", ", values));
                HtmlFrontEnd.add(blocks, Block.Kind.LINE, line.toString().strip(), term, root);
            }
            return true;
        }
        if (HtmlFrontEnd.kindOf(element) != Block.Kind.HEADING) {
            LabelledValues.Pair pair = LabelledValues.read(element);
            if (pair != null) {
                if (LabelledValues.isInEntry(element, root)) {
                    String line = pair.label() + " " + String.join(", ", pair.values());
                    HtmlFrontEnd.add(blocks, Block.Kind.LINE, line.strip(), element, root);
                } else {
                    HtmlFrontEnd.add(blocks, Block.Kind.ITEM, pair.label(), pair.labelElement(), root);
                    for (int i = 0; i < pair.values().size(); i++) {
                        HtmlFrontEnd.add(
                                blocks,
                                Block.Kind.ITEM,
                                pair.values().get(i),
                                pair.valueElements().get(i),
                                root);
                    }
                }
                return true;
            }
        }
        if (Photos.isPhoto(element)) {
            Image image = HtmlMarkup.image(element);
            if (image != null) {
                String caption = image.caption() == null ? "" : image.caption();
                blocks.add(new Block(Block.Kind.FIGURE, caption, SourceLines.of(element), Markup.of(image)));
            }
            return true;
        }
        return false;
    }
}
