package org.adjudicator.sheet;

import java.util.List;

/**
 * One sheet of a workbook the tool writes: its name (a tab of an XLSX file), its headings (the
 * first row, frozen) and its rows. A value is a {@link Number} (written as a number, never as
 * text), a {@link String}, or null for an empty cell.
 */
public record Sheet(String name, List<String> headings, List<List<Object>> rows) {
    public Sheet {
        headings = List.copyOf(headings);
        rows = rows.stream().map(row -> java.util.Collections.unmodifiableList(new java.util.ArrayList<>(row))).toList();
    }
}
