/**
 * The one data path of the parser, as {@link io.github.osceparser.parser.internal.pipeline.PageParser}
 * runs it:
 *
 * <pre>
 *   page text  -&gt; text.LineSplitter -&gt; text.MenuSplitter -&gt; text.TextFrontEnd  --+
 *                                                                                  |  blocks, menu,
 *   HTML       -&gt; html.HtmlReader (HtmlLoader, HtmlMenuReader, HtmlFrontEnd,       |  markup dates,
 *                 MarkupDates, HeadMetadata)                                 ------+  page address
 *                                                                                  v
 *   site.SiteReader (menu -&gt; Site), text.LanguageDetector (blocks -&gt; language)
 *     -&gt; content.PageContent
 *     -&gt; extract.PageExtractors: the first extractor whose tryExtract gives a content.PageDraft
 *     -&gt; finish.PageFinisher: accounting of every block, the date by one precedence, strict mode,
 *        the record built once
 *     -&gt; the immutable model record
 * </pre>
 *
 * <p>Nothing else in {@code internal} depends on this package; the public {@code OsceParser} is its
 * only caller.
 */
package io.github.osceparser.parser.internal.pipeline;
