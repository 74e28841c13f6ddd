package dev.hybridstore.orderconsumer.order;

import static org.assertj.core.api.Assertions.assertThat;

import dev.hybridstore.model.event.OrderPlaced;
import dev.hybridstore.orderconsumer.order.OrderAssembler.Total;
import dev.hybridstore.orderconsumer.order.OrderReferences.Item;
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

    private static OrderPlaced order(int quantity, Integer total, Integer discount, Integer shipping) {
        return new OrderPlaced(1, "o", "u", "p", quantity, total, shipping, discount, null, null, null);
    }
}
