package org.adjudicator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.URLEncoder;
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

/**
 * The workspace's JSON API over real HTTP, against a server started on a free port: every
 * endpoint, and every request it must refuse.
 */
class ServerApiTest {
    static final String NATIONAL = "scenarios/copa-peru-2017/national-stage.yaml";
    static final String FINAL_GROUP = "scenarios/copa-peru-2017/final-group.yaml";
    private static final ObjectMapper JSON = new ObjectMapper();
    private static WebServer.Running server;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

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

        String error() throws Exception {
            return json().path("error").asText();
        }
    }

    static Answer get(String path) throws Exception {
        HttpResponse<String> r = CLIENT.send(HttpRequest.newBuilder(URI.create(server.address() + path.substring(1))).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    static Answer post(String path, String body) throws Exception {
        return post(path, body, "application/json", null);
    }

    static Answer post(String path, String body, String type, String origin) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.address() + path.substring(1)))
                .POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", type);
        if (origin != null) b.header("Origin", origin);
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        return new Answer(r.statusCode(), r.headers().firstValue("Content-Type").orElse(""), r.body());
    }

    /** The place of a match in a scenario file's list: how the page names the match it edits. */
    static int matchNumber(String scenario, String stage, String home, String away) throws Exception {
        JsonNode matches = new YAMLMapper().readTree(Path.of(scenario).toFile()).path("matches");
        for (int i = 0; i < matches.size(); i++) {
            JsonNode m = matches.get(i);
            if (m.path("stage").asText().equals(stage) && m.path("home").asText().equals(home) && m.path("away").asText().equals(away)) return i;
        }
        throw new AssertionError("no match " + home + " v " + away);
    }

    static String edit(String scenario, int match, String field, String value) {
        return "{\"scenario\":\"" + scenario + "\",\"edits\":{\"matches\":[{\"match\":" + match + ",\"" + field + "\":\"" + value + "\"}]}}";
    }

    /** The final group with its third round not played yet (both its matches' scores cleared). */
    static String finalGroupBeforeRound3(String extra) throws Exception {
        int a = matchNumber(FINAL_GROUP, "final-group", "Atlético Grau", "José Carlos Mariátegui");
        int b = matchNumber(FINAL_GROUP, "final-group", "Binacional", "Estudiantil CNI");
        return "{\"scenario\":\"" + FINAL_GROUP + "\",\"edits\":{\"matches\":[{\"match\":" + a + ",\"score\":\"\",\"halfTime\":\"\"},"
                + "{\"match\":" + b + ",\"score\":\"\",\"halfTime\":\"\"}]}" + extra + "}";
    }

    @Test
    void listsTheScenariosAndSetsItWasStartedWith() throws Exception {
        Answer list = get("/api/scenarios");
        assertThat(list.status()).isEqualTo(200);
        assertThat(list.type()).startsWith("application/json");
        assertThat(list.json().path("scenarios").findValuesAsText("id")).contains(NATIONAL, FINAL_GROUP);
        assertThat(list.json().path("scenarios").findValuesAsText("name")).contains("Copa Perú 2017 - national stage");
        Answer sets = get("/api/sets");
        assertThat(sets.status()).isEqualTo(200);
        assertThat(sets.json().path("sets").toString()).contains("\"copa-peru-2017\"", "\"copa-peru-2017-proposal\"", "\"uefa-euro-2024\"");
    }

    /**
     * Each answer waited 40 ms for the client's delayed acknowledgement of its headers (Nagle's
     * algorithm on the server's sockets); the server now asks the JDK's server for TCP_NODELAY,
     * read once when the first server starts, before this class's server started.
     */
    @Test
    void asksForNoDelayOnItsSockets() {
        assertThat(System.getProperty(WebServer.NO_DELAY)).isEqualTo("true");
    }

    @Test
    void servesThePageFromTheJar() throws Exception {
        Answer page = get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.type()).startsWith("text/html");
        assertThat(page.body()).contains("<script type=\"module\" src=\"/app.js\">");
        assertThat(get("/app.js").type()).startsWith("text/javascript");
        assertThat(get("/style.css").type()).startsWith("text/css");
        assertThat(get("/report.css").body()).contains("@media print");
    }

    @Test
    void adjudicatesAsRunDoes() throws Exception {
        Answer a = post("/api/adjudicate", "{\"scenario\":\"" + NATIONAL + "\"}");
        assertThat(a.status()).isEqualTo(200);
        JsonNode json = a.json();
        JsonNode general = json.path("run").path("stages").get(1);
        assertThat(general.path("stage").asText()).isEqualTo("general-table");
        assertThat(general.path("ranking").size()).isEqualTo(50);
        assertThat(json.path("champion").asText()).isEqualTo("Binacional");
        assertThat(json.path("changes").size()).isZero();
        assertThat(json.path("html").asText()).contains("data-table=\"General table\"", "data-match=\"");
    }

    @Test
    void thePageShowsWhoHasClinchedAndWhoIsEliminatedWhileMatchesAreLeft() throws Exception {
        Answer a = post("/api/whatif", finalGroupBeforeRound3(""));

        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("html").asText()).contains("<h2>Final group: clinched and eliminated</h2>")
                .contains("<li>clinched: ").contains("<li>eliminated: ").doesNotContain("class=\"bug\"");
    }

    @Test
    void whatIfReportsTheNewChampionAndTheChangedScenario() throws Exception {
        int match = matchNumber(NATIONAL, "final-group", "Binacional", "Atlético Grau");
        byte[] before = Files.readAllBytes(Path.of(NATIONAL));
        Answer a = post("/api/whatif", edit(NATIONAL, match, "score", "0-1"));
        assertThat(a.status()).isEqualTo(200);
        JsonNode json = a.json();
        assertThat(json.path("champion").asText()).isEqualTo("Atlético Grau");
        assertThat(json.path("changes").findValuesAsText("sentence")).anyMatch(s -> s.startsWith("champion: Binacional -> Atlético Grau"));
        assertThat(json.path("html").asText()).contains("class=\"changed\"");
        assertThat(json.path("yaml").asText()).contains("home: Binacional", "score: 0-1");
        assertThat(Files.readAllBytes(Path.of(NATIONAL))).as("the scenario file is never written").isEqualTo(before);
    }

    @Test
    void whatIfUnderAnotherSetComparesWithTheScenariosOwn() throws Exception {
        Answer a = post("/api/whatif", "{\"scenario\":\"" + NATIONAL + "\",\"rules\":\"copa-peru-2017-proposal\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("rules").asText()).isEqualTo("copa-peru-2017-proposal");
        assertThat(a.json().path("changes").size()).isPositive();
        assertThat(a.json().path("yaml").asText()).contains("rules: copa-peru-2017-proposal");
    }

    @Test
    void addsSanctionsAndWithdrawals() throws Exception {
        Answer a = post("/api/whatif", "{\"scenario\":\"" + FINAL_GROUP + "\",\"edits\":{\"sanctions\":[{\"team\":\"Binacional\",\"points\":-3,"
                + "\"stage\":\"final-group\"}],\"withdrawals\":[]}}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("champion").asText()).isEqualTo("Atlético Grau");
        assertThat(a.json().path("yaml").asText()).contains("sanctions:", "points: -3");
    }

    /** Issue 23 item 4: the scenario the page downloads is the file as written, only the edits made, and verify passes on it. */
    @Test
    void theDownloadedScenarioKeepsWhatTheOfficialWrote() throws Exception {
        Answer a = post("/api/whatif", "{\"scenario\":\"" + NATIONAL + "\",\"edits\":{\"sanctions\":[{\"team\":\"Binacional\",\"points\":-3}]}}");
        assertThat(a.status()).isEqualTo(200);
        List<String> was = Files.readAllLines(Path.of(NATIONAL), StandardCharsets.UTF_8);
        List<String> now = a.json().path("yaml").asText().lines().toList();
        // Issue 23 item 3: one edit is the cause of every move, as whatif names it.
        assertThat(a.json().path("changes").findValuesAsText("sentence"))
                .anyMatch(s -> s.startsWith("General table: Binacional: 2 -> 8 (now 12 pts; cause: the sanction of -3 point(s) on Binacional;"));

        assertThat(now).containsSubsequence(was.stream().filter(l -> l.contains("#")).toList());
        int expect = was.indexOf("expect:");
        assertThat(now).containsSubsequence(was.subList(0, expect));
        assertThat(now).contains("sanctions:", "  - {team: Binacional, points: -3, reason: what-if}",
                "# expect: brought by the workspace to the outcome with the changes made there:",
                "#   position of Binacional in the General table: 2 -> 8");
        // Beside the rules, as an official saves the download; verify passes on it.
        Path saved = Files.createDirectories(Path.of("target", "download-test")).resolve("national-stage.yaml");
        Files.writeString(saved, a.json().path("yaml").asText(), StandardCharsets.UTF_8);
        Cli.Result verify = Cli.run("verify", saved.toString());
        assertThat(verify.out()).as(verify.err()).startsWith("PASS ");
    }

    @Test
    void explainsBetweenTwoTeams() throws Exception {
        Answer a = post("/api/explain", "{\"scenario\":\"" + FINAL_GROUP + "\",\"table\":\"Final group\",\"teamA\":\"Binacional\","
                + "\"teamB\":\"Atlético Grau\"}");
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.json().path("lines").get(0).asText()).isEqualTo("Binacional (1st) stands above Atlético Grau (2nd).");
        assertThat(a.json().path("lines").toString()).contains("rules/copa-peru-2017/");
        assertThat(post("/api/explain", "{\"scenario\":\"" + FINAL_GROUP + "\",\"teamA\":\"Binacional\",\"teamB\":\"Nobody\"}").error())
                .startsWith("no team \"Nobody\"");
    }

    @Test
    void saysWhatATeamNeeds() throws Exception {
        Answer a = post("/api/needs", finalGroupBeforeRound3(",\"team\":\"Atlético Grau\""));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("remaining").size()).isEqualTo(2);
        assertThat(a.json().path("lines").get(0).asText()).startsWith("What Atlético Grau needs in the Final group");
        assertThat(a.json().path("answers").size()).isEqualTo(3);       // first place, the first 2, the first 3
    }

    @Test
    void simulatesWithProgress() throws Exception {
        Answer started = post("/api/simulate", finalGroupBeforeRound3(",\"runs\":40,\"seed\":3"));
        assertThat(started.status()).as(started.body()).isEqualTo(200);
        JsonNode job = started.json();
        while (!job.path("finished").asBoolean()) {
            Thread.sleep(100);
            job = get("/api/simulate?job=" + job.path("job").asInt()).json();
        }
        assertThat(job.path("done").asInt()).isEqualTo(40);
        assertThat(job.path("error").isMissingNode()).as(job.toString()).isTrue();
        assertThat(job.path("result").path("rows").size()).isEqualTo(4);
        assertThat(job.path("result").path("columns").findValuesAsText("heading")).contains("Promoted 1st");
        assertThat(get("/api/simulate?job=999999").status()).isEqualTo(404);
        assertThat(post("/api/simulate", finalGroupBeforeRound3(",\"runs\":0")).error()).startsWith("runs: between 1 and");
    }

    @Test
    void showsARulesText() throws Exception {
        Answer a = get("/api/rule?set=copa-peru-2017&rule=" + URLEncoder.encode("Goal difference", StandardCharsets.UTF_8).replace("+", "%20"));
        assertThat(a.status()).as(a.body()).isEqualTo(200);
        assertThat(a.json().path("text").asText()).contains("rule \"Goal difference\"").endsWith("end");
        assertThat(a.json().path("file").asText()).isEqualTo("rules/copa-peru-2017/criteria.drl");
        assertThat(get("/api/rule?set=copa-peru-2017&rule=nope").status()).isEqualTo(404);
    }

    @Test
    void givesTheReportOfTheEditedScenario() throws Exception {
        Answer a = post("/api/report", edit(NATIONAL, matchNumber(NATIONAL, "final-group", "Binacional", "Atlético Grau"), "score", "0-1"));
        assertThat(a.status()).isEqualTo(200);
        assertThat(a.type()).startsWith("text/html");
        assertThat(a.body()).startsWith("<!DOCTYPE html>").contains("Atlético Grau wins the final group");
    }

    // The refusals.

    @Test
    void refusesAHostThatIsNotItsOwn() throws Exception {
        assertThat(raw("GET /api/scenarios HTTP/1.1\r\nHost: evil.example:" + server.port() + "\r\nConnection: close\r\n\r\n"))
                .startsWith("HTTP/1.1 403").contains("refused: Host \\\"evil.example:" + server.port());
        assertThat(raw("GET / HTTP/1.1\r\nHost: localhost:" + server.port() + "\r\nConnection: close\r\n\r\n")).startsWith("HTTP/1.1 200");
    }

    @Test
    void refusesAnotherSitesPage() throws Exception {
        Answer a = post("/api/whatif", "{\"scenario\":\"" + NATIONAL + "\"}", "application/json", "http://evil.example");
        assertThat(a.status()).isEqualTo(403);
        assertThat(a.error()).startsWith("refused: Origin \"http://evil.example\"");
        assertThat(post("/api/whatif", "{\"scenario\":\"" + FINAL_GROUP + "\"}", "application/json", "null").status()).isEqualTo(403);
        assertThat(post("/api/whatif", "{\"scenario\":\"" + FINAL_GROUP + "\"}", "application/json",
                server.address().replaceAll("/$", "")).status()).isEqualTo(200);
    }

    @Test
    void noPathFromTheBrowserReachesTheFileSystem() throws Exception {
        for (String name : List.of("pom.xml", "../pom.xml", "scenarios/../pom.xml", "/etc/passwd", "scenarios/copa-peru-2017/../../pom.xml")) {
            Answer a = post("/api/whatif", "{\"scenario\":\"" + name + "\"}");
            assertThat(a.status()).as(name).isEqualTo(404);
            assertThat(a.error()).startsWith("no scenario \"" + name + "\" on this server");
        }
        for (String set : List.of("../src/test/resources/rules-broken/loops", "/tmp", "..")) {
            assertThat(post("/api/whatif", "{\"scenario\":\"" + FINAL_GROUP + "\",\"rules\":\"" + set + "\"}").status()).isEqualTo(404);
            assertThat(get("/api/rule?set=" + URLEncoder.encode(set, StandardCharsets.UTF_8) + "&rule=x").status()).isEqualTo(404);
        }
        for (String path : List.of("/pom.xml", "/web/app.js", "/../pom.xml", "/%2e%2e/pom.xml", "/org/adjudicator/server/web/app.js")) {
            assertThat(get(path).status()).as(path).isEqualTo(404);
        }
    }

    @Test
    void refusesBadJsonAndScoresThatAreNotScores() throws Exception {
        Answer bad = post("/api/whatif", "{\"scenario\": ");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.error()).startsWith("the body is not valid JSON").doesNotContain("\n");
        assertThat(post("/api/whatif", "[1, 2]").error()).isEqualTo("the body is not a JSON object");
        assertThat(post("/api/whatif", "{\"scenario\":\"" + NATIONAL + "\",\"extra\":1}").error()).startsWith("unknown field \"extra\"");
        int match = matchNumber(NATIONAL, "final-group", "Binacional", "Atlético Grau");
        Answer notAScore = post("/api/whatif", edit(NATIONAL, match, "score", "one-nil"));
        assertThat(notAScore.status()).isEqualTo(400);
        // Named as an official says it, not by the request's list index (EditErrors).
        assertThat(notAScore.error()).isEqualTo("score of Binacional v Atlético Grau, final group round 2: \"one-nil\" is not a score;"
                + " write HOME-AWAY, e.g. 2-1 (empty: none)");
        Answer absurd = post("/api/whatif", edit(NATIONAL, match, "score", "200-1"));
        assertThat(absurd.status()).isEqualTo(400);
        assertThat(absurd.error()).startsWith("score of Binacional v Atlético Grau, final group round 2: ").doesNotContain("\n", "(as edited)");
        Answer halfTime = post("/api/whatif", edit(NATIONAL, match, "halfTime", "3-0"));
        assertThat(halfTime.status()).isEqualTo(400);
        assertThat(halfTime.error()).contains("half-time score 3-0 has more goals than the final score");
        assertThat(post("/api/whatif", edit(NATIONAL, 100000, "score", "1-0")).error()).startsWith("edits: no match 100000");
        assertThat(post("/api/whatif", "{\"scenario\":\"" + NATIONAL + "\",\"edits\":{\"sanctions\":[{\"team\":\"Binacional\",\"points\":\"x\"}]}}")
                .error()).startsWith("the sanction on Binacional: expected a whole number of points");
        assertThat(post("/api/whatif", "{\"scenario\":\"" + NATIONAL + "\",\"edits\":{\"withdrawals\":[{\"team\":\"Nobody\"}]}}")
                .error()).contains("Nobody");
    }

    @Test
    void refusesWrongMethodsTypesAndSizes() throws Exception {
        assertThat(get("/api/whatif").status()).isEqualTo(405);
        assertThat(post("/api/scenarios", "{}").status()).isEqualTo(405);
        assertThat(post("/api/whatif", "{\"scenario\":\"" + NATIONAL + "\"}", "text/plain", null).status()).isEqualTo(415);
        String huge = "{\"scenario\":\"" + " ".repeat(WebServer.MAX_BODY) + "\"}";
        Answer tooLarge = post("/api/whatif", huge);
        assertThat(tooLarge.status()).isEqualTo(413);
        assertThat(tooLarge.error()).startsWith("the body is larger than 16 MB");
    }

    @Test
    void aRuleThatLoopsEndsThatRequestNotTheServer() throws Exception {
        try (WebServer.Running broken = Cli.bean(WebServer.class).start(
                Workspace.of(List.of(Path.of(FINAL_GROUP)), Path.of("src/test/resources/rules-broken")), "127.0.0.1", 0)) {
            HttpRequest loops = HttpRequest.newBuilder(URI.create(broken.address() + "api/whatif")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\":\"" + FINAL_GROUP + "\",\"rules\":\"loops\"}")).build();
            HttpResponse<String> r = CLIENT.send(loops, HttpResponse.BodyHandlers.ofString());
            assertThat(r.statusCode()).isEqualTo(400);
            assertThat(JSON.readTree(r.body()).path("error").asText()).contains("the rules did not come to rest").doesNotContain("\n");
            HttpRequest fine = HttpRequest.newBuilder(URI.create(broken.address() + "api/whatif")).header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofString("{\"scenario\":\"" + FINAL_GROUP + "\"}")).build();
            assertThat(CLIENT.send(fine, HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(200);
        }
    }

    /** A request written by hand, for headers an HTTP client will not let one set (Host). */
    private static String raw(String request) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", server.port())) {
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.UTF_8));
            out.flush();
            BufferedReader in = new BufferedReader(new InputStreamReader(socket.getInputStream(), StandardCharsets.UTF_8));
            StringBuilder answer = new StringBuilder();
            for (String line = in.readLine(); line != null; line = in.readLine()) answer.append(line).append('\n');
            return answer.toString();
        }
    }
}
