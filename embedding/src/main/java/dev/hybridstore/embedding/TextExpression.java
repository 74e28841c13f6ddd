package dev.hybridstore.embedding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A source's declared text, checked against a small grammar before it is put into SQL (identifiers cannot be
 * {@code $n} parameters, so declared names are validated instead): column names and string literals joined with
 * {@code ||}, e.g. {@code title || E'\n' || body}. Columns come out qualified with the table alias {@code t}.
 */
public final class TextExpression {

    private static final Pattern IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");
    // A column, a plain literal ('' escapes a quote), or an E'' literal with \n, \t, \\ or \' escapes only.
    private static final Pattern TERM = Pattern.compile("\\s*(?:(?<col>[a-z_][a-z0-9_]*)|(?<lit>'(?:[^'\\\\]|'')*')"
            + "|(?<elit>E'(?:[^'\\\\]|''|\\\\[nt\\\\'])*'))\\s*");
    private static final Pattern CONCAT = Pattern.compile("\\|\\|");

    private TextExpression() {
    }

    /** The expression with its columns qualified as {@code t.column}; fails with the reason if it leaves the grammar. */
    public static String qualified(String expression) {
        List<String> parts = new ArrayList<>();
        int pos = 0;
        while (true) {
            Matcher term = TERM.matcher(expression).region(pos, expression.length());
            if (!term.lookingAt()) {
                throw new IllegalArgumentException("'" + expression + "' is not columns and string literals joined with || (at position "
                        + pos + ")");
            }
            parts.add(term.group("col") != null ? "t." + term.group("col") : term.group().strip());
            pos = term.end();
            if (pos == expression.length()) {
                return String.join(" || ", parts);
            }
            Matcher concat = CONCAT.matcher(expression).region(pos, expression.length());
            if (!concat.lookingAt()) {
                throw new IllegalArgumentException("'" + expression + "': expected || at position " + pos);
            }
            pos = concat.end();
        }
    }

    public static String identifier(String what, String name) {
        if (name == null || !IDENTIFIER.matcher(name).matches()) {
            throw new IllegalArgumentException(what + " '" + name + "' is not a plain lower-case SQL name ([a-z_][a-z0-9_]*)");
        }
        return name;
    }
}
