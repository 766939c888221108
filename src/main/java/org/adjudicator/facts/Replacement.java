package org.adjudicator.facts;

/**
 * A decision taken off the pitch after a stage was played: {@code in} takes {@code out}'s place in
 * {@code stage} (a stage id of the regulation set), for {@code reason}, on {@code authority}'s
 * decision. The rules apply it: every pairing of that stage and after uses {@code in} where
 * {@code out} would be.
 *
 * @param line  where the scenario writes it (0 when unknown)
 * @param field how an error names it: "replacements[0]"
 */
public record Replacement(String stage, String out, String in, String reason, String authority, int line, String field) {
    /** "FPF, resolution 016-CCRD-FPF: docked one point ..." as an official reads why. */
    public String why() {
        return (reason.isEmpty() ? "" : reason) + (authority.isEmpty() ? "" : (reason.isEmpty() ? "" : "; ") + "decided by " + authority);
    }
}
