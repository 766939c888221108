package org.adjudicator.facts;

/**
 * A team's place in a table that the scenario does not play but records (its source in a comment
 * of the scenario), so that a later stage can be adjudicated alone: a knockout round whose ties a
 * general-table place decides. Rules read it where no rule has placed the team; the explanation
 * then says the place is recorded, not computed.
 *
 * @param line  where the scenario writes the table's places (0 when unknown)
 * @param field how an error names it: "places.General table"
 */
public record RecordedPlace(String table, String team, int position, int line, String field) {
}
