package org.adjudicator.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import jakarta.inject.Inject;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Collectors;
import org.adjudicator.clinch.Clinch;
import org.adjudicator.clinch.TableStatus;
import org.adjudicator.report.StatusReport;
import org.adjudicator.report.WorkflowWords;
import org.adjudicator.UserError;
import org.adjudicator.simulation.Simulator;
import org.adjudicator.engine.Adjudication;
import org.adjudicator.engine.Adjudicator;
import org.adjudicator.engine.Ranking;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.engine.RulesLoader;
import org.adjudicator.facts.Match;
import org.adjudicator.facts.Placement;
import org.adjudicator.report.ExplainReport;
import org.adjudicator.report.HtmlReport;
import org.adjudicator.report.Messages;
import org.adjudicator.report.RunJson;
import org.adjudicator.report.SimulationColumns;
import org.adjudicator.report.StageView;
import org.adjudicator.scenario.ScenarioReader;
import org.adjudicator.scenario.ScenarioText;
import org.adjudicator.scenario.Suggest;
import org.adjudicator.scenario.Tournament;
import org.adjudicator.workflow.Causes;
import org.adjudicator.workflow.ExpectationsUpdate;
import org.adjudicator.workflow.Needs;
import org.adjudicator.workflow.NeedsPath;
import org.adjudicator.workflow.Outcome;

/**
 * The workspace's JSON API, one method per endpoint, each taking the request's JSON and giving
 * the answer's. Each request names a scenario the server serves, optionally a regulation set and
 * the edits made on the page, and is adjudicated whole by the same classes the commands use
 * ({@code run --format json}, {@code whatif}, {@code explain}, {@code needs}, {@code simulate}).
 * The server keeps no state a request can change, but the result of each scenario as written
 * (what a what-if compares with) and the running simulations.
 *
 * <p>Every request may carry {@code lang} ("es" or "en"; the server puts in the browser's language
 * when it does not): the texts of the answer (sentences, the report's HTML, errors) are in it; the
 * JSON keys never change with it.
 */
@Singleton
public class Api {
    /** The most matches left for which the page shows clinched / eliminated (the solver takes seconds beyond). */
    static final int STATUS_MATCHES_LEFT = 16;

    /** As {@code needs}' defaults: {@code --limit} (3^10 outcomes) and {@code --solver-budget} (ms). */
    static final long NEEDS_LIMIT = 59_049;
    static final long NEEDS_BUDGET_MILLIS = 2_000;

    /** The most runs one simulation may take from the page. */
    static final int MAX_RUNS = 100_000;
    /** Finished simulations kept for the page to read. */
    private static final int KEPT_JOBS = 16;

    @Inject
    ScenarioReader reader;

    @Inject
    RulesLoader loader;

    @Inject
    Adjudicator adjudicator;

    @Inject
    RunJson runJson;

    @Inject
    HtmlReport html;

    @Inject
    Clinch clinch;

    @Inject
    ExplainReport explainReport;

    @Inject
    Simulator simulator;

    @Inject
    NeedsPath needsPath;

    private final Map<String, Base> bases = new ConcurrentHashMap<>();
    private final Map<String, Written> written = new ConcurrentHashMap<>();
    private SettledMemo settledMemo;
    private final Map<Integer, Job> jobs = new ConcurrentHashMap<>();
    private final AtomicInteger nextJob = new AtomicInteger(1);

    /** A scenario as written, adjudicated by its own set: the baseline of every what-if on it. */
    private record Base(String text, RuleSet rules, Outcome outcome) {
    }

    /**
     * A scenario file as last read, and what is made of its text alone: made again only when the
     * file's text changes (each request reads the file), not on every request.
     */
    private static final class Written {
        final String text;
        final Tournament original;
        private ObjectNode tree;
        private Map<String, Integer> numbers;

        Written(String text, Tournament original) {
            this.text = text;
            this.original = original;
        }

        /** The text as the edits edit it: a copy of its tree, for the request to change. */
        synchronized ObjectNode tree(String shown) {
            if (tree == null) tree = Edits.tree(shown, text);
            return tree.deepCopy();
        }

