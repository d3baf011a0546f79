package io.github.streamcause.tencent;

import java.util.Objects;
import java.util.Optional;

/**
 * One record of an API list response, as {@link ApiRecordReader} reads it: the record, or why it cannot be
 * read, with where it is. Every record of the list becomes exactly one {@code ApiRecord}, so none is
 * dropped silently.
 *
 * @param <T> the record type ({@link StreamEventRecord}, {@link CallbackRecord})
 * @since 0.1.0
 */
public final class ApiRecord<T> {
    private final long number;
    private final int index;
    private final String location;
    private final T record;
    private final InvalidPayloadException error;

    private ApiRecord(long number, int index, String location, T record, InvalidPayloadException error) {
        this.number = number;
        this.index = index;
        this.location = location;
        this.record = record;
        this.error = error;
    }

    static <T> ApiRecord<T> read(long number, int index, String location, T record) {
        return new ApiRecord<>(number, index, location, Objects.requireNonNull(record), null);
    }

    static <T> ApiRecord<T> rejected(long number, int index, String location, InvalidPayloadException error) {
        return new ApiRecord<>(number, index, location, null, Objects.requireNonNull(error));
    }

    /**
     * The record's number in the input, counted from 1 over every response the input holds.
     *
     * @return the number
     */
    public long number() {
        return number;
    }

    /**
     * The record's index in its response's list, from 0.
     *
     * @return the index
     */
    public int index() {
        return index;
    }

    /**
     * Where the record is in its response: {@code Response.EventList[56]}, or {@code [56]} in a bare list.
     *
     * @return the location
     */
    public String location() {
        return location;
    }

    /**
     * The record.
     *
     * @return the record, empty if it was rejected
     */
    public Optional<T> record() {
        return Optional.ofNullable(record);
    }

    /**
     * Why the record was rejected, naming the field by its path ({@code
     * Response.EventList[56].StreamStartTime: not a date-time: "yesterday"}).
     *
     * @return the reason, empty for a record that was read
     */
    public Optional<String> rejection() {
        return error == null ? Optional.<String>empty() : Optional.of(error.getMessage());
    }

    /**
     * Whether the record was rejected.
     *
     * @return true if rejected
     */
    public boolean isRejected() {
        return error != null;
    }

    /** The rejection as the exception a strict page throws. */
    InvalidPayloadException error() {
        return error;
    }

    @Override
    public String toString() {
        return "ApiRecord{" + number + ", " + location + ", "
                + (error == null ? String.valueOf(record) : "rejected: " + error.getMessage()) + "}";
    }
}
