package io.github.osceparser.parser.reliability;

import java.util.Random;
import java.util.function.BiConsumer;
import java.util.function.Function;

/**
 * A property checked on generated inputs: {@code tries} inputs drawn from one {@link Random} seeded
 * per property, so that a run is the same on every machine; a failure names the property, the seed,
 * the try and the input, and {@code -Dproperties.seed=<seed>} replays a run with another seed.
 * Kept to the JUnit Jupiter engine, without a property-testing library (see the module's README,
 * "Reliability", for why).
 */
final class Property {
    private Property() {}

    /**
     * Checks the property on {@code tries} inputs.
     *
     * @param name what the property says, for the failure message
     * @param tries how many inputs to draw
     * @param generator draws an input
     * @param check checks the input, with the same random source for what it draws itself
     */
    static <T> void forAll(String name, int tries, Function<Random, T> generator, BiConsumer<T, Random> check) {
        long seed = Long.getLong("properties.seed", name.hashCode());
        Random random = new Random(seed);
        for (int i = 0; i < tries; i++) {
            T input = generator.apply(random);
            try {
                check.accept(input, random);
            } catch (AssertionError | RuntimeException e) {
                throw new AssertionError(
                        "property '" + name + "' fails on try " + (i + 1) + " of " + tries + " (seed " + seed + ") for "
                                + input + ": " + e,
                        e);
            }
        }
    }
}
