package io.github.streamcause;

import static io.github.streamcause.Category.AUTH;
import static io.github.streamcause.Category.CLIENT;
import static io.github.streamcause.Category.INTERNAL;
import static io.github.streamcause.Category.NETWORK;
import static io.github.streamcause.Category.UNKNOWN;
import static io.github.streamcause.Recovery.FIX_REQUIRED;
import static io.github.streamcause.Recovery.NOT_NEEDED;
import static io.github.streamcause.Recovery.RETRY;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

/**
 * The registry: every documented cause of a push interruption on Tencent Cloud CSS, one constant per
 * cause, classified.
 *
 * <p>The constants come in this order: the 68 <em>table rows</em> (the 66 (code, subcode) pairs of the
 * vendor's table plus one row each for code 18 and code 21 given without a subcode), then six
 * <em>families</em> that stand for the unlisted subcodes of code 18 by their hundreds (18/1xx to
 * 18/6xx), then {@link #UNDOCUMENTED_CODE} for codes outside the table. Families report code 18 and
 * subcode 0; {@code UNDOCUMENTED_CODE} reports code -1 and subcode 0. Use {@link #isTableRow()} and
 * {@link #isFamily()} to tell them apart.
 *
 * <p>A (code, subcode) pair is permanent: the vendor never renumbers or reuses one. Do not depend on
 * {@link #ordinal()}: store or send the numbers ({@link Diagnosis#code()}, {@link Diagnosis#subcode()})
 * instead.
 *
 * <p>Texts: {@link #description(Locale)} and {@link #remedy(Locale)} in English (the default and the
 * fallback), Korean, Chinese and Japanese; an application can add a language (see the
 * {@linkplain io.github.streamcause package documentation}).
 *
 * @see ErrorCodes
 * @since 0.1.0
 */
public enum InterruptionCause {
    // spotless:off
    //                                 code  sub  category  recovery      remedy

