package dev.hybridstore.cli.output;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/** A plain-text table: columns as wide as their widest cell, numbers right-aligned. */
public final class Table {

    private final List<String> headers;
    private final List<List<String>> rows = new ArrayList<>();

    public Table(String... headers) {
        this.headers = List.of(headers);
    }

    public Table row(Object... cells) {
        if (cells.length != headers.size()) {
            throw new IllegalArgumentException("a row of " + cells.length + " cells in a table of " + headers.size() + " columns");
        }
        rows.add(java.util.Arrays.stream(cells).map(String::valueOf).toList());
        return this;
    }

    public String render() {
        int[] width = new int[headers.size()];
        for (List<String> r : allRows()) {
            for (int i = 0; i < width.length; i++) {
                width[i] = Math.max(width[i], r.get(i).length());
            }
        }
        StringBuilder out = new StringBuilder();
        for (List<String> r : allRows()) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < width.length; i++) {
                String cell = r.get(i);
                String pad = " ".repeat(width[i] - cell.length());
                line.append(i == 0 ? "" : "  ").append(numeric(cell) ? pad + cell : cell + pad);
            }
            out.append(line.toString().stripTrailing()).append('\n');
        }
        return out.toString();
    }

    /** The table as a report prints it under its heading: every line indented by four spaces. */
    public String indented() {
        return render().lines().map(line -> "    " + line + "\n").collect(Collectors.joining());
    }

    private List<List<String>> allRows() {
        List<List<String>> all = new ArrayList<>(rows.size() + 1);
        all.add(headers);
        all.addAll(rows);
        return all;
    }

    private static boolean numeric(String cell) {
        return !cell.isEmpty() && cell.chars().allMatch(c -> Character.isDigit(c) || c == '.' || c == ',' || c == '-');
    }
}
