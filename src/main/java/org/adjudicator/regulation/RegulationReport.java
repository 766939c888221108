package org.adjudicator.regulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.report.Messages;
import org.adjudicator.regulation.Regulation.Criterion;
import org.adjudicator.regulation.Regulation.Round;
import org.adjudicator.regulation.Regulation.RuleRef;
import org.adjudicator.regulation.Regulation.SettingValue;
import org.adjudicator.regulation.Regulation.Stage;
import org.adjudicator.regulation.Regulation.Table;
import org.adjudicator.regulation.Regulation.Zone;

/** A regulation as text (for a terminal), Markdown (a page an official publishes) or JSON. */
public final class RegulationReport {
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private RegulationReport() {
    }

    public static void text(Regulation r, PrintWriter out) {
        text(r, Messages.ENGLISH, out);
    }

    /** The regulation in a language: the tool's words from the bundle, the regulation's from the set ({@link Regulation}). */
    public static void text(Regulation r, Messages m, PrintWriter out) {
        out.println(m.text("rules.describe.title", r.name(), r.folder(), String.valueOf(r.ruleCount()), r.ruleCount()));
        out.println(m.text("rules.buildsOn", buildsOn(r, m)));
        if (!r.bases().isEmpty()) {
            for (RuleSet.Layer layer : r.layers()) out.println("  " + layer(r, layer, m));
        }
        out.println();
        out.println(m.text("rules.stages.heading") + (r.stagesRule() == null ? "  " + m.text("rules.stages.noRule")
                : "  [" + r.stagesRule().cite(m) + "]"));
        int n = 0;
        for (Stage stage : r.stages()) {
            out.println("  " + m.text("rules.stage.line", String.valueOf(++n), r.stage(m, stage.name()), String.valueOf(stage.rules().size()),
                    stage.rules().size()));
            for (RuleRef rule : stage.rules()) out.println("       " + rule.cite(m));
        }
        long noStage = r.rules().values().stream().filter(x -> x.stage().isEmpty()).count();
        out.println("  " + m.text("rules.noStage", String.valueOf(noStage)));
        for (Table table : r.tables()) {
            out.println();
            out.println(m.text("rules.order.heading", table.kind(m)) + (table.rule() == null ? "" : "  [" + table.rule().cite(m) + "]"));
            if (!table.source().isEmpty()) out.println("  " + m.text("rules.source", table.source()));
            for (Criterion c : table.criteria()) {
                out.println(String.format(java.util.Locale.ROOT, "  %2d. %s", c.step(), c.name(m)) + ": " + citation(c, m)
                        + (c.column(m).isEmpty() ? "" : m.text("rules.criterion.column", c.column(m)))
                        + (c.whenMissing(m).isEmpty() ? "" : m.text("rules.criterion.whenMissing", c.whenMissing(m)))
                        + (c.rule() == null ? "  " + m.text("rules.criterion.noRule") : "  [" + c.rule().place() + "]"));
                if (!c.source().isEmpty()) out.println("      " + m.text("rules.criterion.source", c.source()));
            }
        }
        if (!r.zones().isEmpty()) {
            out.println();
            out.println(m.text("rules.zones.heading"));
            for (Zone z : r.zones()) {
                out.println("  " + m.text("rules.zone.line", z.table(m), z.places(m), z.name(m), z.says(m)) + cite(z.rule(), m));
            }
        }
        if (!r.rounds().isEmpty()) {
            out.println();
            out.println(m.text("rules.rounds.heading"));
            for (Round round : r.rounds()) {
                out.println("  " + m.text("rules.round.line", r.stage(m, round.stage()), String.valueOf(round.size()), round.entrants(m)));
                out.println("    " + m.text("rules.round.pairing", pairing(r, round, m)) + (round.rule() == null ? "" : "  [" + round.rule().cite(m) + "]"));
                if (!round.tieCriteria().isEmpty()) out.println("    " + m.text("rules.round.ties", tieCriteria(r, round, m)));
            }
        }
        if (!r.settings().isEmpty()) {
            out.println();
            out.println(m.text("rules.settings.heading"));
            for (SettingValue s : r.settings()) out.println("  " + m.text("rules.setting.line", s.name(), s.value()) + cite(s.rule(), m));
        }
    }

    public static void markdown(Regulation r, PrintWriter out) {
        markdown(r, Messages.ENGLISH, out);
    }

