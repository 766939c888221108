package org.adjudicator.scenario;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.nodes.MappingNode;
import org.yaml.snakeyaml.nodes.Node;
import org.yaml.snakeyaml.nodes.NodeTuple;
import org.yaml.snakeyaml.nodes.ScalarNode;
import org.yaml.snakeyaml.nodes.SequenceNode;

/**
 * A scenario file's YAML text, changed in place: each change is made at the place SnakeYAML's node
 * marks give for the value it changes (a score, a key of a match, an entry of a list), so every
 * comment, the order of the keys and the layout the official wrote stay as they were. Changes are
 * collected, then applied at once from the end of the text (each keeps the others' places valid).
 */
public final class ScenarioText {
    /** A value written as is: letters, digits, spaces and the punctuation of names and scores, not starting with a sign of YAML. */
    private static final Pattern PLAIN = Pattern.compile("[\\p{L}\\p{N}./][\\p{L}\\p{N} ()._'/-]*");

    private record Edit(int start, int end, String text, int order) {
    }

    private final String text;
    private final MappingNode root;
    private final List<Edit> edits = new ArrayList<>();
    /** The lists {@link #append} started (the text had none), and where: a second entry goes under the first. */
    private final Map<String, Integer> started = new HashMap<>();

    private ScenarioText(String text, MappingNode root) {
        this.text = text;
        this.root = root;
    }

    /** The text of a scenario whose top level is a map (as every scenario's is). */
    public static ScenarioText of(String text) {
        Node node = new Yaml(new LoaderOptions()).compose(new StringReader(text));
        if (!(node instanceof MappingNode map)) throw new IllegalArgumentException("a scenario's top level is a map");
        return new ScenarioText(text, map);
    }

    public MappingNode root() {
        return root;
    }

    /** The value of a key of a map, or null. */
    public static Node value(MappingNode map, String key) {
        NodeTuple t = tuple(map, key);
        return t == null ? null : t.getValueNode();
    }

    /** The text of a scalar value of a map, or null. */
    public static String scalar(MappingNode map, String key) {
        return value(map, key) instanceof ScalarNode s ? s.getValue() : null;
    }

    private static NodeTuple tuple(MappingNode map, String key) {
        for (NodeTuple t : map.getValue()) if (t.getKeyNode() instanceof ScalarNode k && k.getValue().equals(key)) return t;
        return null;
    }

    /** A value as YAML writes it: plain when it reads back as the same text, else double-quoted. */
    public static String yaml(String value) {
        if (PLAIN.matcher(value).matches() && !value.endsWith(" ") && !List.of("true", "false", "null", "yes", "no", "on", "off", "y", "n")
                .contains(value.toLowerCase(java.util.Locale.ROOT)) && !value.matches("[0-9.+-]+(e[0-9+-]+)?") && !value.toLowerCase(java.util.Locale.ROOT).matches("\\.(inf|nan)")) {
            return value;
        }
        StringBuilder quoted = new StringBuilder("\"");
        for (char c : value.toCharArray()) {
            switch (c) {
                case '"' -> quoted.append("\\\"");
                case '\\' -> quoted.append("\\\\");
                case '\n' -> quoted.append("\\n");
                case '\t' -> quoted.append("\\t");
                default -> quoted.append(c);
            }
        }
        return quoted.append('"').toString();
    }

    /** Sets a key of a map to a value written as YAML text: its old value replaced where it is, or the key added after the last. */
    public void put(MappingNode map, String key, String valueYaml) {
        NodeTuple t = tuple(map, key);
        if (t != null) {
            replace(t.getValueNode(), valueYaml);
            return;
        }
        List<NodeTuple> tuples = map.getValue();
        if (tuples.isEmpty()) throw new IllegalArgumentException("no key to add after");
        addAfter(map, tuples.get(tuples.size() - 1), key, valueYaml);
    }

