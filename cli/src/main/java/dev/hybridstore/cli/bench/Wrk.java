package dev.hybridstore.cli.bench;

import dev.hybridstore.cli.CommandFailure;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * wrk, the HTTP load generator: GET {@code <prefix><id>} with ids drawn at random from a list (wrk/random-path.lua), and its
 * summary read back: requests, latency percentiles (its {@code --latency} distribution), failed answers.
 */
public final class Wrk {

    private static final Tool WRK = new Tool("wrk", "wrk");
    private static final Pattern REQUESTS = Pattern.compile("(\\d+) requests in ([0-9.]+)(us|ms|s|m|h)");
    private static final Pattern PERCENTILE = Pattern.compile("^\\s*(50|75|90|99)(?:\\.0+)?%\\s+([0-9.]+)(us|ms|s|m|h)\\s*$", Pattern.MULTILINE);
    private static final Pattern NON_2XX = Pattern.compile("Non-2xx or 3xx responses: (\\d+)");
    private static final Pattern SOCKET_ERRORS = Pattern.compile("Socket errors: connect (\\d+), read (\\d+), write (\\d+), timeout (\\d+)");

    /** What one run did: requests answered, seconds, p50 and p99, answers not 2xx/3xx and socket errors. */
    public record Result(long requests, double seconds, Latency latency, long non2xx, long socketErrors) {
    }

    private Wrk() {
    }

    /**
     * {@code connections} connections on {@code threads} threads for {@code seconds} against {@code baseUrl}, each request a
     * GET of {@code prefix} + one of {@code ids}, with {@code header} ("Name: value") when given.
     */
    public static Result run(String baseUrl, String prefix, List<String> ids, Optional<String> header, int seconds, int connections,
            int threads, Path workDir, LongConsumer eachSecond) throws InterruptedException {
        try {
            Path script = workDir.resolve("random-path.lua");
            if (!Files.exists(script)) {
                try (InputStream lua = Wrk.class.getResourceAsStream("/wrk/random-path.lua")) {
                    Files.copy(lua, script);
                }
            }
            Path idFile = Files.write(Files.createTempFile(workDir, "ids", ".txt"), ids);
            List<String> args = new ArrayList<>(List.of("-t" + threads, "-c" + connections, "-d" + seconds + "s", "--latency",
                    "-s", script.toString(), baseUrl, "--", idFile.toString(), prefix));
            header.ifPresent(args::add);
            String output = WRK.run(args, Map.of(), workDir, eachSecond);
            Files.delete(idFile);
            return parse(output);
        } catch (IOException e) {
            throw new CommandFailure("cannot prepare wrk's script in " + workDir + ": " + e.getMessage());
        }
    }

    /** Reads wrk's summary as it prints it with {@code --latency}. */
    static Result parse(String output) {
        Matcher requests = REQUESTS.matcher(output);
        if (!requests.find()) {
            throw new CommandFailure("wrk printed no summary: " + output.strip());
        }
        double p50 = Double.NaN;
        double p99 = Double.NaN;
        Matcher percentile = PERCENTILE.matcher(output);
        while (percentile.find()) {
            double ms = millis(percentile.group(2), percentile.group(3));
            if (percentile.group(1).equals("50")) {
                p50 = ms;
            } else if (percentile.group(1).equals("99")) {
                p99 = ms;
            }
        }
        Matcher non2xx = NON_2XX.matcher(output);
        Matcher socket = SOCKET_ERRORS.matcher(output);
        long socketErrors = 0;
        if (socket.find()) {
            for (int g = 1; g <= 4; g++) {
                socketErrors += Long.parseLong(socket.group(g));
            }
        }
        return new Result(Long.parseLong(requests.group(1)), millis(requests.group(2), requests.group(3)) / 1000, new Latency(p50, p99),
                non2xx.find() ? Long.parseLong(non2xx.group(1)) : 0, socketErrors);
    }

    private static double millis(String value, String unit) {
        double v = Double.parseDouble(value);
        return switch (unit) {
            case "us" -> v / 1000;
            case "ms" -> v;
            case "s" -> v * 1000;
            case "m" -> v * 60_000;
            default -> v * 3_600_000;
        };
    }
}
