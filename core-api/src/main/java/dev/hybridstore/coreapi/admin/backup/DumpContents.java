package dev.hybridstore.coreapi.admin.backup;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * A custom-format dump's table of contents ({@code pg_restore --list}): the database it came from, its schemas and the
 * extensions it needs. The list without the extension entries is what we restore: extensions belong to the superuser who
 * installed them, so a restore checks they exist instead of dropping or creating them.
 */
record DumpContents(String database, List<String> schemas, List<String> objectSchemas, List<String> extensions, String restoreList) {

    private static final Pattern DBNAME = Pattern.compile("^;\\s+dbname: (\\S+)\\s*$");
    private static final Pattern ENTRY = Pattern.compile("^\\d+; \\d+ \\d+ (.+)$");
    private static final Pattern EXTENSION = Pattern.compile("^EXTENSION - (\\S+)");
    private static final Pattern EXTENSION_COMMENT = Pattern.compile("^COMMENT - EXTENSION (\\S+)");
    private static final Pattern SCHEMA = Pattern.compile("^SCHEMA - (\\S+) ");
    /** An object entry: its upper-case kind ("TABLE DATA", "FK CONSTRAINT", …), then its schema, name and owner. */
    private static final Pattern OBJECT = Pattern.compile("^[A-Z]+(?: [A-Z]+)* ([a-z_][a-z0-9_$]*) \\S");

    static DumpContents parse(String toc) {
        String database = null;
        List<String> schemas = new ArrayList<>();
        Set<String> objectSchemas = new TreeSet<>();
        List<String> extensions = new ArrayList<>();
        List<String> keep = new ArrayList<>();
        for (String line : toc.lines().toList()) {
            Matcher db = DBNAME.matcher(line);
            if (db.matches()) {
                database = db.group(1);
            }
            Matcher entry = ENTRY.matcher(line);
            if (!entry.matches()) {
                keep.add(line);
                continue;
            }
            String body = entry.group(1);
            Matcher ext = EXTENSION.matcher(body);
            if (ext.find()) {
                extensions.add(ext.group(1));
                continue;
            }
            if (EXTENSION_COMMENT.matcher(body).find()) {
                continue;
            }
            Matcher schema = SCHEMA.matcher(body);
            if (schema.find()) {
                schemas.add(schema.group(1));
            }
            Matcher object = OBJECT.matcher(body);
            if (object.find()) {
                objectSchemas.add(object.group(1));
            }
            keep.add(line);
        }
        return new DumpContents(database, List.copyOf(schemas), List.copyOf(objectSchemas), List.copyOf(extensions),
                keep.stream().collect(Collectors.joining("\n", "", "\n")));
    }

    /**
     * The schema a schema-only backup holds, read from our file name {@code hybridstore_<db>_<schema>_<stamp>.dump};
     * null for a whole-database backup.
     */
    String schemaOf(String fileName) {
        String prefix = "hybridstore_" + database + "_";
        if (database == null || !fileName.startsWith(prefix)) {
            return null;
        }
        String rest = fileName.substring(prefix.length()).replaceFirst("\\.dump$", "");
        Matcher m = Pattern.compile("^(.+?)_\\d{8}_\\d{6}(_\\d+)?$").matcher(rest);
        return m.matches() && schemas.contains(m.group(1)) ? m.group(1) : null;
    }

    /**
     * The schemas a restore over an existing database drops and refills. A schema backup replaces its schema; a
     * whole-database backup replaces public and every schema we own or the dump holds. A dump with nothing in public
     * (a hand-made {@code pg_dump -n}, a renamed file) replaces only what it holds: a restore never empties a schema it
     * cannot refill.
     */
    List<String> replacedSchemas(String fileName, List<String> owned) {
        String schema = schemaOf(fileName);
        if (schema != null) {
            return List.of(schema);
        }
        Set<String> replaced = new LinkedHashSet<>();
        if (objectSchemas.contains("public")) {
            replaced.add("public");
            replaced.addAll(owned);
        }
        replaced.addAll(schemas);
        replaced.addAll(objectSchemas);
        return List.copyOf(replaced);
    }
}
