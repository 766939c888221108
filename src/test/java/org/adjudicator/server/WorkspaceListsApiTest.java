package org.adjudicator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.adjudicator.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * What the workspace's lists offer and how its tables read, against a server on a free port: only
 * the sets a scenario can be adjudicated by (not the shared base), a list of teams said to be one,
 * no "?" for the extra time and penalties a tie did not need, the simulation in {@code simulate}'s
 * order.
 */
class WorkspaceListsApiTest {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient CLIENT = HttpClient.newHttpClient();
    private static WebServer.Running server;

    @BeforeAll
    static void start() throws Exception {
        server = Cli.bean(WebServer.class).start(Workspace.of(List.of(Path.of("scenarios")), Path.of("rules")), "127.0.0.1", 0);
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    static JsonNode get(String path) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.address() + path)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    static JsonNode post(String path, String body) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.address() + path))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        return JSON.readTree(r.body());
    }

    @Test
    void theRulesListLeavesOutTheSharedBaseWhichRanksNothing() throws Exception {
        List<String> sets = new ArrayList<>();
        get("api/scenarios").get("sets").forEach(s -> sets.add(s.asText()));
        assertThat(sets).doesNotContain("base").contains("copa-peru-2017", "copa-peru-2017-proposal", "uefa-euro-2024");
        List<String> alone = new ArrayList<>();
        get("api/sets").get("sets").forEach(s -> alone.add(s.asText()));
        assertThat(alone).isEqualTo(sets);
        // Every set offered adjudicates: none answers with an error.
        for (String set : sets) {
            if (!set.startsWith("copa-peru-2017")) continue;
            post("api/whatif", "{\"scenario\": \"" + ServerApiTest.NATIONAL + "\", \"rules\": \"" + set + "\"}");
        }
    }

    @Test
    void aListOfTeamsIsSaidToBeOneAndNoTwoScenariosShareAName() throws Exception {
        JsonNode scenarios = get("api/scenarios").get("scenarios");
        List<String> names = new ArrayList<>();
        String teams = null;
        for (JsonNode s : scenarios) {
            names.add(s.get("name").asText());
            if (s.get("id").asText().equals("scenarios/copa-peru-2017/teams.yaml")) teams = s.get("name").asText();
        }
        assertThat(teams).isEqualTo("Copa Perú 2017 - national stage (team list, no matches yet)");
        assertThat(names).doesNotHaveDuplicates();
        assertThat(names).contains("Copa Perú 2017 - national stage");
        // In Spanish (the page's lang in the query) the tool's words for it are Spanish.
        String spanish = null;
        for (JsonNode s : get("api/scenarios?lang=es").get("scenarios")) {
            if (s.get("id").asText().equals("scenarios/copa-peru-2017/teams.yaml")) spanish = s.get("name").asText();
        }
        assertThat(spanish).isEqualTo("Copa Perú 2017 - national stage (lista de equipos, aún sin partidos)");
    }

    @Test
    void extraTimeAndPenaltiesATieDidNotNeedShowADashNotAQuestionMark() throws Exception {
        String html = post("api/whatif", "{\"scenario\": \"" + ServerApiTest.NATIONAL + "\"}").get("html").asText();
        String tie = html.substring(html.indexOf("data-tie=\"Tie R1\""), html.indexOf("</article>", html.indexOf("data-tie=\"Tie R1\"")));
        assertThat(tie).contains("<th class=\"num\">AET</th><th class=\"num\">Pens</th>")
                .contains("<td class=\"team\">Las Palmas</td><td class=\"num\">3</td><td class=\"num\">1</td><td class=\"num\">\u2014</td><td class=\"num\">\u2014</td>");
        assertThat(html).doesNotContain("<td class=\"num\">?</td>");
    }

    @Test
    void theSimulationTableIsInTheOrderOfTheCommandLinesSimulate() throws Exception {
        String scenario = "scenarios/copa-peru-2017/general-table-after-round-4.yaml";
        JsonNode job = post("api/simulate", "{\"scenario\": \"" + scenario + "\", \"runs\": 40, \"seed\": 7}");
        while (!job.get("finished").asBoolean()) {
            Thread.sleep(200);
            job = get("api/simulate?job=" + job.get("job").asInt());
        }
        assertThat(job.has("error")).as(job.path("error").asText()).isFalse();
        List<String> page = new ArrayList<>();
        job.get("result").get("rows").forEach(r -> page.add(r.get("team").asText()));
        List<String> pageColumns = new ArrayList<>();
        job.get("result").get("columns").forEach(c -> pageColumns.add(c.get("outcome").asText()));

        Cli.Result run = Cli.run("simulate", scenario, "--runs", "40", "--seed", "7", "--format", "json");
        assertThat(run.exit()).as(run.err()).isZero();
        JsonNode cli = JSON.readTree(run.out());
        List<String> command = new ArrayList<>();
        cli.get("teams").forEach(t -> command.add(t.get("team").asText()));
        List<String> commandColumns = new ArrayList<>();
        cli.get("columns").forEach(c -> commandColumns.add(c.get("outcome").asText()));
        assertThat(pageColumns).isEqualTo(commandColumns);
        assertThat(page).isEqualTo(command);
    }
}
