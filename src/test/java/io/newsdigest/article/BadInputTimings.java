package io.newsdigest.article;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * Prints, for every case of the bad-input corpus, its size, the processor time its parse took on a warm JVM
 * and the outcome, tab-separated: the numbers in RELIABILITY.md. Run it as that file says.
 */
public final class BadInputTimings {

    private BadInputTimings() {
    }

    public static void main(String[] args) {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        ArticleParser parser = new ArticleParser();
        for (int round = 0; round < 2; round++) {
            for (BadInputs.Case c : BadInputs.cases()) {
                byte[] bytes = c.bytes();
                long start = threads.getCurrentThreadCpuTime();
                ParseOutcome outcome = parser.parse(new Upload(c.fileName(), bytes));
                long millis = (threads.getCurrentThreadCpuTime() - start) / 1_000_000;
                if (round == 1) {
                    System.out.println(c.name() + "\t" + bytes.length + "\t" + millis + "\t" + describe(outcome));
                }
            }
        }
    }

    private static String describe(ParseOutcome outcome) {
        if (outcome instanceof ParseOutcome.Parsed p) {
            Article a = p.article();
            return "parsed " + a.format() + " " + a.language() + " " + a.sentences().size() + " " + a.issues();
        }
        return "rejected: " + ((ParseOutcome.Rejected) outcome).rejection().reason();
    }
}
