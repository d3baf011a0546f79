package io.github.streamcause;

import java.util.Locale;

/**
 * A push anomaly the platform warns of before a push may drop: the {@code type} of an {@code
 * abnormal_event} in a push anomaly callback ({@code event_type} 321). The eleven types the vendor
 * documents, each with a description in English, Korean, Chinese and Japanese; {@link #of(int)} answers
 * null for any other number, which a reader keeps as it is (the vendor's Chinese page has listed up to
 * 16).
 *
 * <p>They are leading indicators: long gaps between frames come before interruptions by code 8 (no data)
 * or 20, codec changes before 6, 23 or 33.
 *
 * @since 0.1.0
 */
public enum AnomalyType {
    /** 1: the video timestamp moved backwards. */
    VIDEO_TIMESTAMP_BACKWARDS(1),
    /** 2: the audio timestamp moved backwards. */
    AUDIO_TIMESTAMP_BACKWARDS(2),
    /** 3: the video timestamp jumped forward by more than a second. */
    VIDEO_TIMESTAMP_JUMP(3),
    /** 4: the audio timestamp jumped forward by more than a second. */
    AUDIO_TIMESTAMP_JUMP(4),
    /** 5: an RTMP chunk size over 8192 bytes. */
    CHUNK_SIZE_TOO_BIG(5),
    /** 6: too long a gap between two video frames (over 3 seconds). */
    VIDEO_FRAME_GAP(6),
    /** 7: too long a gap between two audio frames (over 3 seconds in the vendor's Chinese page, 1 in its English one). */
    AUDIO_FRAME_GAP(7),
    /** 8: the video codec changed. */
    VIDEO_CODEC_CHANGED(8),
    /** 9: the audio codec changed. */
    AUDIO_CODEC_CHANGED(9),
    /** 10: a video frame before any video codec header. */
    VIDEO_BEFORE_HEADER(10),
    /** 11: an audio frame before any audio codec header. */
    AUDIO_BEFORE_HEADER(11);

    private static final AnomalyType[] BY_NUMBER = new AnomalyType[12];

    static {
        for (AnomalyType type : values()) {
            BY_NUMBER[type.number] = type;
        }
    }

    private final int number;

    AnomalyType(int number) {
        this.number = number;
    }

    /**
     * The documented type of a number.
     *
     * @param number the {@code type} of an {@code abnormal_event}
     * @return the type, or null when the number is not one of the eleven documented
     */
    public static AnomalyType of(int number) {
        return number >= 1 && number < BY_NUMBER.length ? BY_NUMBER[number] : null;
    }

    /**
     * The vendor's number of this type.
     *
     * @return 1 to 11
     */
    public int number() {
        return number;
    }

    /**
     * The key of this type's texts in the message files: {@code anomaly.<number>}.
     *
     * @return the key
     */
    public String key() {
        return "anomaly." + number;
    }

    /**
     * What this anomaly is, in English.
     *
     * @return one sentence
     */
    public String description() {
        return Messages.ENGLISH.description(this);
    }

    /**
     * What this anomaly is, in the language of {@code locale} (English when it has no texts).
     *
     * @param locale the language
     * @return one sentence
     */
    public String description(Locale locale) {
        return Messages.forLocale(locale).description(this);
    }
}
