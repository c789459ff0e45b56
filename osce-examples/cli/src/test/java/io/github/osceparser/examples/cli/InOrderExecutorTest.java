package io.github.osceparser.examples.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

@Timeout(30)
class InOrderExecutorTest {
    @Test
    void handsResultsOnInInputOrderWhenLaterInputsFinishFirst() {
        List<Integer> inputs = IntStream.range(0, 40).boxed().toList();
        List<Integer> results = new ArrayList<>();

        new InOrderExecutor(4, 8)
                .run(
                        inputs,
                        i -> {
                            sleep((40 - i) % 5);
                            return i * 10;
                        },
                        results::add);

        assertThat(results).isEqualTo(inputs.stream().map(i -> i * 10).toList());
    }

    @Test
    void neverHoldsMoreThanTheWindowOfResults() {
        AtomicInteger started = new AtomicInteger();
        AtomicInteger handedOn = new AtomicInteger();
        AtomicInteger mostPending = new AtomicInteger();

        new InOrderExecutor(3, 5)
                .run(
                        IntStream.range(0, 200).boxed().toList(),
                        i -> {
                            mostPending.accumulateAndGet(started.incrementAndGet() - handedOn.get(), Math::max);
                            return i;
                        },
                        i -> handedOn.incrementAndGet());

        assertThat(handedOn).hasValue(200);
        assertThat(mostPending.get()).isBetween(1, 5);
    }

    @Test
    void stopsAtAFailureOfTheWork() {
        List<Integer> results = new ArrayList<>();

        assertThatThrownBy(() -> new InOrderExecutor(2, 2)
                        .run(
                                List.of(1, 2, 3),
                                i -> {
                                    if (i == 2) {
                                        throw new IllegalArgumentException("two");
                                    }
                                    return i;
                                },
                                results::add))
                .isInstanceOf(IllegalStateException.class)
                .hasCauseInstanceOf(IllegalArgumentException.class);
        assertThat(results).containsExactly(1);
    }

    @Test
    void refusesAWindowSmallerThanTheThreads() {
        assertThatThrownBy(() -> new InOrderExecutor(4, 2)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new InOrderExecutor(0, 2)).isInstanceOf(IllegalArgumentException.class);
    }

    private static void sleep(int millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
