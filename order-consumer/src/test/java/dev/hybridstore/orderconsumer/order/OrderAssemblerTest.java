package dev.hybridstore.orderconsumer.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.model.kafka.DlqReason;
import dev.hybridstore.orderconsumer.order.OrderAssembler.Assembly;
import dev.hybridstore.orderconsumer.order.OrderAssembler.Total;
import dev.hybridstore.orderconsumer.order.OrderReferences.Buyer;
import dev.hybridstore.orderconsumer.order.OrderReferences.Item;
import io.opentelemetry.context.Context;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class OrderAssemblerTest {

    private static final Item ITEM = new Item("식품", 1L, 12_000);
    /** What the batch tests' orders refer to: buyer "u" and item "p". */
    private static final OrderReferences REFS = new OrderReferences(Map.of("u", new Buyer("서울", "F", "30대")), Map.of("p", ITEM));

    @Test
    void aTotalTheProducerSentIsKeptAsIs() {
        assertThat(OrderAssembler.total(order(2, 5, 1000, 3000), ITEM)).isEqualTo(new Total(5, null));
    }

    @Test
    void aMissingTotalIsPriceTimesQuantityMinusDiscountPlusShipping() {
        assertThat(OrderAssembler.total(order(3, null, 1500, 3000), ITEM)).isEqualTo(new Total(12_000 * 3 - 1500 + 3000, null));
        assertThat(OrderAssembler.total(order(1, null, null, null), ITEM)).isEqualTo(new Total(12_000, null));
    }

    @Test
    void aDiscountLargerThanTheOrderIsRefusedInsteadOfStoringANegativeTotal() {
        assertThat(OrderAssembler.total(order(1, null, 20_000, 0), ITEM).problem()).startsWith("discount_amount");
    }

    @Test
    void aTotalBeyondTheColumnsRangeIsRefusedInsteadOfOverflowing() {
        assertThat(OrderAssembler.total(order(1_000_000, null, 0, 0), ITEM).problem()).contains("out of range");
    }

    @Test
    void aCorrectedResendBehindARefusedCopyInTheSameBatchIsStored() {
        OrderPlaced refused = placed("o-1", "ghost", 1), corrected = placed("o-1", "u", 1);

        Assembly assembly = assemble(ZoneOffset.UTC, refused, corrected);

        assertThat(assembly.rejected()).extracting(DeadLetter::reason).containsExactly(DlqReason.UNKNOWN_USER);
        assertThat(assembly.storable()).extracting(s -> s.row().userId()).containsExactly("u");
        assertThat(assembly.repeated()).isZero();
    }

    @Test
    void aRepeatOfAStorableOrderInTheSameBatchIsCountedAndSkipped() {
        OrderPlaced first = placed("o-2", "u", 1), again = placed("o-2", "u", 2);

        Assembly assembly = assemble(ZoneOffset.UTC, first, again);

        assertThat(assembly.storable()).extracting(s -> s.row().quantity()).containsExactly(1);
        assertThat(assembly.repeated()).isEqualTo(1);
        assertThat(assembly.rejected()).isEmpty();
    }

    @Test
    void createdAtIsTheWallClockTimeOfTheReportsZone() {
        OrderPlaced late = new OrderPlaced(1, "o-3", "u", "p", 1, null, null, null, null, null, Instant.parse("2025-01-09T23:30:00Z"));

        Assembly assembly = assemble(ZoneId.of("Asia/Seoul"), late);

        assertThat(assembly.storable()).extracting(s -> s.row().createdAt()).containsExactly(LocalDateTime.of(2025, 1, 10, 8, 30));
    }

    /** The events as one batch, at offsets 0, 1, ... of one partition. */
    private static Assembly assemble(ZoneId zone, OrderPlaced... batch) {
        List<ParsedOrder> parsed = IntStream.range(0, batch.length).mapToObj(i -> parsed(batch[i], i)).toList();
        return new OrderAssembler(zone).assemble(parsed, REFS);
    }

    private static ParsedOrder parsed(OrderPlaced event, long offset) {
        return new ParsedOrder(new IncomingOrder("orders", 0, offset, null, new byte[0], Instant.EPOCH, null, Context.root()), event);
    }

    /** An order of item "p" without the optional fields. */
    private static OrderPlaced placed(String orderId, String userId, int quantity) {
        return new OrderPlaced(1, orderId, userId, "p", quantity, null, null, null, null, null, null);
    }

    private static OrderPlaced order(int quantity, Integer total, Integer discount, Integer shipping) {
        return new OrderPlaced(1, "o", "u", "p", quantity, total, shipping, discount, null, null, null);
    }
}
