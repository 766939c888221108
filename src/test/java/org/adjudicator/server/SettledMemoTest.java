package org.adjudicator.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Supplier;
import org.adjudicator.Cli;
import org.adjudicator.UserError;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.report.HtmlReport;
import org.adjudicator.report.RunJson;
import org.junit.jupiter.api.Test;

/**
 * The decisions of the stages decided before play, kept between what-ifs: every adjudication made
 * from them is the one a fresh adjudication makes (random edits of every stage's matches, sanctions,
 * withdrawals, another set), and they are decided again whenever anything but a result changes.
 */
class SettledMemoTest {
    private static final String NATIONAL = ServerApiTest.NATIONAL;
    private static final String FINAL_GROUP = ServerApiTest.FINAL_GROUP;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Api api = Cli.bean(Api.class);
    private final Adjudicator adjudicator = Cli.bean(Adjudicator.class);
    private final RunJson runJson = Cli.bean(RunJson.class);
    private final HtmlReport html = Cli.bean(HtmlReport.class);
    private final Workspace workspace = Workspace.of(List.of(Path.of("scenarios")), Path.of("rules"));

    private Api.Context context(String body) throws Exception {
        return api.context(workspace, JSON.readTree(body), Set.of("scenario", "rules", "edits"));
    }

    /** Everything a what-if answer shows of an adjudication: the run's JSON and the report's body, or the error. */
    private String shown(Supplier<Adjudication> adjudication) throws Exception {
        try {
            Adjudication a = adjudication.get();
            return JSON.writeValueAsString(runJson.document(a, Map.of())) + "\n" + html.body(a, HtmlReport.Marks.NONE);
        } catch (UserError e) {
            return "error: " + e.oneLine();
        }
    }

    private void sameAsFresh(SettledMemo memo, String body) throws Exception {
        Api.Context c = context(body);
        String fresh = shown(() -> adjudicator.adjudicate(c.edited(), c.rules(), false));
        assertThat(shown(() -> memo.adjudicate(c.edited(), c.rules(), c.inputs()))).as(body).isEqualTo(fresh);
    }

    private static int matches(String scenario) throws Exception {
        return new YAMLMapper().readTree(Path.of(scenario).toFile()).path("matches").size();
    }

    private static String scores(String scenario, String rules, Random random, int count, int total) {
        List<String> edits = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String score = random.nextInt(6) == 0 ? "" : random.nextInt(4) + "-" + random.nextInt(4);
            edits.add("{\"match\":" + random.nextInt(total) + ",\"score\":\"" + score + "\",\"halfTime\":\"\"}");
        }
        return "{\"scenario\":\"" + scenario + "\"" + (rules == null ? "" : ",\"rules\":\"" + rules + "\"")
                + ",\"edits\":{\"matches\":[" + String.join(",", edits) + "]}}";
    }

    @Test
    void randomEditsOfResultsGiveWhatAFreshAdjudicationGives() throws Exception {
        SettledMemo memo = new SettledMemo(adjudicator);
        Random random = new Random(16);
        int national = matches(NATIONAL);
        int finalGroup = matches(FINAL_GROUP);
        sameAsFresh(memo, "{\"scenario\":\"" + NATIONAL + "\"}");
        for (int i = 0; i < 12; i++) sameAsFresh(memo, scores(NATIONAL, null, random, 1 + random.nextInt(3), national));
        for (int i = 0; i < 6; i++) sameAsFresh(memo, scores(FINAL_GROUP, null, random, 1 + random.nextInt(3), finalGroup));
        for (int i = 0; i < 4; i++) sameAsFresh(memo, scores(NATIONAL, "copa-peru-2017-proposal", random, 2, national));
    }

    @Test
    void otherResultsOfTheSameMatchesAreNotDecidedAgain() throws Exception {
        SettledMemo memo = new SettledMemo(adjudicator);
        for (String score : List.of("0-1", "1-0", "2-2", "0-1", "5-0")) {
            sameAsFresh(memo, "{\"scenario\":\"" + NATIONAL + "\",\"edits\":{\"matches\":[{\"match\":190,\"score\":\"" + score
                    + "\",\"halfTime\":\"\"},{\"match\":0,\"score\":\"" + new StringBuilder(score).reverse() + "\",\"halfTime\":\"\"}]}}");
        }
        assertThat(memo.settlements()).isEqualTo(1);
    }

    @Test
    void anEditOfAFirstRoundMatchDecidesTheLaterStagesAgain() throws Exception {
        SettledMemo memo = new SettledMemo(adjudicator);
        int first = ServerApiTest.matchNumber(NATIONAL, "first-round", "Binacional", "Atlético Huracán");
        String before = "{\"scenario\":\"" + NATIONAL + "\",\"edits\":{\"matches\":[{\"match\":" + first + ",\"score\":\"1-1\",\"halfTime\":\"\"}]}}";
        String after = "{\"scenario\":\"" + NATIONAL + "\",\"edits\":{\"matches\":[{\"match\":" + first + ",\"score\":\"0-9\",\"halfTime\":\"\"}]}}";
        Api.Context c = context(before);
        Api.Context d = context(after);
        String one = shown(() -> memo.adjudicate(c.edited(), c.rules(), c.inputs()));
        String two = shown(() -> memo.adjudicate(d.edited(), d.rules(), d.inputs()));
        assertThat(memo.settlements()).isEqualTo(1);
        assertThat(two).isNotEqualTo(one).isEqualTo(shown(() -> adjudicator.adjudicate(d.edited(), d.rules(), false)));
    }

    @Test
    void anythingButAResultDecidesThemAgain() throws Exception {
        SettledMemo memo = new SettledMemo(adjudicator);
        String scores = "\"matches\":[{\"match\":190,\"score\":\"0-1\",\"halfTime\":\"\"}]";
        List<String> bodies = List.of(
                "{\"scenario\":\"" + NATIONAL + "\",\"edits\":{" + scores + "}}",
                "{\"scenario\":\"" + NATIONAL + "\",\"edits\":{" + scores + ",\"withdrawals\":[{\"team\":\"Binacional\"}]}}",
                "{\"scenario\":\"" + NATIONAL + "\",\"edits\":{" + scores + ",\"sanctions\":[{\"team\":\"Binacional\",\"points\":-3,\"stage\":\"first-round\"}]}}",
                "{\"scenario\":\"" + NATIONAL + "\",\"rules\":\"copa-peru-2017-proposal\",\"edits\":{" + scores + "}}");
        for (String body : bodies) sameAsFresh(memo, body);
        assertThat(memo.settlements()).isEqualTo(bodies.size());
        for (String body : bodies) sameAsFresh(memo, body);
        assertThat(memo.settlements()).isEqualTo(bodies.size());
    }

    @Test
    void theKeyBlanksOnlyTheValuesOfResults() throws Exception {
        JsonNode tree = new YAMLMapper().readTree("matches:\n  - {home: A, away: B, score: 1-0, halfTime: 0-0, reason: late}\n"
                + "  - {home: B, away: A}\n");
        JsonNode inputs = SettledMemo.inputs((com.fasterxml.jackson.databind.node.ObjectNode) tree);
        assertThat(inputs.toString()).isEqualTo("{\"matches\":[{\"home\":\"A\",\"away\":\"B\",\"score\":\"\",\"halfTime\":\"\","
                + "\"reason\":\"late\"},{\"home\":\"B\",\"away\":\"A\"}]}");
        assertThat(tree.path("matches").get(0).path("score").asText()).isEqualTo("1-0");
    }
}
