package org.adjudicator.regulation;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.adjudicator.regulation.Regulation.Criterion;
import org.adjudicator.regulation.Regulation.Round;
import org.adjudicator.regulation.Regulation.RuleRef;
import org.adjudicator.regulation.Regulation.SettingValue;
import org.adjudicator.regulation.Regulation.Table;
import org.adjudicator.regulation.Regulation.Zone;

/**
 * What differs between two regulation sets, as an official says it: the sets built on, the stages,
 * criteria added, removed or moved in each order of the criteria (and criteria cited or worded
 * differently), zones, rounds and settings changed, and rules added, replaced (same name, other
 * text) or removed, with file and line on both sides. What the change does to results is
 * {@code impact}'s.
 */
public record RegulationDiff(Regulation from, Regulation to, List<Change> changes) {
    /** Sections, in the order they are shown. */
    public static final List<String> SECTIONS = List.of("builds on", "stages", "criteria", "zones", "rounds", "settings", "rules");

    /**
     * One difference: its section, what happened (added, removed, moved, changed, replaced), its
     * subject (a table's kind, a zone, a setting, a rule), the sentence an official reads, and
     * where it is written in each set (null on the side it is absent from).
     */
    public record Change(String section, String change, String subject, String sentence, RuleRef from, RuleRef to) {
    }

    public static RegulationDiff between(Regulation a, Regulation b) {
        List<Change> changes = new ArrayList<>();
        if (!a.bases().equals(b.bases())) {
            changes.add(new Change("builds on", "changed", "", "builds on " + bases(a) + " -> " + bases(b), null, null));
        }
        stages(a, b, changes);
        for (Table ta : a.tables()) {
            Table tb = table(b, ta.kind());
            if (tb == null) {
                changes.add(new Change("criteria", "removed", ta.kind(), "the order of the criteria for tables of kind \"" + ta.kind()
                        + "\" is removed (it was: " + String.join(", ", ta.names()) + ")", ta.rule(), null));
            } else {
                criteria(ta, tb, changes);
            }
        }
        for (Table tb : b.tables()) {
            if (table(a, tb.kind()) == null) {
                changes.add(new Change("criteria", "added", tb.kind(), "a new order of the criteria for tables of kind \"" + tb.kind()
                        + "\": " + String.join(", ", tb.names()), null, tb.rule()));
            }
        }
        zones(a, b, changes);
        rounds(a, b, changes);
        settings(a, b, changes);
        rules(a, b, changes);
        return new RegulationDiff(a, b, List.copyOf(changes));
    }

    private static String bases(Regulation r) {
        return r.bases().isEmpty() ? "no other set" : String.join(", then ", r.bases());
    }

    private static void stages(Regulation a, Regulation b, List<Change> changes) {
        for (String s : a.stageOrder()) {
            if (!b.stageOrder().contains(s)) changes.add(new Change("stages", "removed", s, "the stage \"" + s + "\" is removed",
                    a.stagesRule(), b.stagesRule()));
        }
        for (String s : b.stageOrder()) {
            if (!a.stageOrder().contains(s)) changes.add(new Change("stages", "added", s, "the stage \"" + s + "\" is added, "
                    + place(b.stageOrder(), s), a.stagesRule(), b.stagesRule()));
        }
        List<String> commonA = a.stageOrder().stream().filter(b.stageOrder()::contains).toList();
        List<String> commonB = b.stageOrder().stream().filter(a.stageOrder()::contains).toList();
        if (!commonA.equals(commonB)) {
            changes.add(new Change("stages", "moved", "", "the order of the stages: " + String.join(", ", a.stageOrder()) + " -> "
                    + String.join(", ", b.stageOrder()), a.stagesRule(), b.stagesRule()));
        }
    }

    /** "after \"x\"" or "first". */
    private static String place(List<String> list, String item) {
        int i = list.indexOf(item);
        return i == 0 ? "first" : "after \"" + list.get(i - 1) + "\"";
    }

    private static Table table(Regulation r, String kind) {
        return r.tables().stream().filter(t -> t.kind().equals(kind)).findFirst().orElse(null);
    }

