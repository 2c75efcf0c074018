package io.ocppsim.bootstrap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.logging.Formatter;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.logging.StreamHandler;

/**
 * Sets up java.util.logging, which the simulator, Helidon and Tyrus all log through: one handler
 * on standard error, as plain lines or as one JSON object per line, at the level asked for. The
 * simulator's own loggers get that level; the libraries' stay at WARNING unless debug or trace is
 * asked for.
 */
public final class Logging {

    /** The levels the command line accepts, from least to most verbose. */
    public enum LogLevel {
        error(Level.SEVERE), warn(Level.WARNING), info(Level.INFO), debug(Level.FINE), trace(Level.FINEST);

        final Level julLevel;

        LogLevel(Level julLevel) {
            this.julLevel = julLevel;
        }
    }

    // JUL keeps loggers weakly: hold on to the ones configured here.
    private static final Logger ROOT = Logger.getLogger("");
    private static final Logger SIMULATOR = Logger.getLogger("io.ocppsim");
    private static final Logger[] LIBRARIES = {Logger.getLogger("io.helidon"), Logger.getLogger("org.glassfish"),
        Logger.getLogger("com.networknt")};

    private Logging() {
    }

    public static void configure(LogLevel level, boolean json, PrintStream err) {
        // Helidon would otherwise read a logging.properties it finds and replace this set-up.
        System.setProperty("io.helidon.logging.config.disabled", "true");
        for (Handler handler : ROOT.getHandlers()) {
            ROOT.removeHandler(handler);
        }
        Handler handler = new StreamHandler(err, json ? new JsonFormatter() : new LineFormatter()) {
            @Override
            public synchronized void publish(LogRecord record) {
                super.publish(record);
                flush();
            }

            @Override
            public synchronized void close() {
                flush(); // the stream is the process's standard error: never close it
            }
        };
        handler.setLevel(Level.ALL);
        ROOT.addHandler(handler);
        ROOT.setLevel(Level.WARNING);
        SIMULATOR.setLevel(level.julLevel);
        Level libraries = level.ordinal() >= LogLevel.debug.ordinal() ? Level.INFO : Level.WARNING;
        for (Logger library : LIBRARIES) {
            library.setLevel(libraries);
        }
    }

    /** {@code 2026-01-01T10:00:00.123Z INFO  io.ocppsim.x: message}. */
    static final class LineFormatter extends Formatter {
        @Override
        public String format(LogRecord record) {
            StringBuilder line = new StringBuilder().append(record.getInstant()).append(' ')
                    .append(String.format(Locale.ROOT, "%-7s", levelName(record.getLevel()))).append(' ')
                    .append(record.getLoggerName()).append(": ").append(formatMessage(record))
                    .append(System.lineSeparator());
            if (record.getThrown() != null) {
                line.append(stackTrace(record.getThrown()));
            }
            return line.toString();
        }
    }

    /** One JSON object per line: timestamp, level, logger, message and, if any, error. */
    static final class JsonFormatter extends Formatter {
        private static final ObjectMapper JSON = new ObjectMapper();

        @Override
        public String format(LogRecord record) {
            Map<String, String> line = new LinkedHashMap<>();
            line.put("timestamp", record.getInstant().toString());
            line.put("level", levelName(record.getLevel()));
            line.put("logger", String.valueOf(record.getLoggerName()));
            line.put("message", formatMessage(record));
            if (record.getThrown() != null) {
                line.put("error", stackTrace(record.getThrown()));
            }
            try {
                return JSON.writeValueAsString(line) + System.lineSeparator();
            } catch (JsonProcessingException e) {
                return "{\"level\":\"ERROR\",\"message\":\"unprintable log record\"}" + System.lineSeparator();
            }
        }
    }

    static String levelName(Level level) {
        if (level.intValue() >= Level.SEVERE.intValue()) {
            return "ERROR";
        } else if (level.intValue() >= Level.WARNING.intValue()) {
            return "WARN";
        } else if (level.intValue() >= Level.INFO.intValue()) {
            return "INFO";
        } else if (level.intValue() >= Level.FINE.intValue()) {
            return "DEBUG";
        }
        return "TRACE";
    }

    private static String stackTrace(Throwable thrown) {
        StringWriter out = new StringWriter();
        thrown.printStackTrace(new PrintWriter(out));
        return out.toString();
    }
}
