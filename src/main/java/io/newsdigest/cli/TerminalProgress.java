package io.newsdigest.cli;

import io.newsdigest.port.Progress;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.LongSupplier;

/**
 * Progress on one terminal line of standard error ({@code files read: 1200 of 10000}), redrawn at most ten times
 * a second and ended with a line break when a stage completes. Shown only when standard error is a terminal, so
 * output redirected to a file or read by a program gets nothing extra.
 */
final class TerminalProgress implements Progress {

    private static final long REDRAW_NANOS = 100_000_000L;

    private final PrintStream err;
    private final LongSupplier nanoTime;
    private long lastDrawn;
    private String drawing;

    TerminalProgress(PrintStream err, LongSupplier nanoTime) {
        this.err = err;
        this.nanoTime = nanoTime;
    }

    /** Progress on {@code System.err} when it is a terminal, else {@link Progress#NONE}. */
    static Progress onStandardError() {
        return standardErrorIsTerminal() ? new TerminalProgress(System.err, System::nanoTime) : Progress.NONE;
    }

    @Override
    public synchronized void advanced(String stage, int done, int total) {
        boolean complete = done >= total;
        long now = nanoTime.getAsLong();
        if (!complete && stage.equals(drawing) && now - lastDrawn < REDRAW_NANOS) {
            return;
        }
        err.print("\r" + stage + ": " + done + " of " + total + (complete ? "\n" : ""));
        err.flush();
        lastDrawn = now;
        drawing = complete ? null : stage;
    }

    /**
     * Whether file descriptor 2 is a terminal: on Linux, where {@code /proc/self/fd/2} leads; elsewhere, whether
     * the JVM has a console (a terminal on both standard input and output).
     */
    static boolean standardErrorIsTerminal() {
        Path fd = Path.of("/proc/self/fd/2");
        if (Files.isSymbolicLink(fd)) {
            try {
                String target = Files.readSymbolicLink(fd).toString();
                return target.startsWith("/dev/pts/") || target.startsWith("/dev/tty") || target.equals("/dev/console");
            } catch (IOException | SecurityException e) {
                return false;
            }
        }
        return System.console() != null;
    }
}
