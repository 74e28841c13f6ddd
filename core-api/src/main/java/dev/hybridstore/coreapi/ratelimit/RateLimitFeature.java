package dev.hybridstore.coreapi.ratelimit;

import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.ws.rs.container.DynamicFeature;
import jakarta.ws.rs.container.ResourceInfo;
import jakarta.ws.rs.core.FeatureContext;
import jakarta.ws.rs.ext.Provider;

/**
 * Resolves {@link RateLimited} once per resource method, when Quarkus REST deploys its routes (static init: at build time
 * in a native image): a marked method gets its own {@link RateLimitFilter}, bound to its limit; every other route has no
 * filter at all, so it costs nothing per request, not even a lookup. The settings are runtime configuration, which
 * does not exist yet then: the filter reads them on its first request.
 */
@Provider
public class RateLimitFeature implements DynamicFeature {

    @Inject
    Instance<RateLimitConfig> config;
    @Inject
    Instance<RateLimiter> limiter;

    @Override
    public void configure(ResourceInfo resource, FeatureContext context) {
        RateLimited marked = resource.getResourceMethod().getAnnotation(RateLimited.class);
        if (marked != null) {
            context.register(new RateLimitFilter(marked.value(), config, limiter));
        }
    }
}
