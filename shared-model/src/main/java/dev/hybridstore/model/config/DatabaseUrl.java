package dev.hybridstore.model.config;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A PostgreSQL location parsed from any of the seeds' URL forms:
 * {@code postgresql://}, {@code postgres://}, {@code postgresql+psycopg://} (SQLAlchemy) and {@code jdbc:postgresql://}.
 */
public record DatabaseUrl(String host, int port, String database, String user, String password, Map<String, String> params) {

    private static final Set<String> SCHEMES = Set.of("postgresql", "postgres", "postgresql+psycopg", "postgresql+psycopg2",
            "postgresql+asyncpg");
    private static final Set<String> CREDENTIAL_PARAMS = Set.of("user", "password");

    public static DatabaseUrl parse(String setting, String raw) {
        String text = raw.strip();
        if (text.startsWith("jdbc:")) {
            text = text.substring("jdbc:".length());
        }
        int colon = text.indexOf("://");
        if (colon < 0 || !SCHEMES.contains(text.substring(0, colon).toLowerCase())) {
            throw new InvalidSettingException(setting, "expected postgresql://user:password@host:port/database "
                    + "(also postgresql+psycopg:// or jdbc:postgresql://)");
        }
        URI uri;
        try {
            uri = new URI("postgresql" + text.substring(colon));
        } catch (URISyntaxException e) {
            throw new InvalidSettingException(setting, "not a valid URL (" + e.getReason() + "); percent-encode special characters in the password");
        }
        if (uri.getHost() == null || uri.getHost().isBlank()) {
            throw new InvalidSettingException(setting, "the URL names no host");
        }
        String path = uri.getRawPath() == null ? "" : uri.getRawPath().replaceFirst("^/", "");
        if (path.isBlank()) {
            throw new InvalidSettingException(setting, "the URL names no database");
        }
        Map<String, String> query = parseQuery(uri.getRawQuery());
        String user = query.get("user");
        String password = query.get("password");
        if (uri.getRawUserInfo() != null) {
            String[] parts = uri.getRawUserInfo().split(":", 2);
            user = decode(parts[0]);
            password = parts.length > 1 ? decode(parts[1]) : password;
        }
        Map<String, String> params = new LinkedHashMap<>(query);
        params.keySet().removeAll(CREDENTIAL_PARAMS);
        return new DatabaseUrl(uri.getHost(), uri.getPort() > 0 ? uri.getPort() : 5432, decode(path),
                user == null ? "postgres" : user, password == null ? "" : password, Map.copyOf(params));
    }

    /** The form the Vert.x reactive client takes; credentials travel separately. */
    public String reactiveUrl() {
        return "postgresql://" + host + ":" + port + "/" + database + queryString();
    }

    public String jdbcUrl() {
        return "jdbc:postgresql://" + host + ":" + port + "/" + database + queryString();
    }

    /**
     * This location with a server setting for every session it opens, appended to the startup {@code options} (after
     * any the URL already has, so it wins over them).
     */
    public DatabaseUrl withSessionSetting(String name, String value) {
        String setting = "-c " + name + "=" + value;
        String options = params.getOrDefault("options", "");
        if (options.endsWith(setting)) {
            return this;
        }
        Map<String, String> merged = new LinkedHashMap<>(params);
        merged.put("options", options.isBlank() ? setting : options + " " + setting);
        return new DatabaseUrl(host, port, database, user, password, Map.copyOf(merged));
    }

    /** Safe for logs and health output. */
    public String redacted() {
        return "postgresql://" + user + ":***@" + host + ":" + port + "/" + database;
    }

    @Override
    public String toString() {
        return redacted();
    }

    private String queryString() {
        if (params.isEmpty()) {
            return "";
        }
        return params.entrySet().stream().map(e -> encode(e.getKey()) + "=" + encode(e.getValue()))
                .collect(Collectors.joining("&", "?", ""));
    }

    private static Map<String, String> parseQuery(String rawQuery) {
        Map<String, String> out = new LinkedHashMap<>();
        if (rawQuery == null || rawQuery.isBlank()) {
            return out;
        }
        for (String pair : rawQuery.split("&")) {
            String[] kv = pair.split("=", 2);
            out.put(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
        }
        return out;
    }

    private static String encode(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }

    private static String decode(String s) {
        return URLDecoder.decode(s, StandardCharsets.UTF_8);
    }
}
