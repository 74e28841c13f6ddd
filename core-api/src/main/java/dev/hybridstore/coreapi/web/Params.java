package dev.hybridstore.coreapi.web;

import dev.hybridstore.platform.problem.ProblemException;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * Parses path and query parameters that JAX-RS would otherwise convert itself: a failed conversion there gives an
 * empty 404, where a client needs a 400 naming the parameter.
 */
public final class Params {

    private Params() {
    }

    /** An ISO date ({@code yyyy-MM-dd}, years 1 to 9999: date arithmetic stays in range); null when absent. */
    public static LocalDate date(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            LocalDate date = LocalDate.parse(raw);
            if (date.getYear() >= 1 && date.getYear() <= 9999) {
                return date;
            }
        } catch (DateTimeParseException e) {
            // same answer as out of range
        }
        throw ProblemException.invalidField(name, "'" + raw + "' is not a date in the form yyyy-MM-dd");
    }

    public static LocalDate requiredDate(String name, String raw) {
        LocalDate date = date(name, raw);
        if (date == null) {
            throw ProblemException.invalidField(name, "is required (yyyy-MM-dd)");
        }
        return date;
    }

    /** A whole number in [min, max], or {@code fallback} when absent. */
    public static int intIn(String name, String raw, int fallback, int min, int max) {
        if (raw == null || raw.isBlank()) {
            return fallback;
        }
        try {
            int value = Integer.parseInt(raw.strip());
            if (value >= min && value <= max) {
                return value;
            }
        } catch (NumberFormatException e) {
            // same answer as out of range
        }
        throw ProblemException.invalidField(name, "must be a whole number from " + min + " to " + max);
    }

    /** A positive 64-bit id (store ids are identity columns); null when absent. */
    public static Long id(String name, String raw) {
        if (raw == null || raw.isBlank()) {
            return null;
        }
        try {
            long value = Long.parseLong(raw.strip());
            if (value > 0) {
                return value;
            }
        } catch (NumberFormatException e) {
            // same answer as a non-positive id
        }
        throw ProblemException.invalidField(name, "must be a positive whole number");
    }

    public static long requiredId(String name, String raw) {
        Long id = id(name, raw);
        if (id == null) {
            throw ProblemException.invalidField(name, "is required");
        }
        return id;
    }

    /** A page size: {@value Page#DEFAULT_LIMIT} when absent, at most {@value Page#MAX_LIMIT}. */
    public static int limit(String raw) {
        return intIn("limit", raw, Page.DEFAULT_LIMIT, 1, Page.MAX_LIMIT);
    }

    /** An enum constant named in lower case ("sales" for SALES); otherwise a 400 listing the names allowed. */
    public static <E extends Enum<E>> E lowerCaseName(String name, String raw, Class<E> type) {
        E[] constants = type.getEnumConstants();
        for (E constant : constants) {
            if (lowerCase(constant).equals(raw)) {
                return constant;
            }
        }
        throw ProblemException.invalidField(name, "'" + raw + "' is not one of "
                + Arrays.stream(constants).map(Params::lowerCase).collect(Collectors.joining(", ")));
    }

    public static String lowerCase(Enum<?> constant) {
        return constant.name().toLowerCase(Locale.ROOT);
    }

    public static Integer optionalInt(String name, String raw, int min) {
        return raw == null || raw.isBlank() ? null : intIn(name, raw, 0, min, Integer.MAX_VALUE);
    }
}
