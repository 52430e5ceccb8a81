package dev.newsdrop.bench;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

class BenchStatsTest {

    @Test
    void median_ofAnOddCountIsTheMiddle_ofAnEvenCountTheMeanOfTheMiddleTwo() {
        assertEquals(3, BenchStats.median(new double[]{5, 1, 3}));
        assertEquals(2.5, BenchStats.median(new double[]{4, 1, 2, 3}));
        assertEquals(7, BenchStats.median(new double[]{7}));
        assertTrue(Double.isNaN(BenchStats.median(new double[0])));
    }

    @Test
    void median_leavesItsInputInOrder() {
        double[] times = {3, 1, 2};
        BenchStats.median(times);
        assertEquals(3, times[0]);
    }

    @Test
    void pairedGeomean_ofTheSameTimesIsNoChange() {
        double[] times = {1.5, 2, 40};
        assertEquals(0, BenchStats.pairedGeomeanChange(times, times), 1e-12);
        assertEquals(0, BenchStats.pairedMedianChange(times, times), 1e-12);
    }

    @Test
    void pairedGeomean_countsEachPageOnceHoweverLongItTakes() {
        // twice as fast on a long page, twice as slow on a short one: no change, page for page
        double[] base = {100, 1};
        double[] times = {50, 2};
        assertEquals(0, BenchStats.pairedGeomeanChange(times, base), 1e-12);
    }

    @Test
    void pairedGeomean_isTheGeometricMeanOfThePerPageRatiosMinusOne() {
        double[] base = {1, 2, 4};
        double[] times = {2, 4, 1};          // ratios 2, 2, 0.25: product 1
        assertEquals(0, BenchStats.pairedGeomeanChange(times, base), 1e-12);
        assertEquals(1, BenchStats.pairedMedianChange(times, base), 1e-12, "median ratio 2: +100%");
        assertEquals(-0.1, BenchStats.pairedGeomeanChange(new double[]{0.9, 1.8}, new double[]{1, 2}), 1e-12);
    }

    @Test
    void pairedGeomean_leavesOutPagesWithoutATime_andIsNaNWithoutAny() {
        assertEquals(0.5, BenchStats.pairedGeomeanChange(new double[]{0, 3}, new double[]{1, 2}), 1e-12);
        assertTrue(Double.isNaN(BenchStats.pairedGeomeanChange(new double[]{0}, new double[]{1})));
        assertTrue(Double.isNaN(BenchStats.pairedGeomeanChange(new double[0], new double[0])));
    }

    @Test
    void paired_refusesTimesOfDifferentPages() {
        assertThrows(IllegalArgumentException.class, () -> BenchStats.pairedGeomeanChange(new double[2], new double[3]));
    }
}
