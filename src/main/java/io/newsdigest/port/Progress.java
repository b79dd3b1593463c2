package io.newsdigest.port;

/**
 * Where long work says how far it got: {@code done} of {@code total} steps of a named stage ("files read",
 * "stories summarized"). Called from any thread, in any order of {@code done}; must be cheap and must not throw.
 * The command line shows it on a terminal; everywhere else it is {@link #NONE}.
 */
@FunctionalInterface
public interface Progress {

    /** Reports nothing. */
    Progress NONE = (stage, done, total) -> { };

    void advanced(String stage, int done, int total);
}
