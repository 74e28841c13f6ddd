package dev.hybridstore.cli.bench;

import java.util.Locale;

/** How a benchmark's figure compares with the limit measured in the same run, worded the same in every benchmark. */
public final class Ratio {

    private Ratio() {
    }

    /** "1.4x": how many times {@code figure} is {@code limit}. */
    public static String times(double figure, double limit) {
        return String.format(Locale.ROOT, "%.1fx", limit == 0 ? 0 : figure / limit);
    }

    /** "79%": {@code figure} as a share of {@code limit}. */
    public static String percent(double figure, double limit) {
        return String.format(Locale.ROOT, "%.0f%%", limit == 0 ? 0 : 100 * figure / limit);
    }

    /** Whether an aim is reached, as the reports print it. */
    public static String verdict(boolean met) {
        return met ? "met" : "NOT met";
    }
}
