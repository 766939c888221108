package org.adjudicator.server;

import org.adjudicator.report.Messages;

/**
 * A request the server refuses, with its HTTP status and the one line that says why: a template of
 * the message bundles ({@code api.error.*}) and its arguments, said in the request's language when
 * the answer is written ({@link #message}); {@link #getMessage()} is the English.
 */
final class ApiError extends RuntimeException {
    final int status;
    private final String key;
    private final Object[] args;

    ApiError(int status, String key, Object... args) {
        super(Messages.ENGLISH.text(key, args));
        this.status = status;
        this.key = key;
        this.args = args;
    }

    /** The line in the language of {@code m}. */
    String message(Messages m) {
        return m.text(key, args);
    }
}
