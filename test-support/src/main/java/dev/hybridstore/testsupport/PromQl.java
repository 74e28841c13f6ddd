package dev.hybridstore.testsupport;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The series selectors of a PromQL expression: each metric name with the jobs its {@code job} matcher names. Enough of
 * PromQL for the shipped rules and panels: functions, aggregations and their grouping lists, binary operators with
 * {@code on}/{@code ignoring}, strings, ranges and numbers. An expression it cannot read is an error, never a silent pass.
 */
public final class PromQl {

    /** A metric the expression reads; no jobs means every job (a meter every service exposes). */
    public record Selector(String metric, Set<String> jobs) {
    }

    /** Operators, modifiers and the aggregations, whose grouping list may stand between them and their '('. */
    private static final Set<String> KEYWORDS = Set.of("and", "or", "unless", "bool", "offset", "by", "without", "on", "ignoring",
            "group_left", "group_right", "inf", "nan", "atan2", "sum", "min", "max", "avg", "group", "stddev", "stdvar", "count",
            "count_values", "bottomk", "topk", "quantile", "limitk", "limit_ratio");
    /** Keywords followed by a parenthesised list of label names, not of expressions. */
    private static final Set<String> LABEL_LISTS = Set.of("by", "without", "on", "ignoring", "group_left", "group_right");
    private static final Pattern JOB = Pattern.compile("(?:^|,)\\s*job\\s*(=~|=|!=|!~)\\s*\"([^\"]*)\"");

    private PromQl() {
    }

    public static List<Selector> selectors(String expr) {
        List<Selector> found = new ArrayList<>();
        int i = 0;
        while (i < expr.length()) {
            char c = expr.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = closing(expr, i, c) + 1;
            } else if (c == '[') {
                i = expr.indexOf(']', i) + 1;
            } else if (c == '{') {
                throw new IllegalArgumentException("a selector without a metric name in: " + expr);
            } else if (c == '$') {
                i = identifierEnd(expr, i + 1); // a Grafana variable such as $__rate_interval
            } else if (Character.isDigit(c) || c == '.') {
                i = identifierEnd(expr, i + 1);
            } else if (Character.isLetter(c) || c == '_' || c == ':') {
                int end = identifierEnd(expr, i);
                String word = expr.substring(i, end);
                int next = skipSpaces(expr, end);
                if (LABEL_LISTS.contains(word.toLowerCase())) {
                    i = next < expr.length() && expr.charAt(next) == '(' ? expr.indexOf(')', next) + 1 : next;
                } else if (KEYWORDS.contains(word.toLowerCase()) || next < expr.length() && expr.charAt(next) == '(') {
                    i = end; // a keyword, a function or an aggregation
                } else if (next < expr.length() && expr.charAt(next) == '{') {
                    int close = closingBrace(expr, next);
                    found.add(new Selector(word, jobs(expr.substring(next + 1, close), expr)));
                    i = close + 1;
                } else {
                    found.add(new Selector(word, Set.of()));
                    i = end;
                }
            } else {
                i++;
            }
        }
        return found;
    }

    private static Set<String> jobs(String matchers, String expr) {
        Matcher m = JOB.matcher(matchers);
        if (!m.find()) {
            return Set.of();
        }
        return switch (m.group(1)) {
            case "=" -> Set.of(m.group(2));
            case "=~" -> {
                if (!m.group(2).matches("[a-z0-9-]+(\\|[a-z0-9-]+)*")) {
                    throw new IllegalArgumentException("job=~ takes job names joined by | only, in: " + expr);
                }
                yield Set.of(m.group(2).split("\\|"));
            }
            default -> throw new IllegalArgumentException("a negative job matcher names no job, in: " + expr);
        };
    }

    private static int identifierEnd(String s, int from) {
        int i = from;
        while (i < s.length() && (Character.isLetterOrDigit(s.charAt(i)) || s.charAt(i) == '_' || s.charAt(i) == ':')) {
            i++;
        }
        return i;
    }

    private static int skipSpaces(String s, int from) {
        int i = from;
        while (i < s.length() && Character.isWhitespace(s.charAt(i))) {
            i++;
        }
        return i;
    }

    private static int closing(String s, int open, char quote) {
        for (int i = open + 1; i < s.length(); i++) {
            if (s.charAt(i) == '\\' && quote != '`') {
                i++;
            } else if (s.charAt(i) == quote) {
                return i;
            }
        }
        throw new IllegalArgumentException("an unclosed string in: " + s);
    }

    private static int closingBrace(String s, int open) {
        for (int i = open + 1; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '"' || c == '\'' || c == '`') {
                i = closing(s, i, c);
            } else if (c == '}') {
                return i;
            }
        }
        throw new IllegalArgumentException("an unclosed { in: " + s);
    }
}
