package io.github.streamcause;

/**
 * What to do after a push interruption: whether pushing the same stream again can help.
 *
 * @since 0.1.0
 */
public enum Recovery {
    /** The stream ended on purpose: no alert, no automatic re-push. */
    NOT_NEEDED,
    /**
     * Transient: pushing the same stream again, unchanged, can succeed. Reconnect with backoff; alert if
     * it keeps happening.
     */
    RETRY,
    /**
     * The same push fails again until a setting, the client or the account is changed. Alert a person;
     * do not retry in a loop.
     */
    FIX_REQUIRED
}
