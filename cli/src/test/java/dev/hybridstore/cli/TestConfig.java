package dev.hybridstore.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** The CLI's settings for a test: core-api at a local stand-in, the workers nowhere. */
public record TestConfig(String apiUrl, Optional<String> adminToken, Optional<Path> apiLog, Optional<String> faultCommand) implements CliConfig {

    public TestConfig(String apiUrl, Optional<String> adminToken, Optional<Path> apiLog) {
        this(apiUrl, adminToken, apiLog, Optional.empty());
    }

    @Override
    public String cacheWorkerUrl() {
        return "http://127.0.0.1:1";
    }

    @Override
    public String aiWorkerUrl() {
        return "http://127.0.0.1:1";
    }

    @Override
    public List<String> serviceUrls() {
        return List.of(apiUrl);
    }

    @Override
    public List<String> consumerUrls() {
        return List.of();
    }

    @Override
    public Optional<Path> aiWorkerJar() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> apiJar() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> kafkaLib() {
        return Optional.empty();
    }

    @Override
    public Optional<Path> pidDir() {
        return Optional.empty();
    }

    @Override
    public String topology() {
        return "single";
    }

    @Override
    public Optional<String> haproxyStatsUrl() {
        return Optional.empty();
    }
}
