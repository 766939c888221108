package org.adjudicator.facts;

/**
 * Input the rules found impossible to adjudicate as given (a shoot-out on a tie the aggregate
 * already decided, a drawing of lots that leaves out a level team). The host stops with a bad-input
 * error naming the scenario's line ({@code line} 0 when unknown) and field.
 */
public record InputProblem(int line, String field, String rule, String message) {
}