    /**
     * Sets and removes keys of a map at once, a null value removing its key: each key is changed
     * once, and a key not there is added after the last key kept, so that no change overlaps another
     * (as a key set twice, or a key added after one that is removed, would).
     */
    public void set(MappingNode map, Map<String, String> values) {
        Set<String> gone = new HashSet<>();
        for (Map.Entry<String, String> v : values.entrySet()) {
            if (v.getValue() == null && tuple(map, v.getKey()) != null) gone.add(v.getKey());
        }
        if (!gone.isEmpty()) removeKeys(map, gone);
        NodeTuple lastKept = null;
        for (NodeTuple t : map.getValue()) {
            if (!(t.getKeyNode() instanceof ScalarNode k && gone.contains(k.getValue()))) lastKept = t;
        }
        for (Map.Entry<String, String> v : values.entrySet()) {
            if (v.getValue() == null) continue;
            NodeTuple t = tuple(map, v.getKey());
            if (t != null) replace(t.getValueNode(), v.getValue());
            else if (lastKept == null) throw new IllegalArgumentException("no key to add after");
            else addAfter(map, lastKept, v.getKey(), v.getValue());
        }
    }

    private void addAfter(MappingNode map, NodeTuple last, String key, String valueYaml) {
        List<NodeTuple> tuples = map.getValue();
        int after = last(last.getValueNode());
        if (map.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            add(after, after, ", " + key + ": " + valueYaml);
        } else {
            String indent = " ".repeat(column(tuples.get(0).getKeyNode()));
            int lineEnd = lineEnd(after);
            add(lineEnd, lineEnd, "\n" + indent + key + ": " + valueYaml);
        }
    }

    /** Removes a key of a map (and its value), when it is there. */
    public void remove(MappingNode map, String key) {
        removeKeys(map, Set.of(key));
    }

    /** Removes keys of a map and their values: their lines in a block map, the entries and their commas in a flow map. */
    public void removeKeys(MappingNode map, Set<String> keys) {
        List<Node[]> entries = new ArrayList<>();
        List<Boolean> gone = new ArrayList<>();
        for (NodeTuple t : map.getValue()) {
            entries.add(new Node[] {t.getKeyNode(), t.getValueNode()});
            gone.add(t.getKeyNode() instanceof ScalarNode k && keys.contains(k.getValue()));
        }
        removeEntries(map.getFlowStyle() == DumperOptions.FlowStyle.FLOW, false, entries, gone);
    }

    /** Removes entries of a list: their lines in a block list, the entries and their commas in a flow list. */
    public void removeItems(SequenceNode seq, Set<Node> items) {
        List<Node[]> entries = new ArrayList<>();
        List<Boolean> gone = new ArrayList<>();
        for (Node item : seq.getValue()) {
            entries.add(new Node[] {item, item});
            gone.add(items.contains(item));
        }
        removeEntries(seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW, true, entries, gone);
    }

    /**
     * Entries as {first node, last node}; in block style each goes with its lines (from its key, or
     * from the dash of a list's entry), in flow style with the comma before it, or, leading, the one after.
     */
    private void removeEntries(boolean flow, boolean listEntries, List<Node[]> entries, List<Boolean> gone) {
        int firstKept = gone.indexOf(false);
        for (int i = 0; i < entries.size(); i++) {
            if (!gone.get(i)) continue;
            Node first = entries.get(i)[0];
            Node lastNode = entries.get(i)[1];
            if (!flow) {
                int from = listEntries ? text.lastIndexOf('-', start(first)) : start(first);
                add(lineStart(from), Math.min(text.length(), lineEnd(last(lastNode)) + 1), "");
            } else if (firstKept < 0) {
                if (i == 0) add(start(first), end(entries.get(entries.size() - 1)[1]), "");
            } else if (i < firstKept) {
                if (i == 0) add(start(first), start(entries.get(firstKept)[0]), "");
            } else {
                add(end(entries.get(i - 1)[1]), end(lastNode), "");
            }
        }
    }

