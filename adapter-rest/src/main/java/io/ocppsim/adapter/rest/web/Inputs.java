package io.ocppsim.adapter.rest.web;

import io.helidon.webserver.http.ServerRequest;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiPredicate;
import java.util.function.Function;

/**
 * Reads the values of query parameters and body fields. Every failure is an
 * {@link InvalidRequestException} that names the field as the API spells it.
 */
public final class Inputs {

    private Inputs() {
    }

    /** The first value of query parameter {@code name}, if given. */
    public static Optional<String> query(ServerRequest request, String name) {
        return request.query().first(name).asOptional();
    }

    /**
     * Every value of query parameter {@code name}, split at commas, trimmed, without empty ones:
     * {@code ?types=a,b&types=c} gives a, b, c.
     */
    public static List<String> commaSeparated(ServerRequest request, String name) {
        if (!request.query().contains(name)) {
            return List.of();
        }
        return request.query().all(name).stream()
                .flatMap(value -> Arrays.stream(value.split(",")))
                .map(String::trim)
                .filter(value -> !value.isEmpty())
                .toList();
    }

    /** {@code value} as an int between {@code min} and {@code max}. */
    public static int integer(String field, String value, int min, int max) {
        int parsed;
        try {
            parsed = Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "must be an integer, was '" + value + "'");
        }
        if (parsed < min || parsed > max) {
            throw new InvalidRequestException(field, "must be between " + min + " and " + max + ", was " + parsed,
                    Map.of("min", min, "max", max));
        }
        return parsed;
    }

    /**
     * {@code value} as a finite decimal number, written as JSON writes numbers ({@code 20},
     * {@code -1.5}, {@code 6e4}); its range is for the caller to check.
     */
    public static double decimal(String field, String value) {
        double parsed;
        try {
            parsed = new BigDecimal(value.trim()).doubleValue();
        } catch (NumberFormatException e) {
            throw new InvalidRequestException(field, "must be a number, was '" + value + "'");
        }
        if (!Double.isFinite(parsed)) {
            throw new InvalidRequestException(field, "must be a finite number, was '" + value + "'");
        }
        return parsed;
    }

    /** The constant of {@code allowed} named exactly {@code value}: the specification's spelling. */
    public static <E extends Enum<E>> E enumByName(String field, String value, Collection<E> allowed) {
        return oneOf(field, value, allowed, Enum::name, String::equals);
    }

    /**
     * The element of {@code allowed} whose label, as {@code label} gives it, is {@code value},
     * ignoring case.
     */
    public static <T> T byLabel(String field, String value, Collection<T> allowed, Function<T, String> label) {
        return oneOf(field, value, allowed, label, String::equalsIgnoreCase);
    }

    private static <T> T oneOf(String field, String value, Collection<T> allowed, Function<T, String> label,
            BiPredicate<String, String> same) {
        Optional<T> match = allowed.stream().filter(candidate -> same.test(label.apply(candidate), value)).findFirst();
        if (match.isPresent()) {
            return match.get();
        }
        List<String> labels = allowed.stream().map(label).toList();
        throw new InvalidRequestException(field,
                "must be one of " + String.join(", ", labels) + "; was '" + value + "'", Map.of("allowed", labels));
    }
}
