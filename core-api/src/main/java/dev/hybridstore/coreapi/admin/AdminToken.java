package dev.hybridstore.coreapi.admin;

import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Optional;

/**
 * The configured admin token, kept only as its SHA-256 digest. Application-scoped so it is read from the runtime
 * configuration on first use (request filters are created while the application is still being built).
 */
@ApplicationScoped
public class AdminToken {

    private final Optional<byte[]> expected;

    AdminToken(AdminConfig config) {
        this.expected = config.token().filter(t -> !t.isBlank()).map(AdminToken::digest);
    }

    public boolean configured() {
        return expected.isPresent();
    }

    /** Compares digests, so the time taken says nothing about the length or a matching prefix of the token. */
    public boolean matches(String presented) {
        return expected.isPresent() && MessageDigest.isEqual(expected.get(), digest(presented));
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
