package org.adjudicator.sheet;

import java.util.List;

/**
 * A sheet as read from a file: its name (an XLSX tab; null for a CSV file, which has one) and its
 * rows as text, each with its number as a spreadsheet program shows it (1 for the first).
 */
public record ReadSheet(String name, List<Row> rows) {
    /** One row: its number and its cells, as text ("" for an empty cell). */
    public record Row(int number, List<String> cells) {
        public String cell(int column) {
            return column < cells.size() ? cells.get(column) : "";
        }

        public boolean isEmpty() {
            return cells.stream().allMatch(String::isBlank);
        }
    }
}
