package org.adjudicator.sheet;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/**
 * The text of a scenario made from a sheet, as an official would write it by hand: a header
 * comment, the top-level fields in block style, and each team and match on one line in flow style
 * ({@code - {stage: first-round, round: 1, home: ..., away: ..., score: 2-0}}), each match followed
 * by a comment naming the sheet and row it came from. SnakeYAML (which Jackson's YAML format is
 * built on) writes the YAML and quotes what needs quoting.
 */
public final class ScenarioText {
    private ScenarioText() {
    }

    /**
     * @param header   comment lines, written above the scenario
     * @param scenario the scenario's fields in order; its {@code matches} a list of maps
     * @param origins  where each match came from ("resultados.xlsx:Fecha 3:row 14"), in the order of the matches
     */
    public static String of(List<String> header, Map<String, Object> scenario, List<String> origins) {
        DumperOptions options = new DumperOptions();
        options.setDefaultFlowStyle(DumperOptions.FlowStyle.AUTO);   // a map of plain values on one line
        options.setWidth(Integer.MAX_VALUE);
        options.setSplitLines(false);
        options.setAllowUnicode(true);
        options.setIndent(2);
        options.setIndicatorIndent(2);
        options.setIndentWithIndicator(true);
        options.setLineBreak(DumperOptions.LineBreak.UNIX);
        String yaml = new Yaml(options).dump(new LinkedHashMap<>(scenario));
        StringBuilder text = new StringBuilder();
        for (String line : header) text.append(line.isEmpty() ? "#" : "# " + line).append('\n');
        List<String> lines = new ArrayList<>(yaml.lines().toList());
        int start = lines.indexOf("matches:");
        boolean oneLineEach = start >= 0 && start + origins.size() < lines.size() + 1
                && lines.subList(start + 1, Math.min(lines.size(), start + 1 + origins.size())).stream().allMatch(l -> l.startsWith("  - {"));
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            int match = i - start - 1;
            if (oneLineEach && match >= 0 && match < origins.size()) line += "   # " + origins.get(match);
            text.append(line).append('\n');
        }
        return text.toString();
    }
}