    public static void markdown(Regulation r, Messages m, PrintWriter out) {
        out.println(m.text("rules.md.title", r.name()));
        out.println();
        out.println(m.text("rules.md.folder", r.folder(), String.valueOf(r.ruleCount()), r.ruleCount(), buildsOn(r, m)));
        out.println();
        if (!r.bases().isEmpty()) {
            for (RuleSet.Layer layer : r.layers()) out.println("- " + cell(layer(r, layer, m)));
            out.println();
        }
        out.println(m.text("rules.md.stages"));
        out.println();
        int n = 0;
        for (Stage stage : r.stages()) {
            out.println(++n + ". **" + cell(r.stage(m, stage.name())) + "**: " + stage.rules().stream().map(x -> cell(x.name(m)))
                    .reduce((a, b) -> a + "; " + b).orElse(m.text("rules.md.noRule")));
        }
        if (r.stagesRule() != null) {
            out.println();
            out.println(m.text("rules.md.declaredBy", code(r.stagesRule(), m)));
        } else {
            out.println(m.text("rules.md.noOrder"));
        }
        for (Table table : r.tables()) {
            out.println();
            out.println(m.text("rules.md.order", cell(table.kind(m))));
            out.println();
            if (!table.source().isEmpty()) {
                out.println(m.text("rules.source", cell(table.source())));
                out.println();
            }
            out.println(m.text("rules.md.criteria.header"));
            out.println("|---:|---|---|---|---|---|");
            for (Criterion c : table.criteria()) {
                out.println("| " + c.step() + " | " + cell(c.wording(m)) + (c.whenMissing(m).isEmpty() ? ""
                        : " " + m.text("rules.md.whenMissing", cell(c.whenMissing(m)))) + " | "
                        + cell(c.regulation() == null ? m.text("rules.md.notCited") : c.regulation().isEmpty() ? m.text("rules.unnumbered")
                        : c.regulation()) + " | " + cell(c.column(m)) + " | " + (c.rule() == null ? m.text("rules.md.noRuleNamed", cell(c.name()))
                        : code(c.rule(), m)) + " | " + cell(c.source()) + " |");
            }
        }
        if (!r.zones().isEmpty()) {
            out.println();
            out.println(m.text("rules.md.zones"));
            out.println();
            out.println(m.text("rules.md.zones.header"));
            out.println("|---|---|---|---|---|");
            for (Zone z : r.zones()) {
                out.println("| " + cell(z.table(m)) + " | " + z.first() + "-" + z.last() + " | " + cell(z.name(m)) + " | " + cell(z.says(m))
                        + " | " + (z.rule() == null ? "" : code(z.rule(), m)) + " |");
            }
        }
        if (!r.rounds().isEmpty()) {
            out.println();
            out.println(m.text("rules.md.rounds"));
            out.println();
            out.println(m.text("rules.md.rounds.header"));
            out.println("|---|---:|---|---|---|");
            for (Round round : r.rounds()) {
                out.println("| " + cell(r.stage(m, round.stage())) + " | " + round.size() + " | " + cell(round.entrants(m)) + " | "
                        + cell(pairing(r, round, m)) + (round.rule() == null ? "" : ": " + code(round.rule(), m)) + " | "
                        + cell(tieCriteria(r, round, m)) + " |");
            }
        }
        if (!r.settings().isEmpty()) {
            out.println();
            out.println(m.text("rules.md.settings"));
            out.println();
            out.println(m.text("rules.md.settings.header"));
            out.println("|---|---|---|");
            for (SettingValue s : r.settings()) {
                out.println("| " + m.text("rules.md.setting", cell(s.name()), cell(s.value())) + " | " + (s.rule() == null ? "" : code(s.rule(), m)) + " |");
            }
        }
    }

