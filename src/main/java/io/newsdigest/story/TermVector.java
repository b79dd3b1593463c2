package io.newsdigest.story;

import java.util.Arrays;

/** A sparse vector over term ids, ids ascending; immutable. */
public final class TermVector {

    private final int[] ids;
    private final double[] weights;
    private double norm = -1;

    TermVector(int[] ids, double[] weights) {
        this.ids = ids;
        this.weights = weights;
    }

    /** Builds a vector from unsorted parallel arrays, summing repeated ids and scaling to unit length. */
    static TermVector normalized(int[] ids, double[] weights, int n) {
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(order, (a, b) -> Integer.compare(ids[a], ids[b]));
        int[] outIds = new int[n];
        double[] outW = new double[n];
        int m = 0;
        for (int k = 0; k < n; k++) {
            int i = order[k];
            if (m > 0 && outIds[m - 1] == ids[i]) {
                outW[m - 1] += weights[i];
            } else {
                outIds[m] = ids[i];
                outW[m] = weights[i];
                m++;
            }
        }
        double norm = 0;
        for (int i = 0; i < m; i++) {
            norm += outW[i] * outW[i];
        }
        norm = Math.sqrt(norm);
        if (norm > 0) {
            for (int i = 0; i < m; i++) {
                outW[i] /= norm;
            }
        }
        return new TermVector(Arrays.copyOf(outIds, m), Arrays.copyOf(outW, m));
    }

    public double dot(TermVector o) {
        double sum = 0;
        int i = 0;
        int j = 0;
        while (i < ids.length && j < o.ids.length) {
            if (ids[i] == o.ids[j]) {
                sum += weights[i++] * o.weights[j++];
            } else if (ids[i] < o.ids[j]) {
                i++;
            } else {
                j++;
            }
        }
        return sum;
    }

    /** The plain sum of this and {@code o} (not rescaled): a cluster's centroid direction. */
    TermVector plus(TermVector o) {
        int[] outIds = new int[ids.length + o.ids.length];
        double[] outW = new double[outIds.length];
        int i = 0;
        int j = 0;
        int m = 0;
        while (i < ids.length || j < o.ids.length) {
            if (j >= o.ids.length || (i < ids.length && ids[i] < o.ids[j])) {
                outIds[m] = ids[i];
                outW[m++] = weights[i++];
            } else if (i >= ids.length || o.ids[j] < ids[i]) {
                outIds[m] = o.ids[j];
                outW[m++] = o.weights[j++];
            } else {
                outIds[m] = ids[i];
                outW[m++] = weights[i++] + o.weights[j++];
            }
        }
        return new TermVector(Arrays.copyOf(outIds, m), Arrays.copyOf(outW, m));
    }

    public double norm() {
        if (norm < 0) {
            double s = 0;
            for (double w : weights) {
                s += w * w;
            }
            norm = Math.sqrt(s);
        }
        return norm;
    }

    /** The cosine of the angle between this and {@code o}; 0 when either is empty. */
    public double cosine(TermVector o) {
        double d = norm() * o.norm();
        return d == 0 ? 0 : dot(o) / d;
    }

    int size() {
        return ids.length;
    }

    int id(int i) {
        return ids[i];
    }

    double weight(int i) {
        return weights[i];
    }
}