    // ---- codes without subcodes ----------------------------------------------------------------------
    /** {@code 0} The platform reported an unknown error. UNKNOWN, RETRY. */
    UNKNOWN_ERROR                      (0,        UNKNOWN,  RETRY,        "unknown"),
    /**
     * {@code 1} The push client stopped the push (RTMP deleteStream). Legacy errmsg {@code recv rtmp deleteStream}.
     * CLIENT, NOT_NEEDED.
     */
    CLIENT_DELETED_STREAM              (1,        CLIENT,   NOT_NEEDED,   "client-stopped"),
    /**
     * {@code 2} The push client stopped the push (RTMP closeStream). Legacy errmsg {@code recv rtmp closeStream}.
     * CLIENT, NOT_NEEDED.
     */
    CLIENT_CLOSED_STREAM               (2,        CLIENT,   NOT_NEEDED,   "client-stopped"),
    /**
     * {@code 3} The push client closed its connection. The TCP connection was closed; legacy errmsg {@code recv()
     * return 0}. CLIENT, NOT_NEEDED.
     */
    CLIENT_CLOSED_CONNECTION           (3,        CLIENT,   NOT_NEEDED,   "client-stopped"),
    /**
     * {@code 4} The push client's connection ended with an error. The TCP connection failed; legacy errmsg {@code
     * recv() return error}. Documented as a client stop; an encoder crash or a dropped uplink also ends here. CLIENT,
     * NOT_NEEDED.
     */
    CLIENT_CONNECTION_FAILED           (4,        CLIENT,   NOT_NEEDED,   "client-stopped"),
    /** {@code 5} Internal error in the streaming platform. INTERNAL, RETRY. */
    INTERNAL_ERROR_5                   (5,        INTERNAL, RETRY,        "internal"),
    /** {@code 6} The RTMP data sent by the push client is invalid. CLIENT, FIX_REQUIRED. */
    RTMP_PROTOCOL_ERROR_6              (6,        CLIENT,   FIX_REQUIRED, "rtmp-data"),
    /**
     * {@code 7} A single RTMP frame is larger than the configured maximum. Legacy errmsg {@code rtmp message large than
     * 1M}. CLIENT, FIX_REQUIRED.
     */
    RTMP_FRAME_TOO_LARGE               (7,        CLIENT,   FIX_REQUIRED, "frame-too-large"),
    /**
     * {@code 8} The platform closed the push because no data arrived for a long time. The uplink stalled or the encoder
     * stopped sending. NETWORK, RETRY.
     */
    NO_DATA_TIMEOUT_8                  (8,        NETWORK,  RETRY,        "no-data"),
    /** {@code 9} Internal error in the streaming platform. INTERNAL, RETRY. */
    INTERNAL_ERROR_9                   (9,        INTERNAL, RETRY,        "internal"),
    /**
     * {@code 10} The access proxy received a command to stop the stream. Typically the account's own stop request,
     * issued through the control plane. CLIENT, NOT_NEEDED.
     */
    PROXY_STOP_COMMAND                 (10,       CLIENT,   NOT_NEEDED,   "stop-command"),
    /** {@code 11} Internal error in the streaming platform. INTERNAL, RETRY. */
    INTERNAL_ERROR_11                  (11,       INTERNAL, RETRY,        "internal"),
    /** {@code 12} The network link of the push failed. NETWORK, RETRY. */
    NETWORK_ERROR_12                   (12,       NETWORK,  RETRY,        "network"),
    /** {@code 13} The network link of the push failed. NETWORK, RETRY. */
    NETWORK_ERROR_13                   (13,       NETWORK,  RETRY,        "network"),
    /** {@code 14} The network link of the push failed. NETWORK, RETRY. */
    NETWORK_ERROR_14                   (14,       NETWORK,  RETRY,        "network"),
    /** {@code 15} The network link of the push failed. NETWORK, RETRY. */
    NETWORK_ERROR_15                   (15,       NETWORK,  RETRY,        "network"),
    /**
     * {@code 16} The network link of the push failed. Older tables say "internal error"; the current vendor
     * table says push-link network error, and this library follows it. NETWORK, RETRY.
     */
    NETWORK_ERROR_16                   (16,       NETWORK,  RETRY,        "network"),
    /** {@code 17} The network link of the push failed. NETWORK, RETRY. */
    NETWORK_ERROR_17                   (17,       NETWORK,  RETRY,        "network"),

