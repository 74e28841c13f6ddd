package dev.hybridstore.coreapi.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ClientIdTest {

    @Test
    void anApiKeyNamesTheClientHashedSoRedisNeverHoldsIt() {
        String id = ClientId.of("secret-key-1", "203.0.113.9", "10.0.0.1", true);
        assertThat(id).startsWith("key:").hasSize(4 + 32).doesNotContain("secret");
        assertThat(ClientId.of(" secret-key-1 ", null, "10.0.0.2", false)).isEqualTo(id);
        assertThat(ClientId.of("secret-key-2", null, "10.0.0.1", false)).isNotEqualTo(id);
    }

    @Test
    void withoutAKeyTheFirstForwardedAddressCountsOnlyWhenTheProxyIsTrusted() {
        assertThat(ClientId.of(null, " 203.0.113.9 , 10.1.1.1", "10.0.0.1", true)).isEqualTo("ip:203.0.113.9");
        assertThat(ClientId.of("", "203.0.113.9", "10.0.0.1", false)).isEqualTo("ip:10.0.0.1");
        assertThat(ClientId.of(null, " ,10.1.1.1", "10.0.0.1", true)).isEqualTo("ip:10.0.0.1");
        assertThat(ClientId.of(null, null, null, true)).isEqualTo("ip:unknown");
    }

    @Test
    void aForgedAddressCannotMakeAKeyOfAnySize() {
        assertThat(ClientId.of(null, "x".repeat(5000), "10.0.0.1", true)).hasSize(3 + 64);
    }

    @Test
    void theCounterKeyNamesTheLimitTheClientAndTheWindow() {
        assertThat(ClientId.counterKey(Limit.SEARCH, "ip:10.0.0.1", new Window(29_000_000, 1)))
                .isEqualTo("ratelimit:search:ip:10.0.0.1:29000000");
    }
}
