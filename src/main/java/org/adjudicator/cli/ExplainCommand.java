package org.adjudicator.cli;

import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.Callable;
import org.adjudicator.UserError;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Ranking;
import org.adjudicator.report.ExplainReport;
import org.adjudicator.scenario.Tournament;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

@Command(name = "explain", mixinStandardHelpOptions = true,
        usageHelpAutoWidth = true,
        description = {
            "Explain why one team stands above another, criterion by criterion, or why one won a knockout tie.",
            "",
            "Lists each criterion the regulation applied to both teams, with both values, until the one that "
                + "separated them (or left them sharing a position), and cites the rule that decided. With --table "
                + "naming a tie (\"Tie R6\", as run shows it), the criteria of the tie tried in order, to the one that decided it."},
        footerHeading = "%nExamples:%n",
        footer = {"  explain scenarios/copa-peru-2017/final-group.yaml Binacional \"Atlético Grau\"",
                  "  explain scenarios/copa-peru-2017/national-stage.yaml ADT \"Deportivo Maldonado\" --table \"Tie R6\""})
public class ExplainCommand implements Callable<Integer> {
    @Mixin
    ScenarioCommand input;

    @Parameters(index = "1", paramLabel = "TEAM_A", description = "A team of the scenario, as named there.")
    String teamA;

    @Parameters(index = "2", paramLabel = "TEAM_B", description = "Another team of the scenario.")
    String teamB;

    @Mixin
    TableChoice choice;

    @Spec
    CommandSpec spec;

    @Inject
    ExplainReport report;

    @Override
    public Integer call() {
        Tournament tournament = input.read();
        teamA = input.team(tournament, teamA);
        teamB = input.team(tournament, teamB);
        if (teamA.equals(teamB)) throw UserError.said("error.explain.twoTeams");
        Adjudication adjudication = input.adjudicate(tournament);
        Ranking tie = choice.table == null ? theirTie(adjudication) : null;
        Ranking ranking = tie != null ? tie : choice.selectTableOrTie(adjudication);
        for (String team : new String[] {teamA, teamB}) {
            if (ranking.hasTeam(team)) continue;
            if (ranking.table().isLeague()) {
                throw input.error("error.explain.notInTable", team, ranking.name());
            }
            throw input.error("error.explain.notInTie", team, ranking.name(),
                    UserError.Phrase.joined(UserError.Phrase.of("error.explain.against"), ranking.table().getTeams()));
        }
        Output.whole(spec, out -> report.explain(adjudication.rules(), ranking, teamA, teamB, Language.of(spec), out));
        return 0;
    }

    /** Without --table: the one knockout tie the two teams played, when no league table holds them both; else null. */
    private Ranking theirTie(Adjudication adjudication) {
        if (adjudication.leagueTables().stream().anyMatch(r -> r.hasTeam(teamA) && r.hasTeam(teamB))) return null;
        List<Ranking> ties = adjudication.rankings().stream()
                .filter(r -> !r.table().isLeague() && r.hasTeam(teamA) && r.hasTeam(teamB)).toList();
        return ties.size() == 1 ? ties.get(0) : null;
    }
}