    // ---- 18: the push was refused at admission ---------------------------------------------------------
    /**
     * {@code 18} The platform refused the push at admission (no subcode given). Legacy errmsg {@code push url maybe
     * invalid}; also the cause of 18 with a subcode outside 100-699. AUTH, FIX_REQUIRED.
     */
    PUSH_REFUSED                       (18,       AUTH,     FIX_REQUIRED, "push-refused"),
    /** {@code 18/100} Internal error in the streaming platform. INTERNAL, RETRY. */
    INTERNAL_ERROR_18_100              (18, 100,  INTERNAL, RETRY,        "internal"),
    /** {@code 18/101} Internal error in the streaming platform. INTERNAL, RETRY. */
    INTERNAL_ERROR_18_101              (18, 101,  INTERNAL, RETRY,        "internal"),
    /** {@code 18/102} Internal error in the streaming platform. INTERNAL, RETRY. */
    INTERNAL_ERROR_18_102              (18, 102,  INTERNAL, RETRY,        "internal"),
    /** {@code 18/103} Internal error in the streaming platform. INTERNAL, RETRY. */
    INTERNAL_ERROR_18_103              (18, 103,  INTERNAL, RETRY,        "internal"),
    /** {@code 18/104} Internal error in the streaming platform. INTERNAL, RETRY. */
    INTERNAL_ERROR_18_104              (18, 104,  INTERNAL, RETRY,        "internal"),
    /** {@code 18/200} The account of this push URL could not be found. AUTH, FIX_REQUIRED. */
    ACCOUNT_NOT_FOUND                  (18, 200,  AUTH,     FIX_REQUIRED, "account-missing"),
    /** {@code 18/201} The account's live streaming service is disabled. AUTH, FIX_REQUIRED. */
    SERVICE_DISABLED                   (18, 201,  AUTH,     FIX_REQUIRED, "service-disabled"),
    /**
     * {@code 18/202} Account in arrears: the live streaming service is suspended until the account is topped up. AUTH,
     * FIX_REQUIRED.
     */
    ACCOUNT_IN_ARREARS                 (18, 202,  AUTH,     FIX_REQUIRED, "top-up"),
    /** {@code 18/203} The account's live streaming service was forcibly disabled. AUTH, FIX_REQUIRED. */
    SERVICE_FORCIBLY_DISABLED          (18, 203,  AUTH,     FIX_REQUIRED, "service-disabled"),
    /** {@code 18/300} Pushing to an IP address instead of a domain is not allowed. AUTH, FIX_REQUIRED. */
    IP_ADDRESS_PUSH_NOT_ALLOWED        (18, 300,  AUTH,     FIX_REQUIRED, "use-domain"),
    /** {@code 18/301} The push domain is not recognized. AUTH, FIX_REQUIRED. */
    DOMAIN_NOT_RECOGNIZED              (18, 301,  AUTH,     FIX_REQUIRED, "domain"),
    /** {@code 18/302} The push domain is invalid. AUTH, FIX_REQUIRED. */
    DOMAIN_INVALID                     (18, 302,  AUTH,     FIX_REQUIRED, "domain"),
    /** {@code 18/303} The push domain is disabled. AUTH, FIX_REQUIRED. */
    DOMAIN_DISABLED                    (18, 303,  AUTH,     FIX_REQUIRED, "domain"),
    /** {@code 18/304} The push app name is disabled. AUTH, FIX_REQUIRED. */
    APP_NAME_DISABLED                  (18, 304,  AUTH,     FIX_REQUIRED, "app-name"),
    /**
     * {@code 18/305} The stream name is banned. Typically after a ban request ({@link #BAN_REQUESTED}). AUTH,
     * FIX_REQUIRED.
     */
    STREAM_BANNED                      (18, 305,  AUTH,     FIX_REQUIRED, "stream-banned"),
    /**
     * {@code 18/306} The access mode is channel mode, but the push channel has not been created. AUTH, FIX_REQUIRED.
     */
    CHANNEL_NOT_CREATED                (18, 306,  AUTH,     FIX_REQUIRED, "channel"),
    /** {@code 18/307} The access mode is channel mode, but the push channel is closed. AUTH, FIX_REQUIRED. */
    CHANNEL_CLOSED                     (18, 307,  AUTH,     FIX_REQUIRED, "channel"),
    /** {@code 18/308} The stream name contains invalid characters. AUTH, FIX_REQUIRED. */
    STREAM_NAME_INVALID_CHARACTERS     (18, 308,  AUTH,     FIX_REQUIRED, "invalid-characters"),
    /** {@code 18/309} The app name contains invalid characters. AUTH, FIX_REQUIRED. */
    APP_NAME_INVALID_CHARACTERS        (18, 309,  AUTH,     FIX_REQUIRED, "invalid-characters"),
    /** {@code 18/400} The push client's IP address is on the blocklist. AUTH, FIX_REQUIRED. */
    CLIENT_IP_BLOCKLISTED              (18, 400,  AUTH,     FIX_REQUIRED, "ip-list"),
    /** {@code 18/401} The push client's IP address is not on the allowlist. AUTH, FIX_REQUIRED. */
    CLIENT_IP_NOT_ALLOWLISTED          (18, 401,  AUTH,     FIX_REQUIRED, "ip-list"),
    /** {@code 18/500} The push URL has no expiry time parameter. AUTH, FIX_REQUIRED. */
    EXPIRY_PARAMETER_MISSING           (18, 500,  AUTH,     FIX_REQUIRED, "auth-missing"),
    /** {@code 18/501} The push URL has expired. Issue a new signed URL. AUTH, FIX_REQUIRED. */
    PUSH_URL_EXPIRED                   (18, 501,  AUTH,     FIX_REQUIRED, "expired"),
    /** {@code 18/502} The push URL has no authentication parameter. AUTH, FIX_REQUIRED. */
    AUTH_PARAMETER_MISSING             (18, 502,  AUTH,     FIX_REQUIRED, "auth-missing"),
    /** {@code 18/503} The push URL's authentication parameter is invalid. AUTH, FIX_REQUIRED. */
    AUTH_PARAMETER_INVALID             (18, 503,  AUTH,     FIX_REQUIRED, "auth-invalid"),
    /**
     * {@code 18/600} The number of concurrent pushes is at the configured maximum. A push succeeds once others end;
     * raise the quota if it persists. AUTH, RETRY.
     */
    PUSH_QUOTA_EXCEEDED                (18, 600,  AUTH,     RETRY,        "push-quota"),
    /**
     * {@code 18/601} This stream name already has the maximum number of pushes. Typically the previous connection is
     * not yet released: retry after a few seconds. AUTH, RETRY.
     */
    STREAM_PUSH_LIMIT_EXCEEDED         (18, 601,  AUTH,     RETRY,        "stream-push-limit"),
    /**
     * {@code 18/602} A push with a higher priority is already live on this stream. Primary/backup setups; from the
     * current vendor table (older tables lack it). AUTH, RETRY.
     */
    PUSH_PRIORITY_TOO_LOW              (18, 602,  AUTH,     RETRY,        "priority"),

