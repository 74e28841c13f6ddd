package dev.hybridstore.platform.tracing;

import io.opentelemetry.sdk.trace.export.SpanExporter;
import io.quarkus.arc.lookup.LookupIfProperty;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

/**
 * Keeps spans on this machine unless an OTLP endpoint is configured. Quarkus' OTLP exporter is built in, and without
 * an endpoint it would send to localhost:4317; it stands down whenever a {@link SpanExporter} bean exists, so this
 * one, which drops what it gets, exists exactly while quarkus.otel.exporter.otlp.endpoint is unset.
 */
@Singleton
public class TraceExport {

    @Produces
    @Singleton
    @LookupIfProperty(name = "quarkus.otel.exporter.otlp.endpoint", stringValue = "", lookupIfMissing = true)
    SpanExporter nowhere() {
        return SpanExporter.composite();
    }
}
