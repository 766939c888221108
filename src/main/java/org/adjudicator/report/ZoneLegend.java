package org.adjudicator.report;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.adjudicator.engine.RuleSet;
import org.adjudicator.facts.Zone;

/**
 * The legend of a table's zone colours: each zone's band (the class {@code zN} its rows carry) and
 * its name in the rules' words, in the order the table meets them.
 */
public final class ZoneLegend {
    private ZoneLegend() {
    }

    /** The legend under a table; nothing for a table without zones. {@code colour}: each zone's band number. */
    public static String html(RuleSet rules, List<Zone> zones, Map<String, Integer> colour, Messages m) {
        if (zones.isEmpty()) return "";
        Map<String, Zone> first = new LinkedHashMap<>();
        zones.forEach(z -> first.putIfAbsent(z.zone(), z));
        StringBuilder html = new StringBuilder("<p class=\"zone-legend\" data-legend><span class=\"legend-title\">")
                .append(HtmlReport.esc(m.text("features.legend.title"))).append("</span>");
        first.forEach((zone, z) -> html.append(" <span class=\"legend-item z").append(colour.getOrDefault(zone, 0))
                .append("\" data-zone=\"").append(HtmlReport.esc(zone)).append("\"><span class=\"swatch\"></span>")
                .append(HtmlReport.esc(StageView.zoneName(m, rules, z))).append("</span>"));
        return html.append("</p>\n").toString();
    }
}
