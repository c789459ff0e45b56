package me.tongfei.progressbar;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.RunnableScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * For tests: holds the one thread on which the progress bar library draws every bar, so that a test
 * can choose when the library draws rather than depend on how busy the machine is. It lives in the
 * library's package because the library keeps that thread to itself.
 */
public final class DrawingThread implements AutoCloseable {
    private final CountDownLatch release = new CountDownLatch(1);

    private DrawingThread() {}

    /** Keeps the drawing thread busy from now on: a bar built after this call is not drawn until released. */
    public static DrawingThread hold() throws InterruptedException {
        DrawingThread hold = new DrawingThread();
        CountDownLatch holding = new CountDownLatch(1);
        executor().execute(() -> {
            holding.countDown();
            try {
                hold.release.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        });
        holding.await();
        return hold;
    }

    /**
     * Waits until a bar is being closed, which {@code ProgressBar.close()} shows by giving the thread
     * one last drawing to do (every other drawing repeats), then lets the thread go on.
     *
     * @throws IllegalStateException if no bar is closed within the time given
     */
    public void releaseWhenABarCloses(long timeout, TimeUnit unit) throws InterruptedException {
        long deadline = System.nanoTime() + unit.toNanos(timeout);
        while (executor().getQueue().stream()
                .noneMatch(task -> task instanceof RunnableScheduledFuture<?> scheduled && !scheduled.isPeriodic())) {
            if (System.nanoTime() > deadline) {
                release.countDown();
                throw new IllegalStateException("no progress bar was closed within " + timeout + " " + unit);
            }
            Thread.sleep(1);
        }
        release.countDown();
    }

    /** Lets the thread go on, if it was not already. */
    @Override
    public void close() {
        release.countDown();
    }

    private static ScheduledThreadPoolExecutor executor() {
        return Util.executor;
    }
}
