package io.github.streamcause.report;

import io.github.streamcause.Category;
import io.github.streamcause.Classification;
import io.github.streamcause.Diagnosis;
import io.github.streamcause.InterruptionCause;
import io.github.streamcause.Recovery;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The mutable state behind a report, in parts that copy and merge on their own: {@link Counts}, {@link
 * Streams}, {@link Dedup}, {@link Timeline}; here the time span, the rejected samples and the inputs, and what joins them.
 *
 * <p>What one event contributed is packed into a {@code long} ({@code meta}): the stream's number in the
 * low 32 bits, then the cause (or the group of causes of a shared text), kind, category, recovery and
 * whether its pair is undocumented. The same word is kept with the event's key in {@link Dedup}, so that a
 * merge can take out the contribution of an event that both sides counted; the rare parts that do not fit
 * it (an undocumented pair, an unrecognised text) are kept beside it.
 */
// The ordinals fill the packed longs, as in an EnumMap: they never leave the JVM (the binary state writes
// names and keys), and the static block at the end checks that the packed layout still fits the enums.
@SuppressWarnings("EnumOrdinal")
final class Tally {
    /** How many rejected lines a report keeps as samples unless told otherwise. */
    static final int MAX_REJECTED_SAMPLES = 20;

    static final int CAUSE_SHIFT = 32; // 7 bits: ordinal + 1, then the groups (CAUSES.length + 1 + number), 0 for none
    static final int KIND_SHIFT = 39; // 1 bit: 0 push, 1 interruption
    static final int CATEGORY_SHIFT = 40; // 3 bits: ordinal + 1
    static final int RECOVERY_SHIFT = 43; // 2 bits: ordinal + 1
    static final long UNDOCUMENTED = 1L << 45;
    /** The bits of a contribution; the key takes the bits above it. */
    static final long CONTRIBUTION = 0x3FFFL << CAUSE_SHIFT;

    private static final InterruptionCause[] CAUSES = InterruptionCause.values();
    private static final Category[] CATEGORIES = Category.values();
    private static final Recovery[] RECOVERIES = Recovery.values();

    final Classification classification;
    Counts counts = new Counts();
    Streams streams = new Streams();
    Dedup dedup = new Dedup();
    CauseGroups groups = new CauseGroups();
    Timeline timeline = new Timeline();
    /** The pushes and interruptions without an identity, which are never duplicates. */
    Loose loose = new Loose();

    long firstEpochSecond = Long.MAX_VALUE;
    long lastEpochSecond = Long.MIN_VALUE;
    List<Rejection> rejectedSamples = new ArrayList<>();
    /** How many rejected lines are kept as samples; a merge keeps the larger limit. */
    int sampleLimit = MAX_REJECTED_SAMPLES;

    List<InputSummary> inputs = new ArrayList<>();

    Tally(Classification classification) {
        this.classification = classification;
    }

    Tally copy() {
        Tally c = new Tally(classification);
        c.counts = counts.copy();
        c.streams = streams.copy();
        c.dedup = dedup.copy();
        c.groups = groups.copy();
        c.timeline = timeline.copy();
        c.loose = loose.copy();
        c.firstEpochSecond = firstEpochSecond;
        c.lastEpochSecond = lastEpochSecond;
        c.rejectedSamples = new ArrayList<>(rejectedSamples);
        c.sampleLimit = sampleLimit;
        c.inputs = new ArrayList<>(inputs);
        return c;
    }

    void add(Rejection rejection) {
        counts.rejected++;
        if (rejectedSamples.size() < sampleLimit) {
            rejectedSamples.add(rejection);
        }
    }

    void add(StreamEvent event) {
        if (event.kind() == StreamEvent.Kind.OTHER) {
            // not de-duplicated: a kind may send several callbacks per session, and none is collapsed
            counts.otherEvents++;
            String kind = event.otherKindOrNull();
            if (kind != null) {
                counts.otherByKind.merge(kind, 1L, Long::sum);
            }
            return;
        }
        Instant start = event.sessionStartOrNull();
        if (start != null) {
            time(start.getEpochSecond());
        }
        Instant time = event.timeOrNull();
        if (time != null) {
            time(time.getEpochSecond());
        }
        long when = When.of(time, start, event.sessionLengthOrNull());
        long meta = streams.number(event.stream()) & 0xFFFFFFFFL;
        Long pair = null;
        String text = null;
        if (event.kind() == StreamEvent.Kind.INTERRUPTION) {
            meta |= 1L << KIND_SHIFT;
            Diagnosis d = event.diagnosisOrNull();
            if (d != null) {
                meta |= cause(d.cause()) | category(classification.category(d)) | recovery(classification.recovery(d));
                if (!d.documented()) {
                    meta |= UNDOCUMENTED;
                    pair = Counts.pair(d.code(), d.subcode());
                }
            } else {
                meta |= classify(event.causes());
            }
            text = event.unrecognizedTextOrNull();
        }
        EventId id = event.idOrNull();
        if (id == null) {
            loose.add(meta, when);
        } else if (!dedup.add(id, meta, pair, text, when)) {
            counts.duplicates++;
            return;
        }
        apply(meta, pair, text, when, 1);
    }