    /**
     * {@code 19} The third-party authentication rejected the push. The account's third-party authentication; legacy
     * errmsg {@code 3rdparty auth failed}. AUTH, FIX_REQUIRED.
     */
    THIRD_PARTY_AUTH_FAILED            (19,       AUTH,     FIX_REQUIRED, "third-party-auth"),
    /**
     * {@code 20} The platform closed the push because no data arrived for a long time. The same cause as 8. NETWORK,
     * RETRY.
     */
    NO_DATA_TIMEOUT_20                 (20,       NETWORK,  RETRY,        "no-data"),

    // ---- 21: the stream was stopped by a request ---------------------------------------------------------
    /**
     * {@code 21} The stream was stopped by a request (no subcode given). Also the cause of 21 with an unlisted subcode.
     * CLIENT, NOT_NEEDED.
     */
    STOPPED_BY_REQUEST                 (21,       CLIENT,   NOT_NEEDED,   "stop-request"),
    /**
     * {@code 21/100} The stream was stopped by the account's own stop request. The stop-stream API or the console.
     * CLIENT, NOT_NEEDED.
     */
    STOP_REQUESTED                     (21, 100,  CLIENT,   NOT_NEEDED,   "stop-request"),
    /**
     * {@code 21/101} The stream was stopped by the account's own ban request. The ban API or the console; later pushes
     * of the stream fail with {@link #STREAM_BANNED 18/305} until the ban is lifted. CLIENT, NOT_NEEDED.
     */
    BAN_REQUESTED                      (21, 101,  CLIENT,   NOT_NEEDED,   "ban-request"),
    /** {@code 21/102} A new push of the same stream took over this one. CLIENT, NOT_NEEDED. */
    REPLACED_BY_NEW_PUSH               (21, 102,  CLIENT,   NOT_NEEDED,   "replaced"),
    /**
     * {@code 21/103} A new push took over this push, which was sending no data. From the current vendor table (older
     * tables lack it). CLIENT, NOT_NEEDED.
     */
    IDLE_PUSH_REPLACED                 (21, 103,  CLIENT,   NOT_NEEDED,   "replaced"),

