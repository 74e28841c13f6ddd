package dev.hybridstore.testsupport;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.jboss.logmanager.ExtLogRecord;

/** Records every log record of the running application (root logger) while open. */
public final class LogCapture extends Handler implements AutoCloseable {

    private final List<LogRecord> records = new CopyOnWriteArrayList<>();

    public static LogCapture start() {
        LogCapture capture = new LogCapture();
        Logger.getLogger("").addHandler(capture);
        return capture;
    }

    /** Records at WARNING or above from loggers whose name starts with {@code category}. */
    public List<LogRecord> warnings(String category) {
        return records.stream().filter(r -> r.getLevel().intValue() >= Level.WARNING.intValue())
                .filter(r -> r.getLoggerName() != null && r.getLoggerName().startsWith(category)).toList();
    }

    public List<LogRecord> records() {
        return List.copyOf(records);
    }

    /** Every record that carries a throwable, which the console would print as a stack trace. */
    public List<LogRecord> withStackTraces() {
        return records.stream().filter(r -> r.getThrown() != null).toList();
    }

    /** The message with its arguments filled in. */
    public static String text(LogRecord r) {
        return r instanceof ExtLogRecord ext ? ext.getFormattedMessage() : r.getMessage();
    }

    /** The record's MDC value (e.g. traceId), as it was when the record was written; null when absent. */
    public static String mdc(LogRecord r, String key) {
        return r instanceof ExtLogRecord ext ? ext.getMdc(key) : null;
    }

    @Override
    public void publish(LogRecord record) {
        if (record instanceof ExtLogRecord ext) {
            ext.copyMdc(); // read later, on another thread
        }
        records.add(record);
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
        Logger.getLogger("").removeHandler(this);
    }
}
