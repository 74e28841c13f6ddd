package dev.hybridstore.platform.problem;

import com.fasterxml.jackson.core.JsonProcessingException;
import dev.hybridstore.model.kafka.Json;
import io.netty.handler.codec.http.HttpHeaderNames;
import io.netty.handler.codec.http.HttpResponseStatus;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.MultiMap;
import io.vertx.core.buffer.Buffer;
import io.vertx.core.http.HttpConnection;
import io.vertx.core.http.HttpMethod;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.core.http.HttpVersion;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;
import io.vertx.ext.web.handler.BodyHandler;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Singleton;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Refusals made in Vert.x, before JAX-RS and its exception mappers run, get problem bodies too, in every service: a URI
 * or headers over {@link HttpLimits} (414, 431), a malformed percent-encoding (400), a body over
 * quarkus.http.limits.max-body-size (413; Quarkus's own check would answer an empty one), and any other 4xx a Vert.x
 * route fails with. Quarkus 3.33 offers no hook on Vert.x's invalid-request handler, so the limits are checked here,
 * below Vert.x's much higher decoder limits; and the URI check Quarkus would answer with a bare 400 is made here too
 * ({@link UriCheckHandover}). A refused request's connection closes once the client has sent what it was sending.
 */
@Singleton
public class HttpRefusals {

    /** First of all routes: the ones after it may rely on a well-formed URI (Quarkus's own check is off, UriCheckHandover). */
    static final int ORDER = Integer.MIN_VALUE;
    /** Methods whose body may come without a declared length (chunked, or HTTP/2 frames); reads (GET) never pay for this. */
    private static final Set<HttpMethod> BODY_METHODS = Set.of(HttpMethod.POST, HttpMethod.PUT, HttpMethod.PATCH);
    /** How long, and how many times the body limit, a refused request is read on before its connection closes. */
    private static final long LINGER_MILLIS = 2_000;
    private static final long LINGER_BODIES = 16;

    private final HttpLimits limits;
    private final long maxBody;
    private final BodyHandler chunkedBodies;

    HttpRefusals(HttpLimits limits, @ConfigProperty(name = "quarkus.http.limits.max-body-size") MemorySize maxBody) {
        this.limits = limits;
        this.maxBody = maxBody.asLongValue();
        // A body read here is the one JAX-RS uses; past the limit the handler fails the route with 413.
        this.chunkedBodies = BodyHandler.create(false).setBodyLimit(this.maxBody);
    }

    void install(@Observes Router router) {
        router.route().order(ORDER).handler(this::check);
        router.route().order(ORDER).failureHandler(ctx -> {
            if (ctx.statusCode() >= 400 && ctx.statusCode() <= 499 && !ctx.response().headWritten()) {
                refuse(ctx, failed(ctx.statusCode()));
            } else {
                ctx.next();
            }
        });
    }

    private void check(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        String length = request.getHeader(HttpHeaderNames.CONTENT_LENGTH);
        if (request.uri().length() > limits.maxUriLength()) {
            refuse(ctx, Problem.of(414, "URI Too Long", "The URI is longer than the limit of " + limits.maxUriLength() + " bytes",
                    List.of()));
        } else if (headerSize(request.headers()) > limits.maxHeaderSize().asLongValue()) {
            refuse(ctx, Problem.of(431, "Request Header Fields Too Large",
                    "The headers are larger than the limit of " + limits.maxHeaderSize().asLongValue() + " bytes", List.of()));
        } else if (!wellFormed(request.uri())) {
            refuse(ctx, malformedUri());
        } else if (length != null && declaredLength(length) > maxBody) {
            refuse(ctx, tooLarge());
        } else if (length == null && BODY_METHODS.contains(request.method())) {
            chunkedBodies.handle(ctx);
        } else {
            ctx.next();
        }
    }

    /** A 4xx a Vert.x route failed with, such as an overflowing chunked body. */
    private Problem failed(int status) {
        if (status == 413) {
            return tooLarge();
        }
        String title = HttpResponseStatus.valueOf(status).reasonPhrase();
        return Problem.of(status, title, title, List.of());
    }

    private Problem tooLarge() {
        return Problem.of(413, "Content Too Large", "The body is larger than the limit of " + maxBody + " bytes", List.of());
    }

    private static Problem malformedUri() {
        return Problem.of(400, "Bad Request", "The URI is malformed: each % must start two hex digits, the escaped bytes"
                + " must be UTF-8, and characters such as spaces must be escaped", List.of());
    }

    private static long headerSize(MultiMap headers) {
        long size = 0;
        for (Map.Entry<String, String> header : headers) {
            size += header.getKey().length() + header.getValue().length();
        }
        return size;
    }

    private static long declaredLength(String header) {
        try {
            return Long.parseLong(header.strip());
        } catch (NumberFormatException e) {
            return -1; // Quarkus's own handling decides about a malformed length
        }
    }

    /** A URI java.net.URI parses (what Quarkus checks), whose escapes spell UTF-8 (which it does not check). */
    static boolean wellFormed(String uri) {
        try {
            new URI(uri);
        } catch (URISyntaxException e) {
            return false;
        }
        byte[] bytes = new byte[uri.length()];
        int n = 0;
        boolean ascii = true;
        for (int i = 0; i < uri.length(); i++) {
            char c = uri.charAt(i);
            if (c == '%') { // URI has checked that two hex digits follow
                c = (char) Integer.parseInt(uri, i + 1, i + 3, 16);
                i += 2;
            }
            bytes[n++] = (byte) c; // Netty reads the request line byte by byte, one char each
            ascii &= c < 0x80;
        }
        try {
            if (!ascii) {
                StandardCharsets.UTF_8.newDecoder().decode(ByteBuffer.wrap(bytes, 0, n));
            }
            return true;
        } catch (CharacterCodingException e) {
            return false;
        }
    }

    /** Answers and then closes the connection (HTTP/1), as Vert.x does for its own refusals, once the client is done sending. */
    private void refuse(RoutingContext ctx, Problem problem) {
        boolean http1 = ctx.request().version() != HttpVersion.HTTP_2;
        ctx.response().setStatusCode(problem.status()).putHeader(HttpHeaderNames.CONTENT_TYPE, Problem.MEDIA_TYPE);
        if (http1) {
            ctx.response().putHeader(HttpHeaderNames.CONNECTION, "close");
        }
        ctx.response().end(json(problem)).onComplete(done -> {
            if (http1) {
                closeWhenSent(ctx);
            }
        });
    }

    /**
     * Reads on and drops the rest of the body before closing, for a bounded time and size. Closing with a body unread
     * resets the connection, and a client that reads its answer only after sending all of a large body then gets a
     * broken pipe instead of the problem.
     */
    private void closeWhenSent(RoutingContext ctx) {
        HttpServerRequest request = ctx.request();
        HttpConnection connection = request.connection();
        if (request.isEnded()) {
            connection.close();
            return;
        }
        long timer = ctx.vertx().setTimer(LINGER_MILLIS, id -> connection.close());
        long[] dropped = {0};
        request.handler(chunk -> {
            dropped[0] += chunk.length();
            if (dropped[0] > LINGER_BODIES * maxBody) {
                connection.close();
            }
        });
        request.endHandler(end -> {
            ctx.vertx().cancelTimer(timer);
            connection.close();
        });
        request.resume();
    }

    private static Buffer json(Problem problem) {
        try {
            return Buffer.buffer(Json.MAPPER.writeValueAsBytes(problem));
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e);
        }
    }
}