    private static void criteria(Table ta, Table tb, List<Change> changes) {
        String table = "the order of the criteria for tables of kind \"" + ta.kind() + "\"";
        List<String> a = ta.names();
        List<String> b = tb.names();
        for (Criterion c : ta.criteria()) {
            if (!b.contains(c.name())) {
                changes.add(new Change("criteria", "removed", ta.kind(), quoted(c) + " is removed from " + table + " (it was step "
                        + c.step() + " of " + a.size() + ")", c.rule(), null));
            }
        }
        for (Criterion c : tb.criteria()) {
            if (!a.contains(c.name())) {
                changes.add(new Change("criteria", "added", tb.kind(), quoted(c) + " is added to " + table + " as step " + c.step()
                        + " of " + b.size() + ", " + (c.step() == 1 ? "first" : "after \"" + b.get(c.step() - 2) + "\""), null, c.rule()));
            }
        }
        List<String> commonA = a.stream().filter(b::contains).toList();
        List<String> commonB = b.stream().filter(a::contains).toList();
        Set<String> kept = new HashSet<>(longestCommonSubsequence(commonA, commonB));
        for (Criterion c : tb.criteria()) {
            if (!commonB.contains(c.name()) || kept.contains(c.name())) continue;
            Criterion was = criterion(ta, c.name());
            int next = commonB.indexOf(c.name()) + 1;
            changes.add(new Change("criteria", "moved", tb.kind(), quoted(c) + " is moved in " + table + " from step " + was.step()
                    + " to step " + c.step() + (next < commonB.size() ? ", before \"" + commonB.get(next) + "\"" : ", last"),
                    was.rule(), c.rule()));
        }
        for (Criterion c : tb.criteria()) {
            Criterion was = criterion(ta, c.name());
            if (was == null) continue;
            if (!Objects.equals(was.regulation(), c.regulation())) {
                changes.add(new Change("criteria", "changed", tb.kind(), "\"" + c.name() + "\" is cited " + number(was) + " -> "
                        + number(c), was.rule(), c.rule()));
            }
            if (!was.wording().equals(c.wording())) {
                changes.add(new Change("criteria", "changed", tb.kind(), "\"" + c.name() + "\" is worded \"" + was.wording() + "\" -> \""
                        + c.wording() + "\"", was.rule(), c.rule()));
            }
        }
    }