    // ---- 22 to 35 ----------------------------------------------------------------------------------------
    /** {@code 22} The vendor documents no reason for this code. UNKNOWN, RETRY. */
    UNKNOWN_REASON_22                  (22,       UNKNOWN,  RETRY,        "unknown"),
    /** {@code 23} The RTMP data sent by the push client is invalid. The same cause as 6. CLIENT, FIX_REQUIRED. */
    RTMP_PROTOCOL_ERROR_23             (23,       CLIENT,   FIX_REQUIRED, "rtmp-data"),
    /** {@code 24} Internal error in the streaming platform. INTERNAL, RETRY. */
    INTERNAL_ERROR_24                  (24,       INTERNAL, RETRY,        "internal"),
    /** {@code 25} The vendor documents no reason for this code. UNKNOWN, RETRY. */
    UNKNOWN_REASON_25                  (25,       UNKNOWN,  RETRY,        "unknown"),
    /** {@code 26} The vendor documents no reason for this code. UNKNOWN, RETRY. */
    UNKNOWN_REASON_26                  (26,       UNKNOWN,  RETRY,        "unknown"),
    /** {@code 27} The vendor documents no reason for this code. UNKNOWN, RETRY. */
    UNKNOWN_REASON_27                  (27,       UNKNOWN,  RETRY,        "unknown"),
    /** {@code 28} The vendor documents no reason for this code. UNKNOWN, RETRY. */
    UNKNOWN_REASON_28                  (28,       UNKNOWN,  RETRY,        "unknown"),
    /** {@code 29} The vendor documents no reason for this code. UNKNOWN, RETRY. */
    UNKNOWN_REASON_29                  (29,       UNKNOWN,  RETRY,        "unknown"),
    /** {@code 30} The vendor documents no reason for this code. UNKNOWN, RETRY. */
    UNKNOWN_REASON_30                  (30,       UNKNOWN,  RETRY,        "unknown"),
    /** {@code 31} The vendor documents no reason for this code. UNKNOWN, RETRY. */
    UNKNOWN_REASON_31                  (31,       UNKNOWN,  RETRY,        "unknown"),
    /** {@code 32} The vendor documents no reason for this code. UNKNOWN, RETRY. */
    UNKNOWN_REASON_32                  (32,       UNKNOWN,  RETRY,        "unknown"),
    /** {@code 33} The RTMP AMF data sent by the push client is invalid. CLIENT, FIX_REQUIRED. */
    RTMP_AMF_DATA_ERROR                (33,       CLIENT,   FIX_REQUIRED, "amf-data"),
    /** {@code 34} The vendor documents no reason for this code. UNKNOWN, RETRY. */
    UNKNOWN_REASON_34                  (34,       UNKNOWN,  RETRY,        "unknown"),
    /** {@code 35} The push client stopped the push. CLIENT, NOT_NEEDED. */
    CLIENT_STOPPED                     (35,       CLIENT,   NOT_NEEDED,   "client-stopped"),

    // ---- families: unlisted subcodes of 18, by their hundreds ------------------------------------------------
    //                                 code first last category  recovery      remedy
    /** {@code 18/100-199} Internal error in the streaming platform (unlisted subcode 18/100-199). INTERNAL, RETRY. */
    UNLISTED_INTERNAL_ERROR            (18, 100, 199, INTERNAL, RETRY,        "internal"),
    /** {@code 18/200-299} The account's service status refused the push (unlisted subcode 18/200-299). AUTH, FIX_REQUIRED. */
    UNLISTED_ACCOUNT_REFUSAL           (18, 200, 299, AUTH,     FIX_REQUIRED, "service-disabled"),
    /** {@code 18/300-399} A domain, app name or stream name rule refused the push (unlisted subcode 18/300-399). AUTH, FIX_REQUIRED. */
    UNLISTED_PUSH_URL_REFUSAL          (18, 300, 399, AUTH,     FIX_REQUIRED, "push-refused"),
    /** {@code 18/400-499} An IP address list refused the push (unlisted subcode 18/400-499). AUTH, FIX_REQUIRED. */
    UNLISTED_IP_REFUSAL                (18, 400, 499, AUTH,     FIX_REQUIRED, "ip-list"),
    /** {@code 18/500-599} The push URL's expiry time or authentication refused the push (unlisted subcode 18/500-599). AUTH, FIX_REQUIRED. */
    UNLISTED_AUTH_REFUSAL              (18, 500, 599, AUTH,     FIX_REQUIRED, "auth-invalid"),
    /** {@code 18/600-699} A push limit refused the push (unlisted subcode 18/600-699). It can succeed later. AUTH, RETRY. */
    UNLISTED_LIMIT_REFUSAL             (18, 600, 699, AUTH,     RETRY,        "push-quota"),

