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
import org.junit.jupiter.api.Test;

class OrderAssemblerTest {

    private static final Item ITEM = new Item("식품", 1L, 12_000);

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
        OrderReferences refs = new OrderReferences(Map.of("u", new Buyer("서울", "F", "30대")), Map.of("p", ITEM));
        OrderPlaced refused = new OrderPlaced(1, "o-1", "ghost", "p", 1, null, null, null, null, null, null);
        OrderPlaced corrected = new OrderPlaced(1, "o-1", "u", "p", 1, null, null, null, null, null, null);

        Assembly assembly = new OrderAssembler(ZoneOffset.UTC).assemble(List.of(parsed(refused, 0), parsed(corrected, 1)), refs);

        assertThat(assembly.rejected()).extracting(DeadLetter::reason).containsExactly(DlqReason.UNKNOWN_USER);
        assertThat(assembly.storable()).extracting(s -> s.row().userId()).containsExactly("u");
        assertThat(assembly.repeated()).isZero();
    }

    @Test
    void aRepeatOfAStorableOrderInTheSameBatchIsCountedAndSkipped() {
        OrderReferences refs = new OrderReferences(Map.of("u", new Buyer("서울", "F", "30대")), Map.of("p", ITEM));
        OrderPlaced first = new OrderPlaced(1, "o-2", "u", "p", 1, null, null, null, null, null, null);
        OrderPlaced again = new OrderPlaced(1, "o-2", "u", "p", 2, null, null, null, null, null, null);

        Assembly assembly = new OrderAssembler(ZoneOffset.UTC).assemble(List.of(parsed(first, 0), parsed(again, 1)), refs);

        assertThat(assembly.storable()).extracting(s -> s.row().quantity()).containsExactly(1);
        assertThat(assembly.repeated()).isEqualTo(1);
        assertThat(assembly.rejected()).isEmpty();
    }

    @Test
    void createdAtIsTheWallClockTimeOfTheReportsZone() {
        OrderReferences refs = new OrderReferences(Map.of("u", new Buyer("서울", "F", "30대")), Map.of("p", ITEM));
        OrderPlaced late = new OrderPlaced(1, "o-3", "u", "p", 1, null, null, null, null, null, Instant.parse("2025-01-09T23:30:00Z"));

        Assembly assembly = new OrderAssembler(ZoneId.of("Asia/Seoul")).assemble(List.of(parsed(late, 0)), refs);

        assertThat(assembly.storable()).extracting(s -> s.row().createdAt()).containsExactly(LocalDateTime.of(2025, 1, 10, 8, 30));
    }

    private static ParsedOrder parsed(OrderPlaced event, long offset) {
        return new ParsedOrder(new IncomingOrder("orders", 0, offset, null, new byte[0], Instant.EPOCH, null, Context.root()), event);
    }

    private static OrderPlaced order(int quantity, Integer total, Integer discount, Integer shipping) {
        return new OrderPlaced(1, "o", "u", "p", quantity, total, shipping, discount, null, null, null);
    }
}