    /**
     * The causes of a text: one cause counts as itself; several (a text the vendor shares) count as their
     * group, and in their category and recovery if they all share them; none is unclassified.
     */
    private long classify(List<InterruptionCause> causes) {
        if (causes.isEmpty()) {
            return category(Category.UNKNOWN); // unknown text stays unknown: no recovery is guessed
        }
        InterruptionCause first = causes.get(0);
        Category category = classification.category(first);
        Recovery recovery = classification.recovery(first);
        for (int i = 1; i < causes.size(); i++) {
            if (classification.category(causes.get(i)) != category) {
                category = Category.UNKNOWN;
            }
            if (classification.recovery(causes.get(i)) != recovery) {
                recovery = null;
            }
        }
        long meta = category(category) | (recovery == null ? 0 : recovery(recovery));
        if (causes.size() == 1) {
            return meta | cause(first);
        }
        int group = groups.number(causes);
        return group < 0 ? meta : meta | group(group);
    }

    void add(InputSummary input) {
        inputs.add(input);
    }

    /** Adds {@code other} into this tally; events counted in both are counted once. */
    void merge(Tally tally) {
        Tally other = tally == this ? copy() : tally; // merging into itself must not read what it writes
        // first everything the other side counted, its streams renumbered ...
        int[] groupRemap = groups.merge(other.groups);
        counts.merge(other.counts, groupRemap);
        timeline.merge(other.timeline);
        int[] remap = streams.merge(other.streams);
        firstEpochSecond = Math.min(firstEpochSecond, other.firstEpochSecond);
        lastEpochSecond = Math.max(lastEpochSecond, other.lastEpochSecond);
        sampleLimit = Math.max(sampleLimit, other.sampleLimit);
        for (Rejection r : other.rejectedSamples) {
            if (rejectedSamples.size() < sampleLimit) {
                rejectedSamples.add(r);
            }
        }
        inputs.addAll(other.inputs);
        // ... then, for each event both sides counted, take its contribution out once more: it was in both
        // sums, and it is a duplicate of the merged whole
        loose.merge(other.loose, remap, groupRemap);
        dedup.merge(other.dedup, remap, groupRemap, (meta, pair, text, when) -> {
            counts.duplicates++;
            apply(meta, pair, text, when, -1);
        });
    }

    /**
     * Adds ({@code sign} 1) or takes out (-1) what one event contributed; {@code when} is its time
     * ({@link When}).
     */
    void apply(long meta, Long pair, String text, long when, int sign) {
        if (When.has(when)) {
            timeline.add(When.second(when), meta, sign);
        }
        int stream = (int) meta;
        if ((meta >>> KIND_SHIFT & 1) == 0) {
            counts.pushes += sign;
            streams.pushes[stream] += sign;
            return;
        }
        counts.interruptions += sign;
        streams.interruptions[stream] += sign;
        int cause = (int) (meta >>> CAUSE_SHIFT & 0x7F);
        int category = (int) (meta >>> CATEGORY_SHIFT & 0x7);
        int recovery = (int) (meta >>> RECOVERY_SHIFT & 0x3);
        if (cause > CAUSES.length) {
            counts.byGroup[cause - CAUSES.length - 1] += sign;
        } else if (cause > 0) {
            counts.byCause[cause - 1] += sign;
        }
        if (category > 0) {
            counts.byCategory[category - 1] += sign;
        }
        if (recovery > 0) {
            counts.byRecovery[recovery - 1] += sign;
            if (RECOVERIES[recovery - 1] == Recovery.FIX_REQUIRED) {
                streams.fixRequired[stream] += sign;
            }
        }
        if (pair != null) {
            counts.undocumentedPair(pair, sign);
        }
        if (text != null) {
            counts.unrecognizedText(text, sign);
        }
    }

    void time(long second) {
        firstEpochSecond = Math.min(firstEpochSecond, second);
        lastEpochSecond = Math.max(lastEpochSecond, second);
    }

    private static long cause(InterruptionCause cause) {
        return (long) (cause.ordinal() + 1) << CAUSE_SHIFT;
    }

    private static long group(int number) {
        return (long) (CAUSES.length + 1 + number) << CAUSE_SHIFT;
    }

    private static long category(Category category) {
        return (long) (category.ordinal() + 1) << CATEGORY_SHIFT;
    }

    private static long recovery(Recovery recovery) {
        return (long) (recovery.ordinal() + 1) << RECOVERY_SHIFT;
    }

    static {
        if (CAUSES.length > 0x7F || CATEGORIES.length > 0x7 || RECOVERIES.length > 0x3) { // ordinal + 1 must fit
            throw new IllegalStateException("the packed layout of Tally no longer fits the enums");
        }
    }
}
