package io.newsdigest.text;

import java.util.HashSet;
import java.util.Set;

/**
 * A fixed set of words, looked up on the hot path (once per token of every sentence). Backed by a hash set
 * that compares stored hashes before contents: {@code Set.of} probes its slots with {@code equals}, which is a
 * call per slot in the C1-compiled code the functions run (the template stops the JIT at C1).
 */
public final class WordSet {

    private final Set<String> words;

    private WordSet(Set<String> words) {
        this.words = words;
    }

    /** The words given; a word given twice is a mistake in the list. */
    public static WordSet of(String... words) {
        Set<String> set = new HashSet<>();
        for (String w : words) {
            if (!set.add(w)) {
                throw new IllegalArgumentException("listed twice: " + w);
            }
        }
        return new WordSet(set);
    }

    public boolean contains(String word) {
        return words.contains(word);
    }
}