        /** The number of each match of the file (see {@link Edits#numbers}). */
        synchronized Map<String, Integer> numbers() {
            if (numbers == null) numbers = Collections.unmodifiableMap(Edits.numbers(text));
            return numbers;
        }
    }

    /** One request's scenario: as written, as edited, and the set that adjudicates it. */
    record Context(String name, Path file, String text, Tournament original, Tournament edited, RuleSet rules,
                   RuleSet ownRules, String yaml, boolean changed, Written written, JsonNode inputs, Messages messages) {
    }

    /** A request's {@code lang}: "es" or "en" (a region allowed: "es-PE"); any other is refused. */
    static Messages language(String lang) {
        String l = lang.strip().toLowerCase(java.util.Locale.ROOT);
        if (!l.matches("(es|en)([-_][a-z0-9]+)*")) throw new ApiError(400, "api.error.lang", lang);
        return Messages.of(l);
    }

    /** The language of a request's body: its {@code lang}, English without one. */
    public static Messages messages(JsonNode body) {
        JsonNode lang = body == null ? null : body.get("lang");
        if (lang == null || lang.isNull()) return Messages.ENGLISH;
        if (!lang.isTextual()) throw new ApiError(400, "api.error.lang", lang.toString());
        return language(lang.asText());
    }

    /** GET /api/scenarios: the scenarios served, each with its name (said in {@code m} where the tool words it), and the sets. */
    public Map<String, Object> scenarios(Workspace workspace, Messages m) {
        List<Object> list = new ArrayList<>();
        for (String name : workspace.scenarioNames()) {
            Map<String, Object> s = new LinkedHashMap<>();
            s.put("id", name);
            String title = name;
            try {
                JsonNode tree = new com.fasterxml.jackson.dataformat.yaml.YAMLMapper().readTree(read(name, workspace.scenario(name)));
                if (tree != null && tree.path("name").isTextual()) title = tree.get("name").asText();
                // A list of teams with no match (teams.yaml, what `pair` starts from) is said to be one.
                if (tree != null && tree.path("matches").isEmpty()) title = m.text("workspace.scenario.teamList", title);
            } catch (IOException | RuntimeException e) {
                // listed by its file name; opening it gives the error
            }
            s.put("name", title);
            list.add(s);
        }
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenarios", list);
        json.put("sets", workspace.setNames());
        return json;
    }