    private static Criterion criterion(Table t, String name) {
        return t.criteria().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static String quoted(Criterion c) {
        return "\"" + c.name() + "\"" + (c.regulation() == null || c.regulation().isEmpty() ? "" : " (criterion " + c.regulation() + ")");
    }

    private static String number(Criterion c) {
        return c.regulation() == null ? "nowhere" : c.regulation().isEmpty() ? "with no number" : "criterion " + c.regulation();
    }

    /** The longest run of items in the same order in both lists (the criteria that did not move). */
    static List<String> longestCommonSubsequence(List<String> a, List<String> b) {
        int[][] len = new int[a.size() + 1][b.size() + 1];
        for (int i = a.size() - 1; i >= 0; i--) {
            for (int j = b.size() - 1; j >= 0; j--) {
                len[i][j] = a.get(i).equals(b.get(j)) ? len[i + 1][j + 1] + 1 : Math.max(len[i + 1][j], len[i][j + 1]);
            }
        }
        List<String> common = new ArrayList<>();
        for (int i = 0, j = 0; i < a.size() && j < b.size(); ) {
            if (a.get(i).equals(b.get(j))) {
                common.add(a.get(i));
                i++;
                j++;
            } else if (len[i + 1][j] >= len[i][j + 1]) {
                i++;
            } else {
                j++;
            }
        }
        return common;
    }

    private static void zones(Regulation a, Regulation b, List<Change> changes) {
        Map<String, Zone> za = zones(a);
        Map<String, Zone> zb = zones(b);
        for (Map.Entry<String, Zone> e : za.entrySet()) {
            Zone was = e.getValue();
            Zone now = zb.get(e.getKey());
            if (now == null) {
                changes.add(new Change("zones", "removed", e.getKey(), e.getKey() + " (" + was.places() + ") is removed", was.rule(), null));
            } else if (was.first() != now.first() || was.last() != now.last() || !was.says().equals(now.says())) {
                changes.add(new Change("zones", "changed", e.getKey(), e.getKey() + ": " + was.places() + " " + was.says() + " -> "
                        + now.places() + " " + now.says(), was.rule(), now.rule()));
            }
        }
        for (Map.Entry<String, Zone> e : zb.entrySet()) {
            if (!za.containsKey(e.getKey())) {
                Zone now = e.getValue();
                changes.add(new Change("zones", "added", e.getKey(), e.getKey() + " is added: " + now.places() + " " + now.says(), null, now.rule()));
            }
        }
    }

    private static Map<String, Zone> zones(Regulation r) {
        Map<String, Zone> byName = new LinkedHashMap<>();
        for (Zone z : r.zones()) byName.putIfAbsent(z.table() + ", zone \"" + z.name() + "\"", z);
        return byName;
    }

    private static void rounds(Regulation a, Regulation b, List<Change> changes) {
        Map<String, Round> ra = rounds(a);
        Map<String, Round> rb = rounds(b);
        for (Round was : ra.values()) {
            Round now = rb.get(was.stage());
            String round = "the round \"" + was.stage() + "\"";
            if (now == null) {
                changes.add(new Change("rounds", "removed", was.stage(), round + " (" + was.size() + " teams) is removed", was.rule(), null));
                continue;
            }
            List<String> what = new ArrayList<>();
            if (was.size() != now.size()) what.add(was.size() + " teams -> " + now.size() + " teams");
            if (!was.entrants().equals(now.entrants())) what.add("entrants: " + was.entrants() + " -> " + now.entrants());
            if (!was.pairing().equals(now.pairing())) what.add("pairing: " + was.pairing() + " -> " + now.pairing());
            if (!was.tieCriteria().equals(now.tieCriteria())) {
                what.add("ties decided by: " + String.join(", ", was.tieCriteria()) + " -> " + String.join(", ", now.tieCriteria()));
            }
            if (!what.isEmpty()) changes.add(new Change("rounds", "changed", was.stage(), round + ": " + String.join("; ", what), was.rule(), now.rule()));
        }
        for (Round now : rb.values()) {
            if (!ra.containsKey(now.stage())) {
                changes.add(new Change("rounds", "added", now.stage(), "the round \"" + now.stage() + "\" is added: " + now.size() + " teams, "
                        + now.entrants(), null, now.rule()));
            }
        }
    }

    private static Map<String, Round> rounds(Regulation r) {
        Map<String, Round> byStage = new LinkedHashMap<>();
        for (Round round : r.rounds()) byStage.putIfAbsent(round.stage(), round);
        return byStage;
    }

    private static void settings(Regulation a, Regulation b, List<Change> changes) {
        Map<String, SettingValue> sa = settings(a);
        Map<String, SettingValue> sb = settings(b);
        for (SettingValue was : sa.values()) {
            SettingValue now = sb.get(was.name());
            if (now == null) {
                changes.add(new Change("settings", "removed", was.name(), "the setting \"" + was.name() + "\" (" + was.value() + ") is removed",
                        was.rule(), null));
            } else if (!was.value().equals(now.value())) {
                changes.add(new Change("settings", "changed", was.name(), "the setting \"" + was.name() + "\": " + was.value() + " -> "
                        + now.value(), was.rule(), now.rule()));
            }
        }
        for (SettingValue now : sb.values()) {
            if (!sa.containsKey(now.name())) {
                changes.add(new Change("settings", "added", now.name(), "the setting \"" + now.name() + "\" is added: " + now.value(), null, now.rule()));
            }
        }
    }

    private static Map<String, SettingValue> settings(Regulation r) {
        Map<String, SettingValue> byName = new LinkedHashMap<>();
        for (SettingValue s : r.settings()) byName.putIfAbsent(s.name(), s);
        return byName;
    }

    private static void rules(Regulation a, Regulation b, List<Change> changes) {
        Set<String> names = new TreeSet<>(a.rules().keySet());
        names.addAll(b.rules().keySet());
        List<Change> removed = new ArrayList<>();
        List<Change> replaced = new ArrayList<>();
        List<Change> added = new ArrayList<>();
        for (String name : names) {
            RuleRef was = a.rules().get(name);
            RuleRef now = b.rules().get(name);
            if (now == null) {
                removed.add(new Change("rules", "removed", name, "rule \"" + name + "\" is removed (" + was.place() + ")", was, null));
            } else if (was == null) {
                added.add(new Change("rules", "added", name, "rule \"" + name + "\" is added (" + now.place() + ")", null, now));
            } else if (!text(was).equals(text(now))) {
                replaced.add(new Change("rules", "replaced", name, "rule \"" + name + "\" is replaced (" + was.place() + " -> "
                        + now.place() + ")", was, now));
            }
        }
        changes.addAll(added);
        changes.addAll(replaced);
        changes.addAll(removed);
    }

    /** The mark of a rule that replaces a base's rule of its name: not a difference of the regulation itself. */
    private static final Pattern REPLACES = Pattern.compile("\\s*@replaces\\b(\\(\\s*\\))?");

    /**
     * A rule's text, from its first line to its {@code end}, each line without trailing blanks and
     * without {@code @replaces}: a set that replaces a base's rule by the same text changes nothing.
     */
    static String text(RuleRef rule) {
        if (rule.line() <= 0) return "";
        List<String> lines;
        try {
            lines = Files.readAllLines(Path.of(rule.path() == null ? rule.file() : rule.path()), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
        StringBuilder text = new StringBuilder();
        for (int i = rule.line() - 1; i < lines.size(); i++) {
            String line = lines.get(i).stripTrailing();
            String unmarked = REPLACES.matcher(line).replaceAll("");
            if (!unmarked.isBlank() || line.isBlank()) text.append(unmarked).append('\n');
            if (line.equals("end")) break;
        }
        return text.toString();
    }

    public void text(PrintWriter out) {
        out.println(from.folder() + " -> " + to.folder() + ": " + (changes.isEmpty() ? "no difference" : changes.size()
                + " difference" + (changes.size() == 1 ? "" : "s")));
        for (String section : SECTIONS) {
            List<Change> in = changes.stream().filter(c -> c.section().equals(section)).toList();
            if (in.isEmpty()) continue;
            out.println();
            out.println("== " + heading(section) + " ==");
            for (Change c : in) out.println("  " + c.sentence() + where(c));
        }
    }

    public void markdown(PrintWriter out) {
        out.println("# From " + from.name() + " to " + to.name());
        out.println();
        out.println("`" + from.folder() + "` -> `" + to.folder() + "`: " + (changes.isEmpty() ? "no difference." : changes.size()
                + " difference" + (changes.size() == 1 ? "" : "s") + "."));
        for (String section : SECTIONS) {
            List<Change> in = changes.stream().filter(c -> c.section().equals(section)).toList();
            if (in.isEmpty()) continue;
            out.println();
            out.println("## " + heading(section));
            out.println();
            for (Change c : in) out.println("- " + RegulationReport.cell(c.sentence()) + where(c).replace("  [", " [`").replace("]", "`]"));
        }
    }

    public void json(PrintWriter out) {
        ObjectNode root = RegulationReport.JSON.createObjectNode();
        root.put("from", from.name());
        root.put("fromFolder", from.folder());
        root.put("to", to.name());
        root.put("toFolder", to.folder());
        ArrayNode list = root.putArray("changes");
        for (Change c : changes) {
            ObjectNode o = list.addObject();
            o.put("section", c.section());
            o.put("change", c.change());
            o.put("subject", c.subject());
            o.put("sentence", c.sentence());
            side(o.putObject("fromRule"), c.from());
            side(o.putObject("toRule"), c.to());
        }
        RegulationReport.write(root, out);
    }

    private static void side(ObjectNode o, RuleRef rule) {
        RegulationReport.rule(o, rule);
    }

    private static String heading(String section) {
        return switch (section) {
            case "builds on" -> "Builds on";
            case "stages" -> "Stages";
            case "criteria" -> "Orders of the criteria";
            case "zones" -> "Zones";
            case "rounds" -> "Knockout rounds";
            case "settings" -> "Settings";
            default -> "Rules";
        };
    }

    /** Where a declaration change is written, on each side (rules say it in their sentence). */
    private static String where(Change c) {
        if (c.section().equals("rules")) return "";
        if (c.from() == null && c.to() == null) return "";
        if (c.from() == null) return "  [" + c.to().place() + "]";
        if (c.to() == null) return "  [" + c.from().place() + "]";
        return "  [" + c.from().place() + " -> " + c.to().place() + "]";
    }
}
