package io.github.osceparser.parser.internal.extract;

import io.github.osceparser.model.Mission;
import io.github.osceparser.model.MissionPage;
import io.github.osceparser.model.OscePage;
import io.github.osceparser.parser.internal.Block;
import io.github.osceparser.parser.internal.Headings;
import io.github.osceparser.parser.internal.MissionNames;
import io.github.osceparser.parser.internal.PageContent;
import io.github.osceparser.parser.internal.SectionBuilder;
import java.util.ArrayList;
import java.util.List;

/**
 * The page of one field operation: its name as the title ("OSCE Mission to Montenegro"), then
 * short sections ("Overview", "Mandate", "Head of Mission"). The operation's establishment date and
 * headquarters are read from the text where it states them.
 */
final class MissionPageExtractor implements PageExtractor {
    /** A mission page's title is the operation's name and nothing more: the place has at most this many words. */
    private static final int MAX_LOCATION_WORDS = 4;

    @Override
    public boolean recognizes(PageContent content) {
        Block first = content.blocks().get(0);
        return !first.isItem() && isMissionName(first.text());
    }

    static boolean isMissionName(String text) {
        MissionNames.Parsed parsed = MissionNames.parse(text);
        return parsed != null
                && parsed.location().split(" ").length <= MAX_LOCATION_WORDS
                && Headings.looksLikeHeading(text);
    }

    /** A photo caption ends with its credit in brackets: "... 14 April 2011. (OSCE/Ivana Perović)". */
    private static boolean isPhotoCaption(String text) {
        int open = text.lastIndexOf('(');
        return text.endsWith(")") && open >= 0 && text.indexOf('/', open) > 0 && text.length() - open < 60;
    }

    @Override
    public OscePage extract(PageContent content) {
        List<Block> blocks = content.blocks();
        Block title = blocks.get(0);
        content.place(title);
        int i = 1;
        if (i < blocks.size() && blocks.get(i).text().equals(title.text())) {
            content.place(blocks.get(i++)); // the title printed twice, as in the older layout's banner
        }
        List<Block> rest = blocks.subList(i, blocks.size());
        String summary = null;
        List<String> texts = new ArrayList<>();
        for (int b = 0; b < rest.size(); b++) {
            Block block = rest.get(b);
            if (!SectionBuilder.isHeading(rest, b) && !block.isItem()) {
                texts.add(block.text());
                if (summary == null && !isPhotoCaption(block.text())) {
                    summary = block.text();
                }
            }
        }
        Mission mission = MissionFacts.mission(title.text(), summary, texts);
        var sections = new SectionBuilder(heading -> false)
                .addAll(rest, content::place)
                .build();
        return new MissionPage(content.language(), title.text(), mission, sections, content.site(), content.finish());
    }
}
