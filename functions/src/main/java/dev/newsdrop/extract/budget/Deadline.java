package dev.newsdrop.extract.budget;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.function.LongSupplier;

/**
 * The time one extraction may take, checked between stages and, every few thousand nodes, inside
 * the walks of a stage. Every stage is linear in the page, so only a page far beyond any article
 * reaches it; it makes sure such a page ends as a record with a reason rather than holding a
 * worker until the platform's own timeout kills it and the record is lost.
 *
 * <p>{@link #after(Duration)} counts the CPU time of the calling thread, where the JVM can measure
 * it: the verdict on a page is then the same on an idle function and on a busy shared machine,
 * where wall time runs ten times faster than the work (measured on the team's build host).
 * A deadline belongs to the thread that made it.
 */
public final class Deadline {

    /** Nodes a walk visits between two looks at the clock: reading it costs more than visiting a node. */
    private static final int NODES_PER_CHECK = 4096;

    private final Duration budget;
    private final LongSupplier nanoClock;
    private final long endNanos;
    private int untilCheck = NODES_PER_CHECK;

    private Deadline(Duration budget, LongSupplier nanoClock) {
        this.budget = budget;
        this.nanoClock = nanoClock;
        this.endNanos = nanoClock.getAsLong() + budget.toNanos();
    }

    /** A deadline {@code budget} of this thread's CPU time from now (wall time where the JVM cannot tell). */
    public static Deadline after(Duration budget) {
        ThreadMXBean threads = Threads.BEAN;
        if (threads.isCurrentThreadCpuTimeSupported() && threads.isThreadCpuTimeEnabled()) {
            return after(budget, threads::getCurrentThreadCpuTime);
        }
        return after(budget, System::nanoTime);
    }

    /** The platform's thread bean, looked up once: the lookup cost more than an extraction's small stages. */
    private static final class Threads {
        static final ThreadMXBean BEAN = ManagementFactory.getThreadMXBean();
    }

    /** A deadline {@code budget} from now on the given clock of nanoseconds (tests drive their own). */
    public static Deadline after(Duration budget, LongSupplier nanoClock) {
        return new Deadline(budget, nanoClock);
    }

    /** A deadline that is never reached, for callers that bound the work themselves. */
    public static Deadline none() {
        return new Deadline(Duration.ofDays(365 * 100L), () -> 0L);
    }

    /** Throws {@link Exceeded} when the budget is spent, naming the stage that was running. */
    public void check(String stage) {
        if (nanoClock.getAsLong() - endNanos > 0) {
            throw new Exceeded(stage, budget);
        }
    }

    /** {@link #check} once every few thousand calls: for the inner loop of a walk over the tree. */
    public void tick(String stage) {
        if (--untilCheck <= 0) {
            untilCheck = NODES_PER_CHECK;
            check(stage);
        }
    }

    /** The budget ran out while a stage was running. */
    public static final class Exceeded extends RuntimeException {

        private final String stage;

        Exceeded(String stage, Duration budget) {
            super("extraction stopped after its " + describe(budget) + " budget, in stage \"" + stage
                    + "\": the page is too large or too complex to extract", null, false, false);
            this.stage = stage;
        }

        /** The stage that was running when the budget ran out. */
        public String stage() {
            return stage;
        }

        private static String describe(Duration budget) {
            return budget.toMillis() % 1000 == 0 ? budget.toSeconds() + " s" : budget.toMillis() + " ms";
        }
    }
}
