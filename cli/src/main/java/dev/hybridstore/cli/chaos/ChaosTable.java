package dev.hybridstore.cli.chaos;

import dev.hybridstore.cli.output.Table;
import java.util.List;
import java.util.Locale;

/** The campaign's rows as the README shows them: "-" where a fault's load does not make a figure. */
final class ChaosTable {

    private ChaosTable() {
    }

    static String render(List<RowResult> rows) {
        Table table = new Table("fault", "load", "accepted", "stored", "lost", "dup", "503 refused", "503 unknown", "other 5xx",
                "transport err", "reads", "reads failed", "window empty", "refill s", "recover s", "failover s", "verdict");
        for (RowResult r : rows) {
            if (r.skipped() != null) {
                table.row(r.fault().id(), r.fault().load.label, "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-", "-",
                        "skipped: " + r.skipped());
                continue;
            }
            table.row(r.fault().id(), r.fault().load.label, n(r.accepted()), n(r.stored()), n(r.lost()), n(r.duplicated()), n(r.refused503()),
                    n(r.unknown503()), n(r.other5xx()), n(r.transportErrors()), n(r.reads()), n(r.readsFailed()), n(r.windowEmpty()),
                    s(r.refillSeconds()), s(r.recoverSeconds()), s(r.failoverSeconds()), r.passed() ? "ok" : "FAILED");
        }
        return table.render();
    }

    private static String n(long v) {
        return v < 0 ? "-" : Long.toString(v);
    }

    private static String s(double v) {
        return v < 0 ? "-" : String.format(Locale.ROOT, "%.1f", v);
    }
}