    /** GET /api/sets: the regulation sets the page may switch to. */
    public Map<String, Object> sets(Workspace workspace) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("sets", workspace.setNames());
        return json;
    }

    /** POST /api/adjudicate: {@code run --format json} of a scenario, and its report's body for the page. */
    public Map<String, Object> adjudicate(Workspace workspace, JsonNode body) {
        return whatIf(workspace, body);
    }

    /**
     * POST /api/whatif: the scenario with the page's edits (and set), re-adjudicated whole; what
     * changed from the scenario as written, in the words of {@code whatif}; the report's body with
     * the changes marked; the changed scenario's YAML, to download.
     */
    public Map<String, Object> whatIf(Workspace workspace, JsonNode body) {
        Context c = context(workspace, body, Set.of("scenario", "rules", "edits"));
        Messages words = c.messages();
        Adjudication after = settled().adjudicate(c.edited(), c.rules(), c.inputs());
        Outcome before = base(c).outcome();
        Outcome now = Outcome.of(after);
        Map<String, Integer> numbers = c.written().numbers();
        List<Outcome.Change> changes = before.changesTo(now, singleEdit(c, body, numbers), words);
        HtmlReport.Marks marks = marks(before, now, m -> numbers.get(Edits.key(m)));

        Map<String, Object> json = new LinkedHashMap<>();
        json.put("scenario", c.name());
        json.put("name", after.tournament().name());
        json.put("rules", after.rules().name());
        json.put("ownRules", c.ownRules().name());
        json.put("edited", c.changed());
        json.put("changes", changes.stream().map(ch -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("kind", ch.kind());
            x.put("subject", ch.subject());
            x.put("before", ch.before());
            x.put("after", ch.after());
            x.put("detail", ch.detail());
            x.put("sentence", ch.sentence());
            return x;
        }).toList());
        json.put("champion", now.champion());
        json.put("teams", after.tournament().teamNames());
        // Every table and every knockout tie, each with its teams: what the page's Explain offers.
        json.put("tables", after.rankings().stream().map(t -> {
            Map<String, Object> x = new LinkedHashMap<>();
            x.put("name", t.name());
            // What the page shows for it, in the page's language ("Llave R6", "Tabla única"); the name is what requests carry.
            x.put("label", t.table().isLeague() ? WorkflowWords.table(words, after, t.name()) : WorkflowWords.tie(words, t.name()));
            x.put("kind", t.table().isLeague() ? "table" : "tie");
            x.put("teams", t.placements().stream().map(Placement::getTeam).toList());
            return x;
        }).toList());
        json.put("stages", StageView.of(after).stream().map(StageView::id).toList());
        // Clinched / eliminated / open for each table with few matches left, as `run` works it out unasked.
        List<TableStatus> statuses = Clinch.openTables(after).stream()
                .filter(t -> Clinch.remaining(after.tournament(), t).size() <= STATUS_MATCHES_LEFT)
                .map(t -> clinch.analyse(after, t, 2_000)).toList();
        json.put("html", html.body(after, marks, words) + StatusReport.html(after, statuses, words));
        // The document itself, not its text read back: the answer's JSON is written once.
        json.put("run", runJson.document(after, Map.of()));
        json.put("yaml", c.changed() || after.rules() != c.ownRules() ? withExpectations(c.yaml(), after, words) : c.yaml());
        return json;
    }

    /**
     * The cause of every move when the page made one edit and kept the scenario's set: that edit (as
     * {@code whatif} names it); null otherwise (the sentences then name the criterion, as before).
     */
    private static Causes singleEdit(Context c, JsonNode body, Map<String, Integer> numbers) {
        if (c.rules() != c.ownRules()) return null;
        List<String> words = Edits.of(body.get("edits")).words(c.messages(), c.rules(), index -> c.edited().matches().stream()
                .filter(m -> Integer.valueOf(index).equals(numbers.get(Edits.key(m)))).findFirst().orElse(null));
        return words.size() == 1 ? new Causes(List.of(new Causes.Change(words.get(0), null))) : null;
    }

    /**
     * The scenario to download with its {@code expect:} brought to the outcome of its edits (see
     * {@link ExpectationsUpdate}), with a comment that says what changed; when nothing of it is
     * left, the block turned into comments under a line that says why. A {@code status:} is kept
     * as written (its proof is not made again here).
     */
    private static String withExpectations(String yaml, Adjudication after, Messages m) {
        ScenarioText text = ScenarioText.of(yaml);
        if (ScenarioText.value(text.root(), "expect") == null) return yaml;
        ExpectationsUpdate update = ExpectationsUpdate.of(text, after, m);
        if (update.changed().isEmpty() && update.removed().isEmpty()) return yaml;
        List<String> lines = new ArrayList<>();
        if (update.nothingLeft()) {
            lines.add(m.text("api.yaml.expectRemoved"));
            for (String r : update.removed()) lines.add("  " + r);
            lines.add(m.text("api.yaml.asWritten"));
            ScenarioText removing = ScenarioText.of(yaml);
            removing.commentOut("expect", lines);
            return removing.result();
        }
        lines.add(m.text("api.yaml.expectBrought"));
        for (String c : update.changed()) lines.add("  " + c);
        for (String r : update.removed()) lines.add("  " + r);
        text.commentAbove("expect", lines);
        return text.result();
    }

    /** POST /api/report: the whole HTML report of the scenario as edited, as {@code run --format html} writes it. */
    public String report(Workspace workspace, JsonNode body) {
        Context c = context(workspace, body, Set.of("scenario", "rules", "edits"));
        Adjudication a = adjudicator.adjudicate(c.edited(), c.rules(), false);
        StringWriter buffer = new StringWriter();
        html.document(a, "", c.messages(), new PrintWriter(buffer));
        return buffer.toString();
    }

    /**
     * POST /api/explain: {@code explain} between two teams of a table, or of the knockout tie they
     * played ("why did ADT go through?"), line by line, as the command says it.
     */
    public Map<String, Object> explain(Workspace workspace, JsonNode body) {
        Context c = context(workspace, body, Set.of("scenario", "rules", "edits", "table", "teamA", "teamB", "lang"));
        Messages m = c.messages();
        String a = text(body, "teamA", true);
        String b = text(body, "teamB", true);
        for (String team : List.of(a, b)) {
            if (!c.edited().hasTeam(team)) throw noTeam(m, team, c);
        }
        if (a.equals(b)) throw new ApiError(400, "api.error.sameTeam");
        Adjudication adjudication = adjudicator.adjudicate(c.edited(), c.rules(), false);
        String tableName = text(body, "table", false);
        Ranking table;
        if (tableName == null || tableName.isBlank()) {
            // As the command: a league table that holds both, else the one tie they played.
            List<Ranking> ties = adjudication.rankings().stream().filter(r -> !r.table().isLeague() && r.hasTeam(a) && r.hasTeam(b)).toList();
            table = adjudication.leagueTables().stream().filter(r -> r.hasTeam(a) && r.hasTeam(b)).findFirst()
                    .orElseGet(() -> ties.size() == 1 ? ties.get(0) : null);
            if (table == null) throw new ApiError(400, "api.error.noTableOrTieTogether", a, b);
        } else {
            table = adjudication.ranking(tableName);
            if (table == null) {
                throw new ApiError(400, "api.error.noTable", tableName,
                        adjudication.rankings().stream().map(Ranking::name).collect(Collectors.joining(", ")));
            }
            for (String team : List.of(a, b)) {
                if (table.hasTeam(team)) continue;
                if (table.table().isLeague()) throw new ApiError(400, "api.error.notInTable", team, table.name());
                throw new ApiError(400, "api.error.notInTie", team, table.name(), table.table().getTeams().get(0), table.table().getTeams().get(1));
            }
        }
        StringWriter buffer = new StringWriter();
        explainReport.explain(adjudication.rules(), table, a, b, m, new PrintWriter(buffer));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("table", table.name());
        json.put("kind", table.table().isLeague() ? "table" : "tie");
        json.put("lines", buffer.toString().lines().toList());
        return json;
    }

    /**
     * POST /api/needs: what a team needs, by the path {@code needs} takes (see {@link NeedsPath}): a
     * second leg margin by margin, the outcomes enumerated, or past the command's default limit the
     * constraint solver with its default budget; {@code method} names which.
     */
    public Map<String, Object> needs(Workspace workspace, JsonNode body) {
        Context c = context(workspace, body, Set.of("scenario", "rules", "edits", "team", "target", "lang"));
        String team = text(body, "team", true);
        if (!c.edited().hasTeam(team)) throw noTeam(c.messages(), team, c);
        String target = text(body, "target", false);
        NeedsPath.Answer answer = needsPath.answer(c.edited(), c.rules().folder().toString(), team,
                target == null || target.isBlank() ? null : target, NEEDS_LIMIT, NEEDS_BUDGET_MILLIS, c.messages());
        Messages m = c.messages();
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("team", team);
        json.put("method", answer.method().id());
        json.put("methodText", m.text("features.needs.method." + answer.method().id(), String.valueOf(answer.outcomes())));
        Needs.Analysis a = answer.analysis();
        if (a != null) {
            json.put("table", a.table());
            // The first place asked (the target, when one is given), as before; every place in "answers".
            json.put("target", a.first().target());
            json.put("remaining", a.remaining().stream().map(Match::label).toList());
            json.put("outcomes", a.outcomes());
            json.put("clinched", a.first().clinched());
            json.put("impossible", a.first().impossible());
            json.put("reached", a.first().reached());
            json.put("depends", a.first().depends());
            json.put("dependsNotes", a.first().dependsNotes());
            json.put("answers", a.answers().stream().map(one -> {
                Map<String, Object> x = new LinkedHashMap<>();
                x.put("target", one.target());
                x.put("clinched", one.clinched());
                x.put("impossible", one.impossible());
                x.put("reached", one.reached());
                x.put("depends", one.depends());
                x.put("dependsNotes", one.dependsNotes());
                return x;
            }).toList());
            json.put("bugs", a.bugs());
        }
        json.put("lines", answer.lines());
        return json;
    }

    /** One simulation started from the page: its progress, then its table or its error. */
    private static final class Job {
        final int id;
        final int runs;
        final AtomicInteger done = new AtomicInteger();
        volatile Map<String, Object> result;
        volatile String error;

        Job(int id, int runs) {
            this.id = id;
            this.runs = runs;
        }
    }

    /** POST /api/simulate: starts {@code simulate} on the scenario as edited; the page reads its progress. */
    public Map<String, Object> simulate(Workspace workspace, JsonNode body, java.util.concurrent.Executor engine) {
        Context c = context(workspace, body, Set.of("scenario", "rules", "edits", "runs", "seed"));
        JsonNode runsNode = body.path("runs");
        int runs = runsNode.isMissingNode() ? 1000 : runsNode.isIntegralNumber() ? runsNode.asInt() : -1;
        if (runs < 1 || runs > MAX_RUNS || (runsNode.isIntegralNumber() && runsNode.asLong() != runs)) {
            throw new ApiError(400, "api.error.runs", String.valueOf(MAX_RUNS));
        }
        JsonNode seedNode = body.path("seed");
        if (!seedNode.isMissingNode() && !seedNode.isIntegralNumber()) throw new ApiError(400, "api.error.seed");
        long seed = seedNode.isMissingNode() ? 1 : seedNode.asLong();
        synchronized (jobs) {
            if (jobs.values().stream().anyMatch(j -> j.result == null && j.error == null)) {
                throw new ApiError(429, "api.error.simulationRunning");
            }
            while (jobs.size() >= KEPT_JOBS) jobs.remove(jobs.keySet().stream().min(Integer::compare).orElseThrow());
        }
        Job job = new Job(nextJob.getAndIncrement(), runs);
        jobs.put(job.id, job);
        engine.execute(() -> {
            try {
                Simulator.Result result = simulator.simulate(c.edited(), c.rules(), runs, seed, 1, job.done::set);
                job.result = simulation(c, result, runs, seed);
            } catch (UserError e) {
                job.error = e.oneLine(c.messages());
            } catch (RuntimeException | StackOverflowError e) {
                job.error = c.messages().text("api.error.internal", String.valueOf(e));
            }
        });
        return progress(job);
    }

    /** GET /api/simulate?job=N: how far a simulation is, and its table when done. */
    public Map<String, Object> simulation(String jobId) {
        Job job;
        try {
            job = jobs.get(Integer.parseInt(Objects.toString(jobId, "")));
        } catch (NumberFormatException e) {
            job = null;
        }
        if (job == null) throw new ApiError(404, "api.error.noSimulation", String.valueOf(jobId));
        return progress(job);
    }

    private static Map<String, Object> progress(Job job) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("job", job.id);
        json.put("runs", job.runs);
        json.put("done", job.done.get());
        json.put("finished", job.result != null || job.error != null);
        if (job.error != null) json.put("error", job.error);
        if (job.result != null) json.put("result", job.result);
        return json;
    }

    /** The probability table, with the columns {@code simulate} prints, in its order. */
    private Map<String, Object> simulation(Context c, Simulator.Result result, int runs, long seed) {
        // The columns and the order of the teams of `simulate`: the same table on the page as on the command line.
        List<String> outcomes = SimulationColumns.shown(result.outcomes());
        List<String> teams = SimulationColumns.teams(c.edited().teamNames(), outcomes,
                (t, o) -> result.counts().getOrDefault(t, Map.of()).getOrDefault(o, 0));
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("runs", runs);
        json.put("seed", seed);
        json.put("rules", c.rules().name());
        // The zones' words come from the set: the scenario as it stands names them.
        Adjudication now = c.messages().spanish() ? adjudicator.adjudicate(c.edited(), c.rules(), false) : null;
        json.put("columns", outcomes.stream().map(o -> Map.of("outcome", o, "heading", SimulationColumns.heading(o, c.messages(), now))).toList());
        json.put("rows", teams.stream().map(t -> {
            Map<String, Object> row = new LinkedHashMap<>();
            row.put("team", t);
            row.put("probabilities", outcomes.stream().map(o -> result.probability(t, o)).toList());
            return row;
        }).toList());
        return json;
    }

    /** GET /api/rule?set=S&rule=R: a rule's DRL text, from a set the server serves, found by the rule's name. */
    public Map<String, Object> rule(Workspace workspace, String setName, String rule) {
        if (setName == null || rule == null) throw new ApiError(400, "api.error.ruleQuery");
        RuleSet rules = loader.load(workspace.set(setName));
        RuleSet.RuleSource source = rules.sources().get(rule);
        if (source == null) throw new ApiError(404, "api.error.noRule", rule, setName);
        Path file = Path.of(source.path());
        List<String> lines;
        try {
            lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UserError(source.file(), null, "cannot read the rule's file: " + e.getMessage());
        }
        // The rule's text: the comment above it, and its lines down to its "end".
        int start = Math.max(0, source.line() - 1);
        int top = start;
        while (top > 0 && isComment(lines.get(top - 1))) top--;
        int end = start;
        while (end < lines.size() && !lines.get(end).strip().equals("end")) end++;
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("set", rules.name());
        json.put("rule", rule);
        json.put("file", source.file());
        json.put("line", source.line());
        json.put("text", String.join("\n", lines.subList(top, Math.min(lines.size(), end + 1))));
        return json;
    }

    private static boolean isComment(String line) {
        String s = line.strip();
        return s.startsWith("//") || s.startsWith("/*") || s.startsWith("*") || s.endsWith("*/");
    }

    /** The scenario named, its text, the edits applied and checked, and the set to apply. */
    Context context(Workspace workspace, JsonNode body, Set<String> allowed) {
        if (body == null || !body.isObject()) throw new ApiError(400, "api.error.notObject");
        // Every request may say its language.
        Messages m = messages(body);
        body.fieldNames().forEachRemaining(f -> {
            if (!allowed.contains(f) && !f.equals("lang")) {
                throw new ApiError(400, "api.error.unknownField", f, String.join(", ", allowed.stream().sorted().toList()));
            }
        });
        String name = text(body, "scenario", true);
        Path file = workspace.scenario(name);
        String setName = text(body, "rules", false);
        Path setFolder = setName == null || setName.isBlank() ? null : workspace.set(setName);
        Edits edits = Edits.of(body.get("edits"));
        String text = read(name, file);
        Written w = written(name, file, text);
        Tournament original = w.original;
        RuleSet own = loader.load(loader.locate(original.rulesName(), file));
        RuleSet rules = setFolder == null ? own : loader.load(setFolder);
        String header = "# " + m.text(edits.isEmpty() ? "api.yaml.header" : "api.yaml.header.edited", String.valueOf(file.getFileName()))
                + (setFolder == null ? "" : m.text("api.yaml.header.rules", setName, original.rulesName())) + "\n";
        ObjectNode tree = w.tree(name);
        String yaml = edits.apply(name, tree, setFolder == null ? null : setName, header);
        // What the page downloads: a YAML file's own text with only the edits made (its comments kept).
        if (!file.toString().toLowerCase(java.util.Locale.ROOT).endsWith(".json")) {
            yaml = edits.applyText(name, text, setFolder == null ? null : setName, header);
        }
        Tournament edited = edits.isEmpty() ? original : reader.readText(file, name + " (as edited)", yaml);
        JsonNode inputs = edits.isEmpty() ? TextNode.valueOf(text) : SettledMemo.inputs(tree);
        return new Context(name, file, text, original, edited, rules, own, yaml, !edits.isEmpty(), w, inputs, m);
    }

    /**
     * A stage as the scenario's own set names it in the language of {@code m} ("Finalísima" for
     * final-group), for the words of an error; its title ("Final group") when the set cannot be read.
     */
    String stageSaid(Workspace workspace, String scenario, String stage, Messages m) {
        try {
            Path file = workspace.scenario(scenario);
            Tournament original = written(scenario, file, read(scenario, file)).original;
            return m.stage(loader.load(loader.locate(original.rulesName(), file)), stage, StageView.title(stage));
        } catch (RuntimeException e) {
            return StageView.title(stage);
        }
    }

    /** The match numbered {@code number} in the scenario's file (as the page numbers them), as edited; null: none. */
    Match editedMatch(Context c, int number) {
        Map<String, Integer> numbers = c.written().numbers();
        return c.edited().matches().stream().filter(m -> Integer.valueOf(number).equals(numbers.get(Edits.key(m)))).findFirst().orElse(null);
    }

    /** The scenario as written, read from its file unless its text is the one last read. */
    private Written written(String name, Path file, String text) {
        Written w = written.get(name);
        if (w != null && w.text.equals(text)) return w;
        Written fresh = new Written(text, reader.read(file));
        // Kept only when the file did not change while it was read: the tournament is then the text's.
        if (read(name, file).equals(text)) written.put(name, fresh);
        return fresh;
    }

    /** The decisions of the stages decided before play, kept between requests (see {@link SettledMemo}). */
    synchronized SettledMemo settled() {
        if (settledMemo == null) settledMemo = new SettledMemo(adjudicator);
        return settledMemo;
    }

    private Base base(Context c) {
        Base base = bases.get(c.name());
        if (base != null && base.text().equals(c.text()) && base.rules() == c.ownRules()) return base;
        Base fresh = new Base(c.text(), c.ownRules(), Outcome.of(adjudicator.adjudicate(c.original(), c.ownRules(), false)));
        bases.put(c.name(), fresh);
        return fresh;
    }

    private static String read(String name, Path file) {
        try {
            if (Files.size(file) > WebServer.MAX_BODY) throw new UserError(name, null, "the file is larger than this tool's limit per scenario");
            return new String(Files.readAllBytes(file), StandardCharsets.UTF_8);
        } catch (NoSuchFileException e) {
            throw new UserError(name, null, "no such scenario file (removed since the server started?)");
        } catch (IOException e) {
            throw new UserError(name, null, "cannot read the scenario: " + e.getMessage());
        }
    }

    /** What changed between two outcomes, as the marks of the report's body. */
    static HtmlReport.Marks marks(Outcome before, Outcome after, java.util.function.Function<Match, Integer> ids) {
        Set<String> positions = new java.util.HashSet<>();
        after.positions().forEach((table, byTeam) -> byTeam.forEach((team, p) -> {
            Placement was = before.positions().getOrDefault(table, Map.of()).get(team);
            if (was == null || was.getPosition() != p.getPosition() || was.isShared() != p.isShared()) {
                positions.add(HtmlReport.Marks.row(table, team));
            }
        }));
        Set<String> zones = new java.util.HashSet<>();
        after.zones().forEach((team, zone) -> { if (!zone.equals(before.zones().get(team))) zones.add(team); });
        Set<String> winners = new java.util.HashSet<>();
        after.winners().forEach((tie, winner) -> { if (!winner.equals(before.winners().get(tie))) winners.add(tie); });
        Set<String> pairings = new java.util.HashSet<>();
        after.pairings().forEach((stage, list) -> list.forEach(p -> {
            if (!before.pairings().getOrDefault(stage, List.of()).contains(p)) pairings.add(stage + "\n" + p);
        }));
        Set<String> promotions = new java.util.HashSet<>();
        // Team by team: two teams may go to one place (a play-off), and the outcome names them together.
        after.adjudication().promotions().forEach(p -> {
            if (before.adjudication().promotions().stream().noneMatch(q -> q.team().equals(p.team()) && q.to().equals(p.to()))) {
                promotions.add(p.team());
            }
        });
        return new HtmlReport.Marks(ids, positions, zones, winners, pairings, promotions);
    }

    private static String text(JsonNode body, String field, boolean required) {
        JsonNode value = body.get(field);
        if (value == null || value.isNull()) {
            if (required) throw new ApiError(400, "api.error.required", field);
            return null;
        }
        if (!value.isTextual()) throw new ApiError(400, "api.error.expectedText", field);
        return value.asText();
    }

    /** No such team in the scenario, with the nearest name when one is near. */
    private static ApiError noTeam(Messages m, String team, Context c) {
        // Suggest words it in English ("; did you mean "X"?"): its name, said again in the request's language.
        String suggestion = Suggest.didYouMean(team, c.edited().teamNames());
        String near = suggestion.isEmpty() ? "" : m.text("api.error.didYouMean",
                suggestion.substring(suggestion.indexOf('"') + 1, suggestion.lastIndexOf('"')));
        return new ApiError(400, "api.error.noTeam", team, c.name(), near);
    }
}
