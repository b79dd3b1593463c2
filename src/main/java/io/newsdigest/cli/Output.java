package io.newsdigest.cli;

import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Standard output in UTF-8 whatever the platform default, so JSON and digests survive any terminal. */
final class Output {

    private static final PrintStream OUT = new PrintStream(System.out, true, StandardCharsets.UTF_8);

    private Output() {
    }

    static void println(String s) {
        OUT.println(s);
        OUT.flush();
    }
}
