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
import org.adjudicator.report.Messages;

/**
 * What differs between two regulation sets, as an official says it: the sets built on, the stages,
 * criteria added, removed or moved in each order of the criteria (and criteria cited or worded
 * differently), zones, rounds and settings changed, and rules added, replaced (same name, other
 * text) or removed, with file and line on both sides. What the change does to results is
 * {@code impact}'s.
 */
public record RegulationDiff(Regulation from, Regulation to, List<Change> changes, Messages m) {
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
        return between(a, b, Messages.ENGLISH);
    }

    /** The differences, each sentence in a language (sections and kinds of change stay the same words: JSON reads them). */
    public static RegulationDiff between(Regulation a, Regulation b, Messages m) {
        List<Change> changes = new ArrayList<>();
        if (!a.bases().equals(b.bases())) {
            changes.add(new Change("builds on", "changed", "", m.text("rules.diff.buildsOn", bases(a, m), bases(b, m)), null, null));
        }
        stages(a, b, changes, m);
        for (Table ta : a.tables()) {
            Table tb = table(b, ta.kind());
            if (tb == null) {
                changes.add(new Change("criteria", "removed", ta.kind(), m.text("rules.diff.order.removed", ta.kind(m),
                        names(ta, m)), ta.rule(), null));
            } else {
                criteria(ta, tb, changes, m);
            }
        }
        for (Table tb : b.tables()) {
            if (table(a, tb.kind()) == null) {
                changes.add(new Change("criteria", "added", tb.kind(), m.text("rules.diff.order.added", tb.kind(m), names(tb, m)), null, tb.rule()));
            }
        }
        zones(a, b, changes, m);
        rounds(a, b, changes, m);
        settings(a, b, changes, m);
        rules(a, b, changes, m);
        return new RegulationDiff(a, b, List.copyOf(changes), m);
    }

    private static String names(Table t, Messages m) {
        return String.join(", ", t.criteria().stream().map(c -> c.name(m)).toList());
    }

    private static String bases(Regulation r, Messages m) {
        return r.bases().isEmpty() ? m.text("rules.buildsOn.none") : String.join(m.text("rules.buildsOn.then"), r.bases());
    }

    private static void stages(Regulation a, Regulation b, List<Change> changes, Messages m) {
        for (String s : a.stageOrder()) {
            if (!b.stageOrder().contains(s)) changes.add(new Change("stages", "removed", s, m.text("rules.diff.stage.removed", a.stage(m, s)),
                    a.stagesRule(), b.stagesRule()));
        }
        for (String s : b.stageOrder()) {
            if (!a.stageOrder().contains(s)) changes.add(new Change("stages", "added", s, m.text("rules.diff.stage.added", b.stage(m, s),
                    place(b, s, m)), a.stagesRule(), b.stagesRule()));
        }
        List<String> commonA = a.stageOrder().stream().filter(b.stageOrder()::contains).toList();
        List<String> commonB = b.stageOrder().stream().filter(a.stageOrder()::contains).toList();
        if (!commonA.equals(commonB)) {
            changes.add(new Change("stages", "moved", "", m.text("rules.diff.stages.moved",
                    String.join(", ", a.stageOrder().stream().map(x -> a.stage(m, x)).toList()),
                    String.join(", ", b.stageOrder().stream().map(x -> b.stage(m, x)).toList())), a.stagesRule(), b.stagesRule()));
        }
    }

    /** "after \"x\"" or "first". */
    private static String place(Regulation r, String item, Messages m) {
        List<String> list = r.stageOrder();
        int i = list.indexOf(item);
        return i == 0 ? m.text("rules.diff.stage.first") : m.text("rules.diff.after", r.stage(m, list.get(i - 1)));
    }

    private static Table table(Regulation r, String kind) {
        return r.tables().stream().filter(t -> t.kind().equals(kind)).findFirst().orElse(null);
    }

    private static void criteria(Table ta, Table tb, List<Change> changes, Messages m) {
        String table = tb.kind(m);
        List<String> a = ta.names();
        List<String> b = tb.names();
        for (Criterion c : ta.criteria()) {
            if (!b.contains(c.name())) {
                changes.add(new Change("criteria", "removed", ta.kind(), m.text("rules.diff.criterion.removed", quoted(c, m), table,
                        String.valueOf(c.step()), String.valueOf(a.size())), c.rule(), null));
            }
        }
        for (Criterion c : tb.criteria()) {
            if (!a.contains(c.name())) {
                changes.add(new Change("criteria", "added", tb.kind(), m.text("rules.diff.criterion.added", quoted(c, m), table,
                        String.valueOf(c.step()), String.valueOf(b.size()), c.step() == 1 ? m.text("rules.diff.criterion.first")
                        : m.text("rules.diff.after", tb.criteria().get(c.step() - 2).name(m))), null, c.rule()));
            }
        }
        List<String> commonA = a.stream().filter(b::contains).toList();
        List<String> commonB = b.stream().filter(a::contains).toList();
        Set<String> kept = new HashSet<>(longestCommonSubsequence(commonA, commonB));
        for (Criterion c : tb.criteria()) {
            if (!commonB.contains(c.name()) || kept.contains(c.name())) continue;
            Criterion was = criterion(ta, c.name());
            int next = commonB.indexOf(c.name()) + 1;
            changes.add(new Change("criteria", "moved", tb.kind(), m.text("rules.diff.criterion.moved", quoted(c, m), table,
                    String.valueOf(was.step()), String.valueOf(c.step()), next < commonB.size()
                    ? m.text("rules.diff.before", criterion(tb, commonB.get(next)).name(m)) : m.text("rules.diff.last")),
                    was.rule(), c.rule()));
        }
        for (Criterion c : tb.criteria()) {
            Criterion was = criterion(ta, c.name());
            if (was == null) continue;
            if (!Objects.equals(was.regulation(), c.regulation())) {
                changes.add(new Change("criteria", "changed", tb.kind(), m.text("rules.diff.criterion.cited", c.name(m), number(was, m),
                        number(c, m)), was.rule(), c.rule()));
            }
            if (!was.wording(m).equals(c.wording(m))) {
                changes.add(new Change("criteria", "changed", tb.kind(), m.text("rules.diff.criterion.worded", c.name(m), was.wording(m),
                        c.wording(m)), was.rule(), c.rule()));
            }
        }
    }

    private static Criterion criterion(Table t, String name) {
        return t.criteria().stream().filter(c -> c.name().equals(name)).findFirst().orElse(null);
    }

    private static String quoted(Criterion c, Messages m) {
        return c.regulation() == null || c.regulation().isEmpty() ? m.text("rules.diff.criterion", c.name(m))
                : m.text("rules.diff.criterion.numbered", c.name(m), c.regulation());
    }

    private static String number(Criterion c, Messages m) {
        return c.regulation() == null ? m.text("rules.diff.cited.nowhere") : c.regulation().isEmpty() ? m.text("rules.diff.cited.unnumbered")
                : m.text("rules.criterion.number", c.regulation());
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

    private static void zones(Regulation a, Regulation b, List<Change> changes, Messages m) {
        Map<String, Zone> za = zones(a);
        Map<String, Zone> zb = zones(b);
        for (Map.Entry<String, Zone> e : za.entrySet()) {
            Zone was = e.getValue();
            Zone now = zb.get(e.getKey());
            if (now == null) {
                changes.add(new Change("zones", "removed", e.getKey(), m.text("rules.diff.zone.removed", zone(was, m), was.places(m)), was.rule(), null));
            } else if (was.first() != now.first() || was.last() != now.last() || !was.says().equals(now.says())) {
                changes.add(new Change("zones", "changed", e.getKey(), m.text("rules.diff.zone.changed", zone(now, m), was.places(m), was.says(m),
                        now.places(m), now.says(m)), was.rule(), now.rule()));
            }
        }
        for (Map.Entry<String, Zone> e : zb.entrySet()) {
            if (!za.containsKey(e.getKey())) {
                Zone now = e.getValue();
                changes.add(new Change("zones", "added", e.getKey(), m.text("rules.diff.zone.added", zone(now, m), now.places(m), now.says(m)),
                        null, now.rule()));
            }
        }
    }

    /** "General table, zone "repechage"", in a language. */
    private static String zone(Zone z, Messages m) {
        return m.text("rules.diff.zone", z.table(m), z.name(m));
    }

    private static Map<String, Zone> zones(Regulation r) {
        Map<String, Zone> byName = new LinkedHashMap<>();
        for (Zone z : r.zones()) byName.putIfAbsent(z.table() + ", zone \"" + z.name() + "\"", z);
        return byName;
    }

    private static void rounds(Regulation a, Regulation b, List<Change> changes, Messages m) {
        Map<String, Round> ra = rounds(a);
        Map<String, Round> rb = rounds(b);
        for (Round was : ra.values()) {
            Round now = rb.get(was.stage());
            String round = a.stage(m, was.stage());
            if (now == null) {
                changes.add(new Change("rounds", "removed", was.stage(), m.text("rules.diff.round.removed", round, String.valueOf(was.size())),
                        was.rule(), null));
                continue;
            }
            List<String> what = new ArrayList<>();
            if (was.size() != now.size()) what.add(m.text("rules.diff.round.size", String.valueOf(was.size()), String.valueOf(now.size())));
            if (!was.entrants(m).equals(now.entrants(m))) what.add(m.text("rules.diff.round.entrants", was.entrants(m), now.entrants(m)));
            if (!was.pairing().equals(now.pairing())) what.add(m.text("rules.diff.round.pairing", pairing(a, was, m), pairing(b, now, m)));
            if (!was.tieCriteria().equals(now.tieCriteria())) {
                what.add(m.text("rules.diff.round.ties", String.join(", ", was.tieCriteria().stream().map(c -> a.criterionName(m, c)).toList()),
                        String.join(", ", now.tieCriteria().stream().map(c -> b.criterionName(m, c)).toList())));
            }
            if (!what.isEmpty()) changes.add(new Change("rounds", "changed", was.stage(), m.text("rules.diff.round.changed", round,
                    String.join("; ", what)), was.rule(), now.rule()));
        }
        for (Round now : rb.values()) {
            if (!ra.containsKey(now.stage())) {
                changes.add(new Change("rounds", "added", now.stage(), m.text("rules.diff.round.added", b.stage(m, now.stage()),
                        String.valueOf(now.size()), now.entrants(m)), null, now.rule()));
            }
        }
    }

    /** A round's pairing: its setting's value as written, or the name of the rule that declares it. */
    private static String pairing(Regulation r, Round round, Messages m) {
        RuleRef rule = r.rules().get(round.pairing());
        return rule != null ? rule.name(m) : round.pairing();
    }

    private static Map<String, Round> rounds(Regulation r) {
        Map<String, Round> byStage = new LinkedHashMap<>();
        for (Round round : r.rounds()) byStage.putIfAbsent(round.stage(), round);
        return byStage;
    }

    private static void settings(Regulation a, Regulation b, List<Change> changes, Messages m) {
        Map<String, SettingValue> sa = settings(a);
        Map<String, SettingValue> sb = settings(b);
        for (SettingValue was : sa.values()) {
            SettingValue now = sb.get(was.name());
            if (now == null) {
                changes.add(new Change("settings", "removed", was.name(), m.text("rules.diff.setting.removed", was.name(), was.value()),
                        was.rule(), null));
            } else if (!was.value().equals(now.value())) {
                changes.add(new Change("settings", "changed", was.name(), m.text("rules.diff.setting.changed", was.name(), was.value(),
                        now.value()), was.rule(), now.rule()));
            }
        }
        for (SettingValue now : sb.values()) {
            if (!sa.containsKey(now.name())) {
                changes.add(new Change("settings", "added", now.name(), m.text("rules.diff.setting.added", now.name(), now.value()), null, now.rule()));
            }
        }
    }

    private static Map<String, SettingValue> settings(Regulation r) {
        Map<String, SettingValue> byName = new LinkedHashMap<>();
        for (SettingValue s : r.settings()) byName.putIfAbsent(s.name(), s);
        return byName;
    }

    private static void rules(Regulation a, Regulation b, List<Change> changes, Messages m) {
        Set<String> names = new TreeSet<>(a.rules().keySet());
        names.addAll(b.rules().keySet());
        List<Change> removed = new ArrayList<>();
        List<Change> replaced = new ArrayList<>();
        List<Change> added = new ArrayList<>();
        for (String name : names) {
            RuleRef was = a.rules().get(name);
            RuleRef now = b.rules().get(name);
            if (now == null) {
                removed.add(new Change("rules", "removed", name, m.text("rules.diff.rule.removed", was.name(m), was.place()), was, null));
            } else if (was == null) {
                added.add(new Change("rules", "added", name, m.text("rules.diff.rule.added", now.name(m), now.place()), null, now));
            } else if (!text(was).equals(text(now))) {
                replaced.add(new Change("rules", "replaced", name, m.text("rules.diff.rule.replaced", now.name(m), was.place(), now.place()),
                        was, now));
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
        out.println(m.text("rules.diff.summary", from.folder(), to.folder(), String.valueOf(changes.size()), changes.size()));
        for (String section : SECTIONS) {
            List<Change> in = changes.stream().filter(c -> c.section().equals(section)).toList();
            if (in.isEmpty()) continue;
            out.println();
            out.println("== " + heading(section, m) + " ==");
            for (Change c : in) out.println("  " + c.sentence() + where(c));
        }
    }

    public void markdown(PrintWriter out) {
        out.println(m.text("rules.diff.md.title", from.name(), to.name()));
        out.println();
        out.println(m.text("rules.diff.md.summary", from.folder(), to.folder(), String.valueOf(changes.size()), changes.size()));
        for (String section : SECTIONS) {
            List<Change> in = changes.stream().filter(c -> c.section().equals(section)).toList();
            if (in.isEmpty()) continue;
            out.println();
            out.println("## " + heading(section, m));
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

    private static String heading(String section, Messages m) {
        return m.text(switch (section) {
            case "builds on" -> "rules.diff.section.buildsOn";
            case "stages" -> "rules.diff.section.stages";
            case "criteria" -> "rules.diff.section.criteria";
            case "zones" -> "rules.diff.section.zones";
            case "rounds" -> "rules.diff.section.rounds";
            case "settings" -> "rules.diff.section.settings";
            default -> "rules.diff.section.rules";
        });
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
