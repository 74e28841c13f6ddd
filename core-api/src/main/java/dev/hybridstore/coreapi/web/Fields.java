package dev.hybridstore.coreapi.web;

import dev.hybridstore.platform.problem.ProblemException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A list's {@code ?fields=a,b} (seed 004 §10.1, column projection): the statement reads only these columns and each
 * item has only them, plus the row's key, which always comes along (a keyset list's next cursor is read from it).
 *
 * @param names the key first, then the asked-for columns in their order, each once
 */
public record Fields(List<String> names) {

    /** Null when {@code raw} is absent or blank: the whole row. A name that is not one of {@code columns} is a 400. */
    public static Fields parse(String raw, String key, String columns) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        List<String> known = List.of(columns.split(", "));
        Set<String> names = new LinkedHashSet<>(List.of(key));
        List<String> unknown = new ArrayList<>();
        for (String name : raw.split(",")) {
            String trimmed = name.strip();
            if (trimmed.isEmpty()) {
                continue; // "a,,b" and "a," ask for a and b, and a
            }
            if (known.contains(trimmed)) {
                names.add(trimmed);
            } else {
                unknown.add("'" + trimmed + "'");
            }
        }
        if (!unknown.isEmpty()) {
            throw ProblemException.invalidField("fields", (unknown.size() == 1 ? "no field " : "no fields ") + String.join(", ", unknown)
                    + "; the fields are " + String.join(", ", known));
        }
        return new Fields(List.copyOf(names));
    }

    /** The select list; {@code all} (every column) when {@code fields} is null. */
    public static String select(Fields fields, String all) {
        return fields == null ? all : String.join(", ", fields.names);
    }
}
