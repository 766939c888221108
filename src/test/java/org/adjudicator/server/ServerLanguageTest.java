package org.adjudicator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.adjudicator.Cli;
import org.adjudicator.report.Messages;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The workspace's API in the official's language: a request's {@code lang}, else its
 * Accept-Language, else English; the texts change with it, the JSON keys and statuses never.
 */
class ServerLanguageTest {
    private static final String NATIONAL = ServerApiTest.NATIONAL;
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

    private record Answer(int status, JsonNode json, String body) {
    }

    private static Answer send(String path, String body, String acceptLanguage) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(server.address() + path.substring(1)));
        if (body == null) b.GET();
        else b.POST(HttpRequest.BodyPublishers.ofString(body)).header("Content-Type", "application/json");
        if (acceptLanguage != null) b.header("Accept-Language", acceptLanguage);
        HttpResponse<String> r = CLIENT.send(b.build(), HttpResponse.BodyHandlers.ofString());
        boolean json = r.headers().firstValue("Content-Type").orElse("").startsWith("application/json");
        return new Answer(r.statusCode(), json ? JSON.readTree(r.body()) : null, r.body());
    }

    private static String explain(String lang) {
        return "{\"scenario\":\"" + NATIONAL + "\"" + (lang == null ? "" : ",\"lang\":\"" + lang + "\"")
                + ",\"teamA\":\"José Carlos Mariátegui\",\"teamB\":\"Estudiantil CNI\"}";
    }

    @Test
    void theRequestsLangChoosesTheWords() throws Exception {
        Answer es = send("/api/explain", explain("es"), null);
        assertThat(es.json().path("lines").get(0).asText()).isEqualTo("José Carlos Mariátegui (3.º) está por encima de Estudiantil CNI (4.º).");
        Answer en = send("/api/explain", explain("en"), "es-PE,es;q=0.9");
        assertThat(en.json().path("lines").get(0).asText()).isEqualTo("José Carlos Mariátegui (3rd) stands above Estudiantil CNI (4th).");
    }

    @Test
    void withoutLangTheBrowsersAcceptLanguageChooses() throws Exception {
        assertThat(send("/api/explain", explain(null), "es-PE,es;q=0.9,en;q=0.8").json().path("lines").get(0).asText()).contains("está por encima");
        assertThat(send("/api/explain", explain(null), "fr-FR,en;q=0.5,es;q=0.3").json().path("lines").get(0).asText()).contains("stands above");
        assertThat(send("/api/explain", explain(null), null).json().path("lines").get(0).asText()).contains("stands above");
        assertThat(WebServer.fromAcceptLanguage("en;q=0.2, es;q=0.8")).isSameAs(Messages.SPANISH);
        assertThat(WebServer.fromAcceptLanguage("not a header;;;")).isSameAs(Messages.ENGLISH);
    }

    @Test
    void errorsAreInTheRequestsLanguageWithTheSameStatus() throws Exception {
        String notAScore = "{\"scenario\":\"" + NATIONAL + "\",\"lang\":\"es\",\"edits\":{\"matches\":[{\"match\":0,\"score\":\"uno\"}]}}";
        Answer es = send("/api/whatif", notAScore, null);
        assertThat(es.status()).isEqualTo(400);
        assertThat(es.json().path("error").asText())
                .isEqualTo("marcador de Alfonso Ugarte de Chiclín v José Gálvez, primera fase fecha 1: \"uno\" no es un resultado; "
                        + "escriba LOCAL-VISITANTE, por ejemplo 2-1 (vacío: sin resultado)");
        Answer en = send("/api/whatif", notAScore.replace("\"es\"", "\"en\""), null);
        assertThat(en.status()).isEqualTo(400);
        assertThat(en.json().path("error").asText()).contains("\"uno\" is not a score");
        // Before the body is read: the query's lang, else Accept-Language.
        assertThat(send("/api/nowhere?lang=es", null, null).json().path("error").asText()).isEqualTo("no hay nada en /api/nowhere");
        assertThat(send("/api/nowhere", null, "es").json().path("error").asText()).isEqualTo("no hay nada en /api/nowhere");
        Answer french = send("/api/explain", explain("fr"), null);
        assertThat(french.status()).isEqualTo(400);
        assertThat(french.json().path("error").asText()).isEqualTo("lang: \"fr\" is not a language of this tool; write es or en");
        assertThat(send("/api/explain", explain("es").replace("Estudiantil CNI", "Estudiantil CN"), null).json().path("error").asText())
                .isEqualTo("no hay un equipo \"Estudiantil CN\" en " + NATIONAL + "; ¿quiso decir \"Estudiantil CNI\"?");
    }

    @Test
    void theReportTheSanctionAndTheDownloadedScenarioInSpanish() throws Exception {
        String body = "{\"scenario\":\"" + ServerApiTest.FINAL_GROUP + "\",\"lang\":\"es\",\"edits\":{\"sanctions\":"
                + "[{\"team\":\"Binacional\",\"points\":-3,\"stage\":\"final-group\"}]}}";
        JsonNode a = send("/api/whatif", body, null).json();
        assertThat(a.path("html").asText()).contains("<th>Equipo</th>", ">Decidido por<", "Reglamento: copa-peru-2017");
        assertThat(a.path("changes").findValuesAsText("sentence")).anyMatch(s -> s.contains("la sanción de -3 puntos a Binacional"));
        assertThat(a.path("yaml").asText()).startsWith("# Hipótesis sobre final-group.yaml, con los cambios hechos en el espacio de trabajo");
        Answer report = send("/api/report", body, null);
        assertThat(report.body()).startsWith("<!DOCTYPE html>\n<html lang=\"es\">").contains("Atlético Grau gana la Finalísima");
    }

    @Test
    void clinchedAndEliminatedInSpanish() throws Exception {
        JsonNode a = send("/api/whatif", ServerApiTest.finalGroupBeforeRound3(",\"lang\":\"es\""), null).json();
        assertThat(a.path("html").asText()).contains(": asegurados y eliminados</h2>", "<li>asegurado: ", "<li>eliminado: ",
                "2 partidos por jugar; puntaje: 3 por partido ganado").doesNotContain("clinched", "match(es)");
    }

    @Test
    void theJsonKeysAreTheSameInBothLanguages() throws Exception {
        String whatif = "{\"scenario\":\"" + ServerApiTest.FINAL_GROUP + "\",\"lang\":\"LANG\",\"edits\":{\"matches\":[{\"match\":"
                + ServerApiTest.matchNumber(ServerApiTest.FINAL_GROUP, "final-group", "Binacional", "Atlético Grau") + ",\"score\":\"0-1\"}]}}";
        for (String path : List.of("/api/whatif", "/api/explain", "/api/needs")) {
            String body = switch (path) {
                case "/api/explain" -> explain("LANG");
                case "/api/needs" -> ServerApiTest.finalGroupBeforeRound3(",\"team\":\"Atlético Grau\",\"lang\":\"LANG\"");
                default -> whatif;
            };
            Answer es = send(path, body.replace("LANG", "es"), null);
            Answer en = send(path, body.replace("LANG", "en"), null);
            assertThat(es.status()).as(path).isEqualTo(200).isEqualTo(en.status());
            assertThat(keys(es.json())).as(path).isEqualTo(keys(en.json()));
        }
        JsonNode es = send("/api/words?lang=es", null, null).json();
        JsonNode en = send("/api/words?lang=en", null, null).json();
        assertThat(keys(es)).isEqualTo(keys(en));
        assertThat(es.path("words").path("page.champion").asText()).isEqualTo("Campeón: {0}");
        assertThat(en.path("words").path("page.champion").asText()).isEqualTo("Champion: {0}");
    }

    @Test
    void thePagesWordsAreTheBundlesWorkspaceSections() {
        String bundle = String.join("\n", "a=1", "# ===== workspace: the page and its API =====", "page.x=X", "page.long=one \\",
                "  two", "# comment", "# ===== workspace features: bracket =====", "page.y=Y", "# ===== other =====", "b=2");
        assertThat(PageWords.workspaceKeys(bundle)).containsExactly("page.x", "page.long", "page.y");
        @SuppressWarnings("unchecked")
        Map<String, String> words = (Map<String, String>) PageWords.of(Messages.SPANISH).get("words");
        assertThat(words).containsEntry("page.undo", "Deshacer").containsKey("api.error.notScore");
    }

    /** Every key path of a JSON document ("changes[].sentence"), the texts left out. */
    private static TreeSet<String> keys(JsonNode json) {
        TreeSet<String> keys = new TreeSet<>();
        collect(json, "", keys);
        return keys;
    }

    private static void collect(JsonNode node, String path, TreeSet<String> keys) {
        if (node.isObject()) {
            for (Iterator<Map.Entry<String, JsonNode>> it = node.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> field = it.next();
                // The run document's maps keyed by team names keep their shape, not their names.
                keys.add(path + "." + field.getKey());
                collect(field.getValue(), path + "." + field.getKey(), keys);
            }
        } else if (node.isArray()) {
            for (JsonNode item : node) collect(item, path + "[]", keys);
        }
    }
}
