package io.whosaid.support;

/** Waiting between polls in tests that watch the database go and come back. */
public final class Pause {

    private Pause() {}

    /** Sleeps; an interrupt is kept on the thread and ends the test. */
    public static void millis(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