    public static void json(Regulation r, PrintWriter out) {
        ObjectNode root = JSON.createObjectNode();
        root.put("set", r.name());
        root.put("folder", r.folder());
        ArrayNode bases = root.putArray("buildsOn");
        r.bases().forEach(bases::add);
        root.put("rules", r.ruleCount());
        ArrayNode layers = root.putArray("layers");
        for (RuleSet.Layer layer : r.layers()) {
            ObjectNode o = layers.addObject();
            o.put("set", layer.name());
            o.put("folder", layer.folder());
            ArrayNode adds = o.putArray("adds");
            layer.adds().forEach(adds::add);
            ArrayNode replaces = o.putArray("replaces");
            layer.replaces().forEach(replaces::add);
            ArrayNode removes = o.putArray("removes");
            layer.removes().forEach(removes::add);
        }
        ObjectNode stageOrder = root.putObject("stageOrder");
        ArrayNode names = stageOrder.putArray("stages");
        r.stageOrder().forEach(names::add);
        rule(stageOrder, r.stagesRule());
        ArrayNode stages = root.putArray("stages");
        for (Stage stage : r.stages()) {
            ObjectNode s = stages.addObject();
            s.put("name", stage.name());
            ArrayNode rules = s.putArray("rules");
            for (RuleRef rule : stage.rules()) rule(rules.addObject(), rule);
        }
        ArrayNode tables = root.putArray("tables");
        for (Table table : r.tables()) {
            ObjectNode t = tables.addObject();
            t.put("kind", table.kind());
            rule(t, table.rule());
            t.put("source", table.source());
            ArrayNode criteria = t.putArray("criteria");
            for (Criterion c : table.criteria()) {
                ObjectNode o = criteria.addObject();
                o.put("step", c.step());
                o.put("name", c.name());
                if (c.regulation() == null) o.putNull("regulation");
                else o.put("regulation", c.regulation());
                o.put("wording", c.wording());
                o.put("column", c.column());
                o.put("whenMissing", c.whenMissing());
                o.put("source", c.source());
                where(o, c.rule());
            }
        }
        ArrayNode zones = root.putArray("zones");
        for (Zone z : r.zones()) {
            ObjectNode o = zones.addObject();
            o.put("table", z.table());
            o.put("zone", z.name());
            o.put("first", z.first());
            o.put("last", z.last());
            o.put("says", z.says());
            rule(o, z.rule());
        }
        ArrayNode rounds = root.putArray("rounds");
        for (Round round : r.rounds()) {
            ObjectNode o = rounds.addObject();
            o.put("stage", round.stage());
            o.put("size", round.size());
            o.put("zone", round.zone());
            o.put("winnersOf", round.winnersOf());
            o.put("entrants", round.entrants());
            o.put("pairing", round.pairing());
            ArrayNode ties = o.putArray("tieCriteria");
            round.tieCriteria().forEach(ties::add);
            rule(o, round.rule());
        }
        ArrayNode settings = root.putArray("settings");
        for (SettingValue s : r.settings()) {
            ObjectNode o = settings.addObject();
            o.put("name", s.name());
            o.put("value", s.value());
            rule(o, s.rule());
        }
        write(root, out);
    }

    static void write(ObjectNode root, PrintWriter out) {
        try {
            out.println(JSON.writeValueAsString(root));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** "rule", "file", "line" of the rule (null when there is none). */
    static void rule(ObjectNode o, RuleRef rule) {
        if (rule == null) {
            o.putNull("rule");
            return;
        }
        o.put("rule", rule.name());
        where(o, rule);
    }

    static void where(ObjectNode o, RuleRef rule) {
        if (rule == null) {
            o.putNull("file");
            o.putNull("line");
        } else {
            o.put("file", rule.file());
            o.put("line", rule.line());
        }
    }

    /** "copa-peru-2018 (rules/copa-peru-2018): adds 2 rules; replaces "A", "B"; removes "C"", in a language. */
    private static String layer(Regulation r, RuleSet.Layer layer, Messages m) {
        StringBuilder text = new StringBuilder(m.text("rules.layer", layer.name(), layer.folder(), String.valueOf(layer.adds().size()),
                layer.adds().size()));
        if (!layer.replaces().isEmpty()) text.append(m.text("rules.layer.replaces", quoted(r, layer.replaces(), m)));
        if (!layer.removes().isEmpty()) text.append(m.text("rules.layer.removes", quoted(r, layer.removes(), m)));
        return text.toString();
    }

    /** Rule names, quoted, as the language names them (a removed rule is no longer in the set: its name as written). */
    private static String quoted(Regulation r, java.util.List<String> names, Messages m) {
        return names.stream().map(n -> "\"" + (r.rules().containsKey(n) ? r.rules().get(n).name(m) : n) + "\"").reduce((a, b) -> a + ", " + b)
                .orElse("");
    }

    private static String buildsOn(Regulation r, Messages m) {
        return r.bases().isEmpty() ? m.text("rules.buildsOn.none") : String.join(m.text("rules.buildsOn.then"), r.bases());
    }

    private static String citation(Criterion c, Messages m) {
        String number = c.regulation() == null ? m.text("rules.noCitation") : c.regulation().isEmpty() ? m.text("rules.unnumbered")
                : m.text("rules.criterion.number", c.regulation());
        return "\"" + c.wording(m) + "\" (" + number + ")";
    }

    /** How a round is paired: its pairing setting's value, as the rules write it, or the name of the rule that declares it. */
    private static String pairing(Regulation r, Round round, Messages m) {
        if (round.rule() != null && round.pairing().equals(round.rule().name())) return round.rule().name(m);
        return m.text("rules.round.pairing.value", round.pairing());
    }

    private static String tieCriteria(Regulation r, Round round, Messages m) {
        return String.join(", ", round.tieCriteria().stream().map(c -> r.criterionName(m, c)).toList());
    }

    private static String cite(RuleRef rule, Messages m) {
        return rule == null ? "" : "  [" + rule.cite(m) + "]";
    }

    /** A rule in a Markdown cell: its name, then its file and line as code. */
    private static String code(RuleRef rule, Messages m) {
        return cell(rule.name(m)) + " (`" + rule.place() + "`)";
    }

    /** Text in a Markdown table cell: a pipe would end the cell, a newline the row. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("*", "\\*").replace("_", "\\_");
    }
}
