package org.adjudicator.cli;

import java.util.List;
import org.adjudicator.UserError;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.scenario.Suggest;
import picocli.CommandLine.Option;

/** {@code --table NAME}: which league table a command shows; by default the first the rules made. */
final class TableChoice {
    @Option(names = "--table", paramLabel = "NAME",
            description = "The table to show, e.g. \"General table\" or \"Final group\" (default: the first stage's table).")
    String table;

    Ranking select(Adjudication adjudication) {
        List<Ranking> tables = adjudication.leagueTables();
        String source = adjudication.tournament().source().toString();
        if (tables.isEmpty()) {
            throw adjudication.rankings().isEmpty() ? UserError.at(source, null, "error.rank.noTable")
                    : UserError.at(source, null, "error.rank.noTableTies", source);
        }
        if (table == null) return tables.get(0);
        List<String> names = tables.stream().map(Ranking::name).toList();
        return tables.stream().filter(r -> r.name().equalsIgnoreCase(table.strip())).findFirst()
                .orElseThrow(() -> UserError.at(null, "--table", "error.rank.noSuchTable", table, Suggest.phrase(table, names), String.join(", ", names)));
    }

    /**
     * A league table or a knockout tie ({@code --table "Tie R6"}): for {@code explain}, which
     * explains a tie's criteria as it explains a table's. By default the first league table.
     */
    Ranking selectTableOrTie(Adjudication adjudication) {
        if (table == null) return select(adjudication);
        List<Ranking> all = adjudication.rankings();
        List<String> names = all.stream().map(Ranking::name).toList();
        return all.stream().filter(r -> r.name().equalsIgnoreCase(table.strip())).findFirst()
                .orElseThrow(() -> UserError.at(null, "--table", "error.rank.noSuchTableOrTie", table, Suggest.phrase(table, names), String.join(", ", names)));
    }
}
