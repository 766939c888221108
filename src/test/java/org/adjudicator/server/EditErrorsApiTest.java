package org.adjudicator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.adjudicator.Cli;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * An edit the server refuses is named as an official says it, with which edit and field it is (for
 * the page to mark that cell), and never by a request's list index or a line of a text that is no
 * file; a misspelt sanction stage suggests the nearest stage by name, in the file the official
 * opened at its real line.
 */
class EditErrorsApiTest {
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

    private static JsonNode refused(String edits) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.address() + "api/whatif"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\": \"" + ServerApiTest.NATIONAL + "\", \"edits\": " + edits + "}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode error = JSON.readTree(r.body());
        assertThat(error.get("error").asText()).doesNotContain("edits.", ".yaml", "(as edited)");
        return error;
    }

    private static int finalMatch() throws Exception {
        return ServerApiTest.matchNumber(ServerApiTest.NATIONAL, "final-group", "Binacional", "Atlético Grau");
    }

    @Test
    void aScoreWithAColonIsTheScoreOfItsMatchAsAnOfficialSaysIt() throws Exception {
        int m = finalMatch();
        JsonNode e = refused("{\"matches\": [{\"match\": " + m + ", \"score\": \"2:1\"}]}");
        assertThat(e.get("error").asText()).isEqualTo("score of Binacional v Atlético Grau, final group round 2: \"2:1\" is not a score;"
                + " write HOME-AWAY, e.g. 2-1 (empty: none)");
        assertThat(e.get("edit").toString()).isEqualTo("{\"kind\":\"match\",\"match\":" + m + ",\"field\":\"score\"}");
        assertThat(e.get("subject").asText()).isEqualTo("score of Binacional v Atlético Grau, final group round 2");
        assertThat(e.get("value").asText()).isEqualTo("2:1");
        assertThat(e.get("expected").asText()).isEqualTo("write HOME-AWAY, e.g. 2-1 (empty: not played)");
    }

    @Test
    void aHalfTimeTheScenarioRefusesIsTheHalfTimeOfItsMatchNotALineOfTheEditedText() throws Exception {
        int m = finalMatch();
        // The second edit of the list is the bad one: the page's edits are named by their match, not their index.
        JsonNode e = refused("{\"matches\": [{\"match\": 3, \"score\": \"4-1\"}, {\"match\": " + m + ", \"halfTime\": \"3-0\"}]}");
        assertThat(e.get("error").asText()).isEqualTo("half-time score of Binacional v Atlético Grau, final group round 2:"
                + " half-time score 3-0 has more goals than the final score 0-0");
        assertThat(e.get("edit").get("field").asText()).isEqualTo("halfTime");
    }

    @Test
    void aShootOutTheEngineRefusesByTheLineOfTheEditedTextIsTheShootOutOfItsMatch() throws Exception {
        String tottenham = "scenarios/uefa/champions-league-2019-tottenham-ajax.yaml";
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.address() + "api/whatif"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\": \"" + tottenham + "\", \"edits\": {\"matches\": ["
                        + "{\"match\": 0, \"score\": \"0-1\"}, {\"match\": 1, \"penalties\": \"5-4\"}]}}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(400);
        JsonNode e = JSON.readTree(r.body());
        // Not ".../champions-league-2019-tottenham-ajax.yaml:14: penalties": line 14 of a text that is no file.
        assertThat(e.get("error").asText()).startsWith("penalty shoot-out of Ajax v Tottenham Hotspur, semi-finals, tie SF2, leg 2: "
                + "a penalty shoot-out is recorded for Tie SF2, but away goals already decides it").doesNotContain(".yaml");
        assertThat(e.get("edit").toString()).isEqualTo("{\"kind\":\"match\",\"match\":1,\"field\":\"penalties\"}");
    }

    @Test
    void aSanctionAtAMisspeltStageSuggestsTheNearestStageByName() throws Exception {
        JsonNode e = refused("{\"sanctions\": [{\"team\": \"Binacional\", \"points\": -3, \"stage\": \"final group\"}]}");
        assertThat(e.get("error").asText()).startsWith("the sanction of -3 point(s) on Binacional at stage \"final group\": ")
                .endsWith("e.g. stage: final-group");
        assertThat(e.get("edit").toString()).isEqualTo("{\"kind\":\"sanction\",\"index\":0,\"field\":\"stage\"}");
    }

    @Test
    void aSecondWithdrawalOfATeamIsThatWithdrawal() throws Exception {
        JsonNode e = refused("{\"withdrawals\": [{\"team\": \"Binacional\"}, {\"team\": \"Binacional\"}]}");
        assertThat(e.get("error").asText()).isEqualTo("the withdrawal of Binacional: \"Binacional\" is withdrawn twice");
        assertThat(e.get("edit").toString()).isEqualTo("{\"kind\":\"withdrawal\",\"index\":1,\"field\":\"team\"}");
    }

    @Test
    void twoSanctionsOnAScenarioWithoutAnyAreOneList() throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.address() + "api/whatif"))
                .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\": \"" + ServerApiTest.NATIONAL + "\", \"edits\": {\"sanctions\": ["
                        + "{\"team\": \"ADT\", \"points\": -3}, {\"team\": \"ADT\", \"points\": -1}]}}"))
                .header("Content-Type", "application/json").build(), HttpResponse.BodyHandlers.ofString());
        assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
        String yaml = JSON.readTree(r.body()).get("yaml").asText();
        assertThat(yaml.lines().filter(l -> l.startsWith("sanctions:"))).hasSize(1);
        assertThat(yaml).contains("sanctions:\n  - {team: ADT, points: -3, reason: what-if}\n  - {team: ADT, points: -1, reason: what-if}\n");
    }

    @Test
    void onTheCommandLineTheMisspeltStageIsCitedAtItsRealLineWithTheNearestStage(@TempDir Path dir) throws Exception {
        String text = Files.readString(Path.of(ServerApiTest.NATIONAL), StandardCharsets.UTF_8);
        int expect = text.indexOf("\nexpect:");
        String withSanction = (expect < 0 ? text : text.substring(0, expect + 1))
                + "sanctions:\n  - {team: Binacional, points: -3, stage: finl group, reason: late registration}\n";
        Path file = dir.resolve("national-stage.yaml");
        Files.writeString(file, withSanction, StandardCharsets.UTF_8);
        int line = (int) withSanction.lines().count();
        Cli.Result run = Cli.run("run", file.toString());
        assertThat(run.exit()).as(run.out()).isEqualTo(2);
        assertThat(run.err()).contains("national-stage.yaml:" + line + ": sanctions[0]").contains("e.g. stage: final-group")
                .doesNotContain("e.g. stage: first-round");
    }
}
