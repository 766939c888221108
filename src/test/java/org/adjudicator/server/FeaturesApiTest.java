package org.adjudicator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.adjudicator.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Issue 26's endpoints over real HTTP: {@code needs} by the command's path (the solver past its
 * limit, a second leg margin by margin), a knockout tie explained, two sets side by side, and the
 * record of a hearing.
 */
class FeaturesApiTest {
    static final String NATIONAL = ServerApiTest.NATIONAL;
    static final String ROUND_4 = "scenarios/copa-peru-2017/general-table-after-round-4.yaml";
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

    record Answer(int status, String type, String body) {
        JsonNode json() throws Exception {
            return JSON.readTree(body);
        }
    }

    static Answer post(String path, String body) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(server.address() + path.substring(1)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json").build();
        HttpResponse<String> r = CLIENT.send(request, HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    @Test
    void needsOnTheTableAfterRound4IsAnsweredByTheSolverAsTheCommandLineAnswersIt() throws Exception {
        Answer a = post("/api/needs", "{\"scenario\":\"" + ROUND_4 + "\",\"team\":\"ADT\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("method").asText()).isEqualTo("solver");
        assertThat(a.json().path("methodText").asText()).startsWith("Method: the constraint solver");
        List<String> lines = JSON.convertValue(a.json().path("lines"), JSON.getTypeFactory().constructCollectionType(List.class, String.class));
        Cli.Result cli = Cli.run("needs", ROUND_4, "ADT");
        assertThat(cli.exit()).as(cli.err()).isZero();
        List<String> expected = cli.out().lines().toList();
        // The same question, the same path: the same header, the same matches, the same places asked.
        assertThat(lines.get(0)).isEqualTo(expected.get(0)).contains("Answered by the constraint solver (3^50 outcomes");
        assertThat(lines.get(1)).isEqualTo(expected.get(1));
        // (Each place's detail may differ: the solver's budget is time, and this machine is shared.)
        assertThat(places(lines)).isEqualTo(places(expected)).hasSize(4);
        assertThat(post("/api/needs", "{\"scenario\":\"" + ROUND_4 + "\",\"team\":\"ADT\",\"lang\":\"es\"}").json()
                .path("methodText").asText()).startsWith("Método: el solucionador de restricciones");
    }

    /** The places a solver's answer goes through: "Round of 16 (places 1-8)", ... */
    private static List<String> places(List<String> lines) {
        return lines.stream().filter(l -> l.matches("^[A-Z].*\\(places [0-9-]+\\): .*")).map(l -> l.substring(0, l.indexOf("): ") + 1)).toList();
    }

    @Test
    void needsWithASecondLegLeftGoesMarginByMargin() throws Exception {
        int second = ServerApiTest.matchNumber(NATIONAL, "repechage", "Deportivo Maldonado", "ADT");
        Answer a = post("/api/needs", "{\"scenario\":\"" + NATIONAL + "\",\"edits\":{\"matches\":[{\"match\":" + second
                + ",\"score\":\"\"}]},\"team\":\"ADT\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("method").asText()).isEqualTo("second-leg");
        assertThat(a.json().path("lines").get(0).asText()).startsWith("What ADT needs from the second leg, Deportivo Maldonado v ADT");
        assertThat(a.json().path("lines").toString()).contains("through");
    }

    @Test
    void needsWithFewOutcomesWorksThroughEachAsBefore() throws Exception {
        Answer a = post("/api/needs", ServerApiTest.finalGroupBeforeRound3(",\"team\":\"Atlético Grau\""));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("method").asText()).isEqualTo("enumeration");
        assertThat(a.json().path("answers").size()).isEqualTo(3);
    }

    @Test
    void explainsAKnockoutTieAsTheCommandLineDoes() throws Exception {
        // The page offers the ties beside the tables.
        JsonNode tables = post("/api/whatif", "{\"scenario\":\"" + NATIONAL + "\"}").json().path("tables");
        assertThat(tables.findValuesAsText("name")).contains("General table", "Tie R6");
        Answer a = post("/api/explain", "{\"scenario\":\"" + NATIONAL + "\",\"table\":\"Tie R6\",\"teamA\":\"ADT\",\"teamB\":\"Deportivo Maldonado\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("kind").asText()).isEqualTo("tie");
        Cli.Result cli = Cli.run("explain", NATIONAL, "ADT", "Deportivo Maldonado", "--table", "Tie R6");
        assertThat(String.join("\n", JSON.convertValue(a.json().path("lines"), String[].class))).isEqualTo(cli.out().strip());
        assertThat(a.json().path("lines").get(0).asText()).startsWith("ADT wins Tie R6");
        Answer wrong = post("/api/explain", "{\"scenario\":\"" + NATIONAL + "\",\"table\":\"Tie R6\",\"teamA\":\"ADT\",\"teamB\":\"Binacional\"}");
        assertThat(wrong.status()).isEqualTo(400);
        assertThat(wrong.json().path("error").asText()).isEqualTo("\"Binacional\" is not in Tie R6 (ADT against Deportivo Maldonado)");
    }

    @Test
    void comparesTwoSetsSideBySideAsImpactDoes() throws Exception {
        Answer a = post("/api/compare", "{\"scenario\":\"" + NATIONAL + "\",\"other\":\"copa-peru-2017-proposal\"}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        JsonNode json = a.json();
        assertThat(json.path("left").path("rules").asText()).isEqualTo("copa-peru-2017");
        assertThat(json.path("right").path("rules").asText()).isEqualTo("copa-peru-2017-proposal");
        Cli.Result impact = Cli.run("impact", "--rules", "copa-peru-2017", "--rules", "copa-peru-2017-proposal", NATIONAL);
        assertThat(impact.out()).contains(json.path("differences").asInt() + " difference(s)");
        assertThat(json.path("differences").asInt()).isPositive();
        // Both sides marked where they differ.
        assertThat(json.path("left").path("html").asText()).contains("class=\"changed\"").contains("data-bracket");
        assertThat(json.path("right").path("html").asText()).contains(" changed");
        assertThat(post("/api/compare", "{\"scenario\":\"" + NATIONAL + "\",\"other\":\"nothing\"}").status()).isEqualTo(404);
        assertThat(post("/api/compare", "{\"scenario\":\"" + NATIONAL + "\",\"other\":\"copa-peru-2017\",\"rules\":\"x\"}").status()).isEqualTo(400);
    }

    @Test
    void writesTheRecordOfAHearingWithTheReasonsGiven() throws Exception {
        int match = ServerApiTest.matchNumber(ServerApiTest.FINAL_GROUP, "final-group", "Binacional", "Atlético Grau");
        String body = "{\"scenario\":\"" + ServerApiTest.FINAL_GROUP + "\",\"edits\":{\"matches\":[{\"match\":" + match
                + ",\"score\":\"0-1\"}],\"sanctions\":[{\"team\":\"Binacional\",\"points\":-3,\"stage\":\"final-group\"}]},\"reasons\":[\"Acta arbitral corregida\"]";
        Answer a = post("/api/hearing", body + "}");
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.type()).startsWith("text/html");
        assertThat(a.body()).startsWith("<!DOCTYPE html>").contains("<h1>Record of the hearing: Copa Perú 2017")
                .contains("The result Binacional 0-1 Atlético Grau", "Reason given: Acta arbitral corregida")
                .contains("A sanction of -3 point(s) on Binacional (Final group)", "No reason entered.")
                .contains("champion: Binacional -&gt; Atlético Grau", "Champion with the changes: Atlético Grau")
                .contains("@media print", "data-hearing");
        Answer es = post("/api/hearing", body + ",\"lang\":\"es\"}");
        assertThat(es.body()).contains("<html lang=\"es\">", "Acta de la audiencia", "Motivo indicado: Acta arbitral corregida");
        assertThat(post("/api/hearing", body.replace("\"reasons\":[", "\"reasons\":[3,") + "}").status()).isEqualTo(400);
        assertThat(post("/api/hearing", body + ",\"notes\":\"x\"}").status()).isEqualTo(400);
    }

    @Test
    void theScenarioDownloadedAfterAScoreEditKeepsTheFilesCommentsAndLayout() throws Exception {
        String file = ServerApiTest.FINAL_GROUP;
        int match = ServerApiTest.matchNumber(file, "final-group", "Binacional", "Atlético Grau");
        Answer a = post("/api/whatif", ServerApiTest.edit(file, match, "score", "0-1"));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        List<String> was = java.nio.file.Files.readAllLines(Path.of(file), java.nio.charset.StandardCharsets.UTF_8);
        List<String> now = a.json().path("yaml").asText().lines().toList();
        // Only the score is changed, on its own line, its comment kept; every other line as written, in order.
        int edited = was.indexOf("    score: 0-0                   # td-fin2 and correo-aqp-790462, stated");
        assertThat(now).contains("    score: 0-1                   # td-fin2 and correo-aqp-790462, stated");
        int expect = was.indexOf("expect:");
        List<String> kept = new java.util.ArrayList<>(was.subList(0, expect));
        kept.remove(edited);
        assertThat(now).containsSubsequence(kept);
    }
}
