package io.github.osceparser.parser.internal;

import io.github.osceparser.model.Diagnostic;
import io.github.osceparser.model.Site;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;

/**
 * A page's content as the extractors see it: the blocks from a front end, the site snapshot, the
 * detected language, and the bookkeeping that makes sure every block ends up in the record or in a
 * diagnostic. An extractor {@link #place places} each block it uses; {@link #finish()} reports the
 * rest.
 */
public final class PageContent {
    private final List<Block> blocks;
    private final Site site;
    private final String language;
    private final Diagnostics diagnostics;
    private final Set<Block> placed = Collections.newSetFromMap(new IdentityHashMap<>());

    public PageContent(List<Block> blocks, Site site, String language, Diagnostics diagnostics) {
        this.blocks = List.copyOf(blocks);
        this.site = site;
        this.language = language;
        this.diagnostics = diagnostics;
    }

    public List<Block> blocks() {
        return blocks;
    }

    public Site site() {
        return site;
    }

    public String language() {
        return language;
    }

    public Diagnostics diagnostics() {
        return diagnostics;
    }

    /** Marks a block as accounted for: in the record, or named by a diagnostic. */
    public void place(Block block) {
        placed.add(block);
    }

    /** Reports every block no extractor placed, and returns all diagnostics in line order. */
    public List<Diagnostic> finish() {
        for (Block block : blocks) {
            if (!placed.contains(block)) {
                diagnostics.add(
                        block.line(),
                        Diagnostic.Kind.UNPLACED,
                        "could not place '" + Diagnostics.excerpt(block.text()) + "' in the record");
            }
        }
        return diagnostics.toList();
    }
}
