/**
 * Immutable records for pages of osce.org: press releases and news items, field-of-work pages,
 * generic pages, field operations (missions) and the site's navigation snapshot; and the entries of
 * the parser's knowledge registry: OSCE structures past and present ({@link
 * io.github.osceparser.model.Structure}), countries, places and the Chairpersonship by year.
 *
 * <p>Every page implements the sealed interface {@link io.github.osceparser.model.OscePage}; test
 * for the kind you need with {@code instanceof} (on Java 21 and later, a pattern {@code switch} over
 * the permitted records is checked for completeness by the compiler):
 *
 * <pre>{@code
 * if (page instanceof PressRelease pr) {
 *     System.out.println(pr.date() + " " + pr.title());
 * } else if (page instanceof FieldOfWorkPage fow) {
 *     System.out.println(fow.fieldOfWork() + ": " + fow.missions().size() + " missions");
 * }
 * }</pre>
 *
 * <h2>One rule for absent values</h2>
 *
 * <ul>
 *   <li>A component whose Javadoc says <em>nullable</em> is {@code null} when the page does not
 *       give that value. No other component is ever {@code null}.
 *   <li>Lists are never {@code null} and never hold {@code null}: an absent list is empty. Every
 *       list is an unmodifiable copy ({@link java.util.List#copyOf}) made in the constructor.
 *   <li>Text values are never blank: a blank string passed for a text component is rejected (or,
 *       for a nullable one, must be passed as {@code null}).
 * </ul>
 *
 * <p>The constructors check these invariants and throw {@link java.lang.NullPointerException} or
 * {@link java.lang.IllegalArgumentException} naming the component that broke them, so a record that
 * exists is always valid. All records are deeply immutable and safe to share between threads.
 */
package io.github.osceparser.model;
