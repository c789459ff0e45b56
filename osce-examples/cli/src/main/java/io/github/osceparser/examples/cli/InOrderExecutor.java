package io.github.osceparser.examples.cli;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * Applies a function to many inputs on several threads and hands the results on in input order.
 *
 * <p>At most {@code window} results are pending at a time: a thread that finishes far ahead of the
 * oldest pending input waits for it, so memory depends on the window and not on the number of
 * inputs, and the results come out in a fixed order however the threads are scheduled.
 */
final class InOrderExecutor {
    private final int threads;
    private final int window;

    /**
     * @param threads the number of threads, at least 1
     * @param window the most results pending at once, at least {@code threads}
     */
    InOrderExecutor(int threads, int window) {
        if (threads < 1 || window < threads) {
            throw new IllegalArgumentException("need 1 <= threads <= window, was " + threads + " and " + window);
        }
        this.threads = threads;
        this.window = window;
    }

    /**
     * Runs {@code work} on every input and gives each result to {@code sink} on the calling thread,
     * in input order.
     *
     * @throws IllegalStateException if {@code work} throws; the inputs after it are not started
     */
    <T, R> void run(Iterable<T> inputs, Function<? super T, ? extends R> work, Consumer<? super R> sink) {
        ExecutorService pool = Executors.newFixedThreadPool(threads, InOrderExecutor::daemon);
        Deque<Future<? extends R>> pending = new ArrayDeque<>();
        try {
            for (T input : inputs) {
                if (pending.size() == window) {
                    sink.accept(await(pending.removeFirst()));
                }
                pending.addLast(pool.submit(() -> work.apply(input)));
            }
            while (!pending.isEmpty()) {
                sink.accept(await(pending.removeFirst()));
            }
        } finally {
            pool.shutdownNow();
        }
    }

    private static <R> R await(Future<R> result) {
        try {
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException(e.getCause().toString(), e.getCause());
        }
    }

    /** Daemon threads, so that an interrupted run never keeps the JVM alive. */
    private static Thread daemon(Runnable task) {
        Thread thread = new Thread(task, "osce-parse");
        thread.setDaemon(true);
        return thread;
    }
}
