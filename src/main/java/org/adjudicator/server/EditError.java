package org.adjudicator.server;

import java.util.Map;

/**
 * A what-if refused because of one edit made on the page: the sentence an official reads (the
 * field named as an official says it, the reason and the form expected) and, for the page to mark
 * the cell or field where the value was typed, which edit and field it is ({@link #details}).
 */
final class EditError extends RuntimeException {
    private final Map<String, Object> details;

    EditError(String message, Map<String, Object> details) {
        super(message);
        this.details = Map.copyOf(details);
    }

    /** The answer's fields besides {@code error}: {@code edit}, {@code subject}, {@code reason}, {@code expected}. */
    Map<String, Object> details() {
        return details;
    }
}
