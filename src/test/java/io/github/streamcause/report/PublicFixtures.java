package io.github.streamcause.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@link ReportFixtures} for the tests of other packages (the JSON module's): random input, reports of it, and
 * the snapshots of the report and of the independent model, as plain objects that compare with {@code equals}.
 */
public final class PublicFixtures {
    private PublicFixtures() {}

    /**
     * {@link ReportFixtures#randomItems} with inputs among them (an {@link InputSummary} item is an input of the
     * report).
     */
    public static List<Object> randomItems(Random rnd, int size, boolean conflicts) {
        List<Object> items = new ArrayList<>(ReportFixtures.randomItems(rnd, size, conflicts));
        int inputs = rnd.nextInt(4);
        for (int i = 0; i < inputs; i++) {
            long lines = rnd.nextInt(10_000);
            long rejected = rnd.nextInt((int) lines + 1);
            items.add(
                    rnd.nextInt(items.size() + 1),
                    InputSummary.of(
                            "day" + i + ".ndjson" + (rnd.nextBoolean() ? ".gz" : ""),
                            "callback-log",
                            lines,
                            rejected,
                            rnd.nextInt((int) (lines - rejected) + 1)));
        }
        return items;
    }

    public static InterruptionReport report(List<?> items) {
        InterruptionReport.Builder b = InterruptionReport.builder();
        for (Object item : items) {
            if (item instanceof InputSummary) {
                b.input((InputSummary) item);
            } else {
                ReportFixtures.add(b, item);
            }
        }
        return b.build();
    }

    /** Every observable of the report but its inputs. */
    public static Object snapshot(InterruptionReport r) {
        return ReportFixtures.snapshot(r);
    }

    /**
     * Every observable of the report but its inputs, its timeline as the buckets of {@code width} (what
     * a report's JSON carries) in place of its minutes.
     */
    public static Object snapshot(InterruptionReport r, java.time.Duration width) {
        List<String> buckets = new ArrayList<>();
        for (TimeBucket b : r.timeline(width)) {
            buckets.add(b.toString());
        }
        return ReportFixtures.snapshot(r).withTimeline(buckets);
    }

    /** Every observable of the report of {@code items}, as the independent model computes it. */
    public static Object model(List<?> items) {
        List<Object> events = new ArrayList<>();
        for (Object item : items) {
            if (!(item instanceof InputSummary)) {
                events.add(item);
            }
        }
        return ReportFixtures.Model.of(events).snapshot();
    }

    public static List<InputSummary> inputs(List<?> items) {
        List<InputSummary> inputs = new ArrayList<>();
        for (Object item : items) {
            if (item instanceof InputSummary) {
                inputs.add((InputSummary) item);
            }
        }
        return inputs;
    }
}
