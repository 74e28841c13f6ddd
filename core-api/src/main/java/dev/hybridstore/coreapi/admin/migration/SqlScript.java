package dev.hybridstore.coreapi.admin.migration;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits an undo script into statements at top-level semicolons, so a failure names the statement and its line. Knows
 * PostgreSQL's quoting: '...' (and E'...'), "...", $tag$...$tag$, -- and nested block comments.
 */
final class SqlScript {

    private static final Pattern DOLLAR_TAG = Pattern.compile("\\$([A-Za-z_][A-Za-z0-9_]*)?\\$");

    /** A statement without its semicolon, and the line it starts on (1-based). */
    record Statement(int line, String sql) {
    }

    private SqlScript() {
    }

    static List<Statement> split(String script) {
        List<Statement> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int line = 1;
        int startLine = -1;
        int i = 0;
        int n = script.length();
        while (i < n) {
            char c = script.charAt(i);
            int end = i + 1;
            if (c == '-' && i + 1 < n && script.charAt(i + 1) == '-') {
                end = script.indexOf('\n', i);
                end = end < 0 ? n : end;
            } else if (c == '/' && i + 1 < n && script.charAt(i + 1) == '*') {
                end = blockCommentEnd(script, i);
            } else if (c == '\'') {
                boolean backslashEscapes = i > 0 && (script.charAt(i - 1) == 'E' || script.charAt(i - 1) == 'e');
                end = quotedEnd(script, i, '\'', backslashEscapes);
            } else if (c == '"') {
                end = quotedEnd(script, i, '"', false);
            } else if (c == '$') {
                Matcher tag = DOLLAR_TAG.matcher(script).region(i, n);
                if (tag.lookingAt() && (i == 0 || !Character.isLetterOrDigit(script.charAt(i - 1)))) {
                    int close = script.indexOf(tag.group(), tag.end());
                    end = close < 0 ? n : close + tag.group().length();
                }
            } else if (c == ';') {
                add(out, current, startLine);
                current.setLength(0);
                startLine = -1;
                i++;
                continue;
            }
            String part = script.substring(i, end);
            boolean comment = part.startsWith("--") || part.startsWith("/*");
            if (startLine < 0 && !comment && !part.isBlank()) {
                startLine = line;
            }
            if (!comment) {
                current.append(part);
            } else if (startLine >= 0) {
                current.append(' ');
            }
            line += (int) part.chars().filter(ch -> ch == '\n').count();
            i = end;
        }
        add(out, current, startLine);
        return out;
    }

    private static void add(List<Statement> out, StringBuilder sql, int line) {
        String text = sql.toString().strip();
        if (!text.isEmpty()) {
            out.add(new Statement(line, text));
        }
    }

    private static int blockCommentEnd(String s, int start) {
        int depth = 0;
        int i = start;
        while (i < s.length() - 1) {
            if (s.charAt(i) == '/' && s.charAt(i + 1) == '*') {
                depth++;
                i += 2;
            } else if (s.charAt(i) == '*' && s.charAt(i + 1) == '/') {
                depth--;
                i += 2;
                if (depth == 0) {
                    return i;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }

    private static int quotedEnd(String s, int start, char quote, boolean backslashEscapes) {
        int i = start + 1;
        while (i < s.length()) {
            char c = s.charAt(i);
            if (backslashEscapes && c == '\\') {
                i += 2;
            } else if (c == quote) {
                if (i + 1 < s.length() && s.charAt(i + 1) == quote) {
                    i += 2;
                } else {
                    return i + 1;
                }
            } else {
                i++;
            }
        }
        return s.length();
    }
}
