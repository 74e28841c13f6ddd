package dev.hybridstore.cli.chaos;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class RowResultTest {

    private static RowResult orders(long lost, long duplicated, long refusedYetStored, long other5xx, double recover) {
        return new RowResult(Fault.PG_KILL, 100, 100 - lost, lost, duplicated, refusedYetStored, 3, 2, other5xx, 5, 400, 0, -1, -1,
                recover, -1, List.of(), null);
    }

    @Test
    void aRowPassesWithNothingLostOrDoubledAndTheSuiteBack() {
        assertThat(orders(0, 0, 0, 0, 12.5).passed()).isTrue();
    }

    @Test
    void anyLostDoubledLyingOrFiveHundredOrderFailsTheRow() {
        assertThat(orders(1, 0, 0, 0, 12.5).passed()).isFalse();
        assertThat(orders(0, 1, 0, 0, 12.5).passed()).isFalse();
        assertThat(orders(0, 0, 1, 0, 12.5).passed()).isFalse();
        assertThat(orders(0, 0, 0, 1, 12.5).passed()).isFalse();
    }

    @Test
    void aSuiteThatNeverRecoveredFailsTheRow() {
        assertThat(orders(0, 0, 0, 0, -1).passed()).isFalse();
    }

    @Test
    void aReaderFindingTheWindowEmptyFailsTheCacheWorkerRow() {
        RowResult row = new RowResult(Fault.CACHE_WORKER_KILL, -1, -1, -1, -1, -1, 0, 0, 0, 0, 500, 0, 3, -1, 4.0, -1, List.of(), null);
        assertThat(row.passed()).isFalse();
    }

    @Test
    void aRowWithoutOrdersPassesOnItsOwnFigures() {
        RowResult row = new RowResult(Fault.CACHE_WORKER_KILL, -1, -1, -1, -1, -1, 0, 0, 0, 0, 500, 0, 0, -1, 4.0, -1, List.of(), null);
        assertThat(row.passed()).isTrue();
    }

    @Test
    void aFaultTheTopologyCannotRunIsSkippedNotFailed() {
        assertThat(Fault.BROKER_KILL.unfitFor(1, "single")).hasValueSatisfying(why -> assertThat(why).contains("--kafka-brokers 3"));
        assertThat(Fault.BROKER_DOWN.unfitFor(3, "single")).isPresent();
        assertThat(Fault.PG_KILL.unfitFor(3, "single")).isEmpty();
        assertThat(RowResult.skipped(Fault.BROKER_KILL, "needs 3").passed()).isTrue();
    }

    @Test
    void theClusterFaultsRunOnlyOnTheClusterTopologyAndTheSingleInstanceOnesOnlyOffIt() {
        assertThat(Fault.REDIS_MASTER_KILL.unfitFor(3, "single")).hasValueSatisfying(why -> assertThat(why).contains("--topology cluster"));
        assertThat(Fault.STANDBY_STOP.unfitFor(3, "cluster")).isEmpty();
        assertThat(Fault.API_INSTANCE_KILL.unfitFor(3, "cluster")).isEmpty();
        assertThat(Fault.REDIS_KILL.unfitFor(1, "cluster")).isPresent();
        assertThat(Fault.CORE_API_KILL.unfitFor(1, "cluster")).isPresent();
        assertThat(Fault.PG_KILL.unfitFor(3, "cluster")).isEmpty();
    }

    @Test
    void aFailoverRowThatNeverFailedOverFails() {
        RowResult never = new RowResult(Fault.REDIS_MASTER_KILL, 100, 100, 0, 0, 0, 0, 0, 0, 0, 400, 0, -1, -1, 3.0, -1, List.of(), null);
        RowResult done = new RowResult(Fault.REDIS_MASTER_KILL, 100, 100, 0, 0, 0, 0, 0, 0, 0, 400, 0, -1, -1, 3.0, 6.2, List.of(), null);
        assertThat(never.passed()).isFalse();
        assertThat(done.passed()).isTrue();
    }
}
