package org.adjudicator.server;

/** A request the server refuses, with its HTTP status and the one line that says why. */
final class ApiError extends RuntimeException {
    final int status;

    ApiError(int status, String message) {
        super(message);
        this.status = status;
    }
}
