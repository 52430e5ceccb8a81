package dev.newsdrop.bench;

import java.util.Arrays;

/** The statistics of {@code bench-builds}: medians, and the change between two builds page by page. */
final class BenchStats {

    private BenchStats() {
    }

    /** The median; the mean of the middle two for an even count; NaN for none. */
    static double median(double[] values) {
        if (values.length == 0) {
            return Double.NaN;
        }
        double[] sorted = values.clone();
        Arrays.sort(sorted);
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /**
     * The change of {@code times} against {@code base}, page by page: the geometric mean of the
     * per-page ratios, minus one (-0.04 is 4% faster). Each page counts once however long it takes.
     * Pages without a positive time on both sides are left out; NaN if none is left.
     */
    static double pairedGeomeanChange(double[] times, double[] base) {
        double[] ratios = ratios(times, base);
        if (ratios.length == 0) {
            return Double.NaN;
        }
        double logSum = 0;
        for (double r : ratios) {
            logSum += Math.log(r);
        }
        return Math.exp(logSum / ratios.length) - 1;
    }

    /** The median of the per-page ratios of {@code times} to {@code base}, minus one; NaN for no pages. */
    static double pairedMedianChange(double[] times, double[] base) {
        return median(ratios(times, base)) - 1;
    }

    private static double[] ratios(double[] times, double[] base) {
        if (times.length != base.length) {
            throw new IllegalArgumentException(times.length + " times against " + base.length);
        }
        double[] ratios = new double[times.length];
        int n = 0;
        for (int i = 0; i < times.length; i++) {
            if (times[i] > 0 && base[i] > 0) {
                ratios[n++] = times[i] / base[i];
            }
        }
        return Arrays.copyOf(ratios, n);
    }
}