    /** Replaces a value by another, written as YAML text. */
    public void replace(Node node, String valueYaml) {
        int start = start(node);
        int end = end(node);
        // A comment after the value keeps its column, as far as the new value leaves room for it.
        int spaces = 0;
        while (end + spaces < text.length() && text.charAt(end + spaces) == ' ') spaces++;
        if (spaces > 0 && end + spaces < text.length() && text.charAt(end + spaces) == '#') {
            add(start, end + spaces, valueYaml + " ".repeat(Math.max(1, spaces - (valueYaml.length() - (end - start)))));
            return;
        }
        add(start, end, valueYaml);
    }

    /**
     * Adds an entry (a flow map, e.g. {@code {team: Binacional, points: -3}}) to a list of the top
     * level: after its last entry, in its style, or as a new key before {@code before} (the key of
     * the top level it is written ahead of, when there is one), else at the end.
     */
    public void append(String key, String entry, String before) {
        Node list = value(root, key);
        if (list instanceof SequenceNode seq && seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            int close = text.lastIndexOf(']', end(seq) - 1);
            add(close, close, seq.getValue().isEmpty() ? entry : ", " + entry);
        } else if (list instanceof SequenceNode seq && !seq.getValue().isEmpty()) {
            Node first = seq.getValue().get(0);
            int dash = text.lastIndexOf('-', start(first));
            String indent = " ".repeat(dash - lineStart(dash));
            int lineEnd = lineEnd(last(seq.getValue().get(seq.getValue().size() - 1)));
            add(lineEnd, lineEnd, "\n" + indent + "- " + entry);
        } else if (list != null) {
            // "sanctions:" with nothing after it: the list starts there.
            NodeTuple t = tuple(root, key);
            int at = end(t.getKeyNode());
            int colon = text.indexOf(':', at);
            add(colon + 1, lineEnd(last(list)), "\n  - " + entry);
        } else if (started.containsKey(key)) {
            // A second entry of a list this text did not have: under the first, not a second "key:".
            int at = started.get(key);
            add(at, at, "  - " + entry + "\n");
        } else {
            String block = key + ":\n  - " + entry + "\n";
            NodeTuple next = before == null ? null : tuple(root, before);
            int at = next != null ? lineStart(start(next.getKeyNode())) : text.length();
            add(at, at, (next != null || text.endsWith("\n") || text.isEmpty() ? "" : "\n") + block);
            started.put(key, at);
        }
    }

    /**
     * Replaces the entries of a list of the top level that {@code drop} accepts by new entries
     * (flow maps, in order), written where the first dropped one was, else after the last entry;
     * the entries kept stay as written. A list written in flow style ({@code matches: []}) is written
     * again as a block list of the kept entries' own texts and the new ones.
     */
    public void replaceEntries(String key, Predicate<Node> drop, List<String> entries, String before) {
        Node list = value(root, key);
        if (!(list instanceof SequenceNode seq)) {
            if (list != null) throw new IllegalArgumentException(key + " is not a list");
            if (entries.isEmpty()) return;
            StringBuilder block = new StringBuilder(key).append(":\n");
            for (String e : entries) block.append("  - ").append(e).append('\n');
            NodeTuple next = before == null ? null : tuple(root, before);
            int at = next != null ? lineStart(start(next.getKeyNode())) : text.length();
            add(at, at, (next == null && !text.isEmpty() && !text.endsWith("\n") ? "\n" : "") + block);
            return;
        }
        if (seq.getFlowStyle() == DumperOptions.FlowStyle.FLOW) {
            StringBuilder block = new StringBuilder();
            for (Node item : seq.getValue()) if (!drop.test(item)) block.append("\n  - ").append(text, start(item), end(item));
            for (String e : entries) block.append("\n  - ").append(e);
            int colon = text.indexOf(':', end(tuple(root, key).getKeyNode()));
            add(colon + 1, end(seq), block.length() == 0 ? " []" : block.toString());
            return;
        }
        Integer at = null;
        String indent = "  ";
        for (Node item : seq.getValue()) {
            int dash = text.lastIndexOf('-', start(item));
            indent = " ".repeat(dash - lineStart(dash));
            if (!drop.test(item)) continue;
            int from = lineStart(dash);
            if (at == null) at = from;
            add(from, Math.min(text.length(), lineEnd(last(item)) + 1), "");
        }
        StringBuilder block = new StringBuilder();
        if (at == null) {
            at = lineEnd(last(seq.getValue().get(seq.getValue().size() - 1)));
            for (String e : entries) block.append('\n').append(indent).append("- ").append(e);
        } else {
            for (String e : entries) block.append(indent).append("- ").append(e).append('\n');
        }
        add(at, at, block.toString());
    }

