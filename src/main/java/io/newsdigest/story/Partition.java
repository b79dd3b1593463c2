package io.newsdigest.story;

import java.util.ArrayList;
import java.util.List;

/**
 * Items {@code 0..n-1} split into disjoint groups, each starting alone; joining two groups keeps the smaller root.
 * Each group is named by its root and lists its members in the order they joined. Used wherever things that
 * belong together are merged pairwise: articles into stories, statements into shared facts.
 */
public final class Partition {

    private final int[] parent;
    private final List<List<Integer>> members;

    public Partition(int n) {
        parent = new int[n];
        members = new ArrayList<>(n);
        for (int i = 0; i < n; i++) {
            parent[i] = i;
            members.add(new ArrayList<>(List.of(i)));
        }
    }

    /** The root of the group holding {@code i}. */
    public int root(int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }

    /** The members of the group whose root is {@code root}, in joining order; empty for a non-root. */
    public List<Integer> members(int root) {
        return members.get(root);
    }

    /** Joins the groups of roots {@code a} and {@code b} (distinct); returns the root kept, the smaller. */
    public int join(int a, int b) {
        if (a == b || parent[a] != a || parent[b] != b) {
            throw new IllegalArgumentException("join needs two distinct roots: " + a + ", " + b);
        }
        int root = Math.min(a, b);
        int other = Math.max(a, b);
        parent[other] = root;
        members.get(root).addAll(members.get(other));
        members.set(other, new ArrayList<>());
        return root;
    }

    /** Every group's members in ascending order, groups in order of their smallest member. */
    public List<List<Integer>> groups() {
        List<List<Integer>> out = new ArrayList<>();
        for (int i = 0; i < parent.length; i++) {
            if (parent[i] == i) {
                List<Integer> g = new ArrayList<>(members.get(i));
                g.sort(null);
                out.add(g);
            }
        }
        return out;
    }
}
