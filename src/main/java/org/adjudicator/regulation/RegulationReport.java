package org.adjudicator.regulation;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import org.adjudicator.engine.RuleSet;
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
        out.println("Regulation set " + r.name() + " (" + r.folder() + "): " + r.ruleCount() + " rules");
        out.println("Builds on: " + buildsOn(r));
        if (!r.bases().isEmpty()) {
            for (RuleSet.Layer layer : r.layers()) out.println("  " + layer(layer));
        }
        out.println();
        out.println("== Stages, in order ==" + (r.stagesRule() == null ? "  (no rule declares the order of the stages)" : "  [" + r.stagesRule().cite() + "]"));
        int n = 0;
        for (Stage stage : r.stages()) {
            out.println("  " + ++n + ". " + stage.name() + ": " + count(stage.rules().size(), "rule"));
            for (RuleRef rule : stage.rules()) out.println("       " + rule.cite());
        }
        long noStage = r.rules().values().stream().filter(x -> x.stage().isEmpty()).count();
        out.println("  Rules of no stage (they rank any table a stage makes, and declare the regulation): " + noStage);
        for (Table table : r.tables()) {
            out.println();
            out.println("== Order of the criteria: " + table.kind() + " ==" + (table.rule() == null ? "" : "  [" + table.rule().cite() + "]"));
            if (!table.source().isEmpty()) out.println("  Source: " + table.source());
            for (Criterion c : table.criteria()) {
                out.println(String.format(java.util.Locale.ROOT, "  %2d. %s", c.step(), c.name()) + ": " + citation(c)
                        + (c.column().isEmpty() ? "" : "; column " + c.column())
                        + (c.whenMissing().isEmpty() ? "" : "; when its data is missing: " + c.whenMissing())
                        + (c.rule() == null ? "  (no rule of that name)" : "  [" + c.rule().place() + "]"));
                if (!c.source().isEmpty()) out.println("      source: " + c.source());
            }
        }
        if (!r.zones().isEmpty()) {
            out.println();
            out.println("== Zones ==");
            for (Zone z : r.zones()) {
                out.println("  " + z.table() + ", " + z.places() + ": " + z.name() + " (" + z.says() + ")" + cite(z.rule()));
            }
        }
        if (!r.rounds().isEmpty()) {
            out.println();
            out.println("== Knockout rounds ==");
            for (Round round : r.rounds()) {
                out.println("  " + round.stage() + ": " + round.size() + " teams, " + round.entrants());
                out.println("    pairing: " + round.pairing() + (round.rule() == null ? "" : "  [" + round.rule().cite() + "]"));
                if (!round.tieCriteria().isEmpty()) out.println("    ties decided by: " + String.join(", ", round.tieCriteria()));
            }
        }
        if (!r.settings().isEmpty()) {
            out.println();
            out.println("== Settings ==");
            for (SettingValue s : r.settings()) out.println("  " + s.name() + ": " + s.value() + cite(s.rule()));
        }
    }

    public static void markdown(Regulation r, PrintWriter out) {
        out.println("# Regulation set " + r.name());
        out.println();
        out.println("Rules folder `" + r.folder() + "`, " + count(r.ruleCount(), "rule") + ". Builds on: " + buildsOn(r) + ".");
        out.println();
        if (!r.bases().isEmpty()) {
            for (RuleSet.Layer layer : r.layers()) out.println("- " + cell(layer(layer)));
            out.println();
        }
        out.println("## Stages, in order");
        out.println();
        int n = 0;
        for (Stage stage : r.stages()) {
            out.println(++n + ". **" + cell(stage.name()) + "**: " + stage.rules().stream().map(x -> cell(x.name())).reduce((a, b) -> a + "; " + b)
                    .orElse("no rule"));
        }
        if (r.stagesRule() != null) {
            out.println();
            out.println("Declared by " + code(r.stagesRule()) + ".");
        } else {
            out.println("No rule declares the order of the stages.");
        }
        for (Table table : r.tables()) {
            out.println();
            out.println("## Order of the criteria: " + cell(table.kind()));
            out.println();
            if (!table.source().isEmpty()) {
                out.println("Source: " + cell(table.source()));
                out.println();
            }
            out.println("| Step | Criterion | Regulation | Column | Rule | Source |");
            out.println("|---:|---|---|---|---|---|");
            for (Criterion c : table.criteria()) {
                out.println("| " + c.step() + " | " + cell(c.wording()) + (c.whenMissing().isEmpty() ? "" : " (when its data is missing: "
                        + cell(c.whenMissing()) + ")") + " | " + cell(c.regulation() == null ? "not cited" : c.regulation().isEmpty() ? "unnumbered"
                        : c.regulation()) + " | " + cell(c.column()) + " | " + (c.rule() == null ? "no rule named " + cell(c.name()) : code(c.rule()))
                        + " | " + cell(c.source()) + " |");
            }
        }
        if (!r.zones().isEmpty()) {
            out.println();
            out.println("## Zones");
            out.println();
            out.println("| Table | Places | Zone | The places | Rule |");
            out.println("|---|---|---|---|---|");
            for (Zone z : r.zones()) {
                out.println("| " + cell(z.table()) + " | " + z.first() + "-" + z.last() + " | " + cell(z.name()) + " | " + cell(z.says())
                        + " | " + (z.rule() == null ? "" : code(z.rule())) + " |");
            }
        }
        if (!r.rounds().isEmpty()) {
            out.println();
            out.println("## Knockout rounds");
            out.println();
            out.println("| Round | Teams | Entrants | Pairing | Ties decided by |");
            out.println("|---|---:|---|---|---|");
            for (Round round : r.rounds()) {
                out.println("| " + cell(round.stage()) + " | " + round.size() + " | " + cell(round.entrants()) + " | "
                        + cell(round.pairing()) + (round.rule() == null ? "" : ": " + code(round.rule())) + " | "
                        + cell(String.join(", ", round.tieCriteria())) + " |");
            }
        }
        if (!r.settings().isEmpty()) {
            out.println();
            out.println("## Settings");
            out.println();
            out.println("| Setting | Value | Rule |");
            out.println("|---|---|---|");
            for (SettingValue s : r.settings()) {
                out.println("| " + cell(s.name()) + " | " + cell(s.value()) + " | " + (s.rule() == null ? "" : code(s.rule())) + " |");
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

    /** "copa-peru-2018 (rules/copa-peru-2018): adds 2 rules; replaces "A", "B"; removes "C"". */
    private static String layer(RuleSet.Layer layer) {
        StringBuilder text = new StringBuilder(layer.name() + " (" + layer.folder() + "): adds " + count(layer.adds().size(), "rule"));
        if (!layer.replaces().isEmpty()) text.append("; replaces ").append(quoted(layer.replaces()));
        if (!layer.removes().isEmpty()) text.append("; removes ").append(quoted(layer.removes()));
        return text.toString();
    }

    private static String quoted(java.util.List<String> names) {
        return names.stream().map(n -> "\"" + n + "\"").reduce((a, b) -> a + ", " + b).orElse("");
    }

    private static String buildsOn(Regulation r) {
        return r.bases().isEmpty() ? "no other set" : String.join(", then ", r.bases());
    }

    private static String citation(Criterion c) {
        String number = c.regulation() == null ? "no citation" : c.regulation().isEmpty() ? "unnumbered" : "criterion " + c.regulation();
        return "\"" + c.wording() + "\" (" + number + ")";
    }

    private static String cite(RuleRef rule) {
        return rule == null ? "" : "  [" + rule.cite() + "]";
    }

    private static String count(long n, String noun) {
        return n + " " + noun + (n == 1 ? "" : "s");
    }

    /** A rule in a Markdown cell: its name, then its file and line as code. */
    private static String code(RuleRef rule) {
        return cell(rule.name()) + " (`" + rule.place() + "`)";
    }

    /** Text in a Markdown table cell: a pipe would end the cell, a newline the row. */
    static String cell(String text) {
        return text.replace("\\", "\\\\").replace("|", "\\|").replace("\n", " ").replace("*", "\\*").replace("_", "\\_");
    }
}