    /**
     * Replaces a key of the top level and its value by comments: the reason, then the lines as they
     * were, each behind "# " (the official's text kept, where it no longer holds).
     */
    public void commentOut(String key, List<String> reason) {
        NodeTuple t = tuple(root, key);
        if (t == null) return;
        int from = lineStart(start(t.getKeyNode()));
        int to = lineEnd(last(t.getValueNode()));
        StringBuilder out = new StringBuilder();
        for (String line : reason) out.append("# ").append(line).append('\n');
        String[] lines = text.substring(from, to).split("\n", -1);
        for (int i = 0; i < lines.length; i++) {
            out.append(lines[i].isEmpty() ? "#" : "# " + lines[i]);
            if (i < lines.length - 1) out.append('\n');
        }
        add(from, to, out.toString());
    }

    /** Comment lines written just above a key of the top level. */
    public void commentAbove(String key, List<String> lines) {
        NodeTuple t = tuple(root, key);
        if (t == null) return;
        int at = lineStart(start(t.getKeyNode()));
        StringBuilder out = new StringBuilder();
        for (String line : lines) out.append("# ").append(line).append('\n');
        add(at, at, out.toString());
    }

    /** Comment lines on top of the file. */
    public void commentOnTop(List<String> lines) {
        StringBuilder out = new StringBuilder();
        for (String line : lines) out.append("# ").append(line).append('\n');
        add(0, 0, out.toString());
    }

    /** The text with every change made. */
    public String result() {
        List<Edit> sorted = new ArrayList<>(edits);
        // From the end; at one place, what a change removes first, then what is inserted there, in the order asked.
        sorted.sort(Comparator.comparingInt(Edit::start).reversed()
                .thenComparing(e -> e.end() == e.start())
                .thenComparing(Comparator.comparingInt(Edit::order).reversed()));
        StringBuilder out = new StringBuilder(text);
        int floor = Integer.MAX_VALUE;
        for (Edit e : sorted) {
            if (e.end() > floor) throw new IllegalStateException("two changes of one place of the scenario's text");
            out.replace(e.start(), e.end(), e.text());
            floor = e.start();
        }
        return out.toString();
    }

    private void add(int start, int end, String replacement) {
        edits.add(new Edit(start, end, replacement, edits.size()));
    }

    /** A node's start and end as indexes of the text (SnakeYAML counts code points). */
    private int start(Node node) {
        return charIndex(node.getStartMark().getIndex());
    }

    private int end(Node node) {
        return charIndex(node.getEndMark().getIndex());
    }

    /**
     * Where a value's own text ends: a block map or list ends where the next key begins (after the
     * comments between), so its end is taken from its last value, down to a scalar or a flow collection.
     */
    private int last(Node node) {
        if (node instanceof MappingNode m && m.getFlowStyle() != DumperOptions.FlowStyle.FLOW && !m.getValue().isEmpty()) {
            return last(m.getValue().get(m.getValue().size() - 1).getValueNode());
        }
        if (node instanceof SequenceNode q && q.getFlowStyle() != DumperOptions.FlowStyle.FLOW && !q.getValue().isEmpty()) {
            return last(q.getValue().get(q.getValue().size() - 1));
        }
        return end(node);
    }

    private int charIndex(int codePoints) {
        return text.offsetByCodePoints(0, codePoints);
    }

    private int column(Node node) {
        int at = start(node);
        return at - lineStart(at);
    }

    private int lineStart(int index) {
        return text.lastIndexOf('\n', index - 1) + 1;
    }

    /** The end of the line an index is on (before its line break), a comment at its end included. */
    private int lineEnd(int index) {
        int end = text.indexOf('\n', index);
        return end < 0 ? text.length() : end;
    }
}
