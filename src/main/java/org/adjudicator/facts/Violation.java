package org.adjudicator.facts;

import java.util.List;

/** A fixture that breaks a pairing restriction: which restriction, which rule, which teams and matches. */
public record Violation(String restriction, String rule, List<String> teams, List<String> matches, String description) {
}
