package dev.hybridstore.coreapi.admin;

import dev.hybridstore.platform.problem.Problem;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.List;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Guards {@code /admin/**} with {@code Authorization: Bearer <ADMIN_TOKEN>}: none → 401 with a Bearer challenge, wrong →
 * 403, no token configured → the admin API is off (503), never open. Pre-matching, so unknown admin paths need the token
 * too. The token is never logged.
 */
public class AdminAuthFilter {

    private static final String BEARER = "bearer ";

    private final AdminToken token;

    AdminAuthFilter(AdminToken token) {
        this.token = token;
    }

    @ServerRequestFilter(preMatching = true)
    public Optional<Response> authorize(ContainerRequestContext request) {
        if (!isAdminPath(request.getUriInfo().getPath())) {
            return Optional.empty();
        }
        if (!token.configured()) {
            return Optional.of(problem(503, "Service Unavailable", "admin API disabled: set ADMIN_TOKEN"));
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        if (header == null || header.length() <= BEARER.length() || !header.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            Response missing = problem(401, "Unauthorized", "send Authorization: Bearer <ADMIN_TOKEN>");
            return Optional.of(Response.fromResponse(missing).header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"hybridstore-admin\"").build());
        }
        if (!token.matches(header.substring(BEARER.length()).strip())) {
            return Optional.of(problem(403, "Forbidden", "the admin token is not valid"));
        }
        return Optional.empty();
    }

    /**
     * Drops matrix parameters ({@code /admin;x=1/db}, which reach the same resource) and collapses repeated slashes
     * ({@code //admin/db}), so neither slips past the prefix check.
     */
    static boolean isAdminPath(String path) {
        String normalized = path == null ? "" : path.replaceAll(";[^/]*", "").replaceAll("/{2,}", "/");
        return normalized.equals("/admin") || normalized.startsWith("/admin/");
    }

    private static Response problem(int status, String title, String detail) {
        return Problem.of(status, title, detail, List.of()).toResponse();
    }
}