    // ---- everything else ---------------------------------------------------------------------------------------
    /**
     * {@code not 0-35} This code is not in the vendor's table of interruption codes. Any code outside 0-35,
     * negative codes included; reports code -1, and the raw numbers stay in the {@link Diagnosis}. UNKNOWN,
     * RETRY.
     */
    UNDOCUMENTED_CODE                  (          UNKNOWN,  RETRY,        "undocumented");
    // spotless:on

    /** How a constant stands for (code, subcode) pairs. */
    private enum Kind {
        /** a row of the vendor's table, or the row of code 18 or 21 without a subcode */
        ROW,
        /** unlisted subcodes of code 18 within a range */
        FAMILY,
        /** codes outside the table */
        OUTSIDE
    }

    private final Kind kind;
    private final int code;
    private final int subcode;
    private final int firstSubcode;
    private final int lastSubcode;
    private final Category category;
    private final Recovery recovery;
    private final String key;
    private final String remedyKey;

    /** A table row of a code without a subcode. */
    InterruptionCause(int code, Category category, Recovery recovery, String remedy) {
        this(Kind.ROW, code, ErrorCodes.NO_SUBCODE, ErrorCodes.NO_SUBCODE, category, recovery, remedy);
    }

    /** A table row of a (code, subcode) pair. */
    InterruptionCause(int code, int subcode, Category category, Recovery recovery, String remedy) {
        this(Kind.ROW, code, subcode, subcode, category, recovery, remedy);
    }

    /** A family: the unlisted subcodes {@code first..last} of {@code code}. */
    InterruptionCause(int code, int first, int last, Category category, Recovery recovery, String remedy) {
        this(Kind.FAMILY, code, first, last, category, recovery, remedy);
    }

    /** The codes outside the table. */
    InterruptionCause(Category category, Recovery recovery, String remedy) {
        this(Kind.OUTSIDE, -1, ErrorCodes.NO_SUBCODE, ErrorCodes.NO_SUBCODE, category, recovery, remedy);
    }

    InterruptionCause(Kind kind, int code, int first, int last, Category category, Recovery recovery, String remedy) {
        this.kind = kind;
        this.code = code;
        this.subcode = kind == Kind.ROW ? first : ErrorCodes.NO_SUBCODE;
        this.firstSubcode = first;
        this.lastSubcode = last;
        this.category = category;
        this.recovery = recovery;
        this.remedyKey = "remedy." + remedy;
        switch (kind) {
            case ROW:
                this.key = first == ErrorCodes.NO_SUBCODE ? Integer.toString(code) : code + "." + first;
                break;
            case FAMILY:
                this.key = code + "." + first / 100 + "xx";
                break;
            default:
                this.key = "undocumented";
        }
    }

    /**
     * The error code ({@code errcode}): the row's code, 18 for the families, -1 for {@link
     * #UNDOCUMENTED_CODE}.
     *
     * @return the code
     */
    public int code() {
        return code;
    }

    /**
     * The subcode ({@code sub_errcode}): the row's subcode, or {@link ErrorCodes#NO_SUBCODE} (0) for rows
     * without one, the families and {@link #UNDOCUMENTED_CODE}.
     *
     * @return the subcode
     */
    public int subcode() {
        return subcode;
    }

