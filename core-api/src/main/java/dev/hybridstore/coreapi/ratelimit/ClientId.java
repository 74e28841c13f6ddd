package dev.hybridstore.coreapi.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * Who a request counts against: its API key (hashed, so Redis never holds a key), else the first X-Forwarded-For address
 * when the proxy is trusted, else the connection's address.
 */
final class ClientId {

    /** Longer than any IPv6 text; a forged header cannot make keys of any size. */
    private static final int MAX_ADDRESS = 64;

    private ClientId() {
    }

    static String of(String apiKey, String forwardedFor, String remoteAddress, boolean trustForwardedFor) {
        if (apiKey != null && !apiKey.isBlank()) {
            return "key:" + sha256(apiKey.strip()).substring(0, 32);
        }
        if (trustForwardedFor && forwardedFor != null) {
            String first = forwardedFor.split(",", 2)[0].strip();
            if (!first.isEmpty()) {
                return "ip:" + cap(first);
            }
        }
        return "ip:" + cap(remoteAddress == null ? "unknown" : remoteAddress);
    }

    /** The Redis key of a client's counter in one window of one limit. */
    static String counterKey(Limit limit, String client, Window window) {
        return "ratelimit:" + limit.key() + ":" + client + ":" + window.index();
    }

    private static String cap(String address) {
        return address.length() <= MAX_ADDRESS ? address : address.substring(0, MAX_ADDRESS);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e); // every JVM has SHA-256
        }
    }
}
