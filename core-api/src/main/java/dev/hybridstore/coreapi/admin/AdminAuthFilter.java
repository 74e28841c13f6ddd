package dev.hybridstore.coreapi.admin;

import dev.hybridstore.model.problem.Problem;
import jakarta.inject.Singleton;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards {@code /admin/**} with {@code Authorization: Bearer <ADMIN_TOKEN>}. Pre-matching, so unknown admin paths need the
 * token too. Without a configured token the admin API is off. Tokens are compared as SHA-256 digests in constant time
 * (no length or prefix leak) and never logged.
 */
@Singleton
public class AdminAuthFilter {

    private static final String BEARER = "bearer ";

    private final Optional<byte[]> expected;

    AdminAuthFilter(AdminConfig config) {
        this.expected = config.token().filter(t -> !t.isBlank()).map(AdminAuthFilter::digest);
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> authorize(ContainerRequestContext request) {
        if (!isAdminPath(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        if (expected.isEmpty()) {
            return Optional.of(problem(503, "Service Unavailable", "admin API disabled: set ADMIN_TOKEN"));
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Response missing = problem(401, "Unauthorized", "send Authorization: Bearer <ADMIN_TOKEN>");
            return Optional.of(Response.fromResponse(missing).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"hybridstore-admin\"").build());
        }
        if (!MessageDigest.isEqual(expected.get(), digest(header.substring(BEARER.length()).strip()))) {
            return Optional.of(problem(403, "Forbidden", "the admin token is not valid"));
        }
        return Optional.empty();
    }

    /** Collapses repeated slashes so {@code //admin/db} cannot slip past the prefix check. */
    static boolean isAdminPath(String path) {
        String normalized = path == null ? "" : path.replaceAll("/{2,}", "/");
        return normalized.equals("/admin") || normalized.startsWith("/admin/");
    }

    private static Response problem(int status, String title, String detail) {
        return Problem.of(status, title, detail, List.of()).toResponse();
    }

    private static byte[] digest(String token) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