    /**
     * Where the cause lies.
     *
     * @return the category, never null
     */
    public Category category() {
        return category;
    }

    /**
     * What to do next.
     *
     * @return the recovery, never null
     */
    public Recovery recovery() {
        return recovery;
    }

    /**
     * Whether this is one of the 68 table rows: a (code, subcode) pair of the vendor's table, or the row of
     * code 18 or 21 without a subcode.
     *
     * @return true for a table row, false for a family and for {@link #UNDOCUMENTED_CODE}
     */
    public boolean isTableRow() {
        return kind == Kind.ROW;
    }

    /**
     * Whether this is a family that stands for a range of unlisted subcodes of code 18 (18/1xx to 18/6xx).
     *
     * @return true for the six families
     */
    public boolean isFamily() {
        return kind == Kind.FAMILY;
    }

    /**
     * The 68 table rows, in registry order: the 66 (code, subcode) pairs of the vendor's table and the
     * rows of codes 18 and 21 without a subcode; no family, no {@link #UNDOCUMENTED_CODE}.
     *
     * @return an unmodifiable list, the same one every time
     */
    public static List<InterruptionCause> tableRows() {
        return Rows.TABLE;
    }

    /** Built when first asked for: the enum's constants exist by then. */
    private static final class Rows {
        static final List<InterruptionCause> TABLE;

        static {
            List<InterruptionCause> rows = new ArrayList<>();
            for (InterruptionCause c : values()) {
                if (c.isTableRow()) {
                    rows.add(c);
                }
            }
            TABLE = Collections.unmodifiableList(rows);
        }
    }

    /**
     * Whether {@code subcode} lies in this family's range; false for constants that are not families.
     *
     * @param subcode a subcode of code 18
     * @return true if this family stands for it
     */
    boolean coversSubcode(int subcode) {
        return kind == Kind.FAMILY && subcode >= firstSubcode && subcode <= lastSubcode;
    }

    /**
     * The stable key of this cause in the message files: {@code "18.202"} for a pair, {@code "7"} for a
     * code without subcode, {@code "18.1xx"} for a family, {@code "undocumented"} for {@link
     * #UNDOCUMENTED_CODE}. The description is under {@code <key>.description}.
     *
     * @return the key, never null
     */
    public String key() {
        return key;
    }

    /**
     * The key of this cause's remedy in the message files, such as {@code "remedy.top-up"}; several causes
     * may share one remedy.
     *
     * @return the remedy key, never null
     */
    public String remedyKey() {
        return remedyKey;
    }

    /**
     * What happened, in English: one plain sentence.
     *
     * @return the English description, never null
     */
    public String description() {
        return Messages.ENGLISH.description(this);
    }

    /**
     * What happened, in the given language: English, Korean, Chinese (also for {@code zh-TW} and {@code
     * zh-Hant}) and Japanese ship with the library; any other language falls back to English unless the
     * application adds it. The JVM's default locale is never consulted.
     *
     * @param locale the language wanted
     * @return the description, never null
     * @throws NullPointerException if {@code locale} is null
     * @throws IllegalStateException if an application-added message file cannot be read
     */
    public String description(Locale locale) {
        return Messages.forLocale(locale).description(this);
    }

    /**
     * What the account owner or streamer should do, in English.
     *
     * @return the English remedy, never null
     */
    public String remedy() {
        return Messages.ENGLISH.remedy(this);
    }

    /**
     * What the account owner or streamer should do, in the given language (resolved as in {@link
     * #description(Locale)}).
     *
     * @param locale the language wanted
     * @return the remedy, never null
     * @throws NullPointerException if {@code locale} is null
     * @throws IllegalStateException if an application-added message file cannot be read
     */
    public String remedy(Locale locale) {
        return Messages.forLocale(locale).remedy(this);
    }
}
