package io.github.streamcause;

/**
 * Where the cause of a push interruption lies: who has to look at it.
 *
 * <p>Every {@link InterruptionCause} has exactly one category; a {@link Diagnosis} of any (code,
 * subcode) pair has one too, following the rules in {@link ErrorCodes#describe(int, int)}.
 *
 * @since 0.1.0
 */
public enum Category {
    /**
     * The account's own side ended the stream or sent what the platform rejects: the push client or
     * encoder, or the account's own stop and ban requests.
     */
    CLIENT,
    /** The link between the push client and the platform broke or stalled. */
    NETWORK,
    /**
     * The platform refused the push at admission: signature or expiry, third-party authentication, IP
     * lists, domain, app and stream rules and bans, account status, quotas.
     */
    AUTH,
    /** A failure inside the streaming platform. */
    INTERNAL,
    /** The vendor's documentation gives no cause, or the code is not documented at all. */
    UNKNOWN
}
