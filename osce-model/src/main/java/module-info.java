/**
 * The OSCE page model: immutable records for pages of osce.org, with no dependencies.
 *
 * <p>See {@link io.github.osceparser.model} for the types and the rule for absent values.
 */
module io.github.osceparser.model {
    exports io.github.osceparser.model;
}
