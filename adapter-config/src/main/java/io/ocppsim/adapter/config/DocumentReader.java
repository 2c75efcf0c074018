package io.ocppsim.adapter.config;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.DoubleFunction;
import java.util.function.Function;
import java.util.function.LongFunction;
import java.util.function.Supplier;
import org.tomlj.Toml;
import org.tomlj.TomlArray;
import org.tomlj.TomlParseResult;
import org.tomlj.TomlPosition;
import org.tomlj.TomlTable;

/**
 * Reads values out of a parsed {@code simulator.toml} and collects, instead of throwing, every
 * problem and warning on the way: each typed read falls back to its default after a problem, so
 * one pass finds them all.
 */
final class DocumentReader {

    private final TomlParseResult document;
    private final List<ConfigIssue> problems = new ArrayList<>();
    private final List<ConfigIssue> warnings = new ArrayList<>();

    DocumentReader(TomlParseResult document) {
        this.document = document;
    }

    List<ConfigIssue> problems() {
        return problems.stream().sorted(ConfigIssue.BY_POSITION).toList();
    }

    List<ConfigIssue> warnings() {
        return warnings.stream().sorted(ConfigIssue.BY_POSITION).toList();
    }

    /** Reports every top-level key and table but {@code [simulator]}. */
    void checkTopLevel() {
        checkChildren(document, List.of(), List.of(), ConfigSection.topLevel());
    }

    /**
     * The table of {@code section} inside {@code parent}, after reporting its unknown keys; {@code
     * null} when it (or its parent) is absent or is not a table.
     */
    TomlTable section(TomlTable parent, ConfigSection section) {
        if (parent == null) {
            return null;
        }
        Object value = parent.get(List.of(section.key()));
        if (value == null) {
            return null;
        }
        if (!(value instanceof TomlTable table)) {
            problem(section.path(), "must be a table, was " + typeOf(value));
            return null;
        }
        checkChildren(table, section.path(), section.keys(), section.children());
        return table;
    }

    <T> T string(TomlTable table, ConfigKey key, T fallback, Function<String, T> rule) {
        Object value = valueOf(table, key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String text)) {
            return wrongType(key, "a string", value, fallback);
        }
        return checked(key, () -> rule.apply(text), fallback);
    }

    <T> T integer(TomlTable table, ConfigKey key, T fallback, LongFunction<T> rule) {
        Object value = valueOf(table, key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Long number)) {
            return wrongType(key, "an integer", value, fallback);
        }
        return checked(key, () -> rule.apply(number), fallback);
    }

    /** A float; an integer is taken as the same number ({@code 7360} means {@code 7360.0}). */
    <T> T number(TomlTable table, ConfigKey key, T fallback, DoubleFunction<T> rule) {
        Object value = valueOf(table, key);
        if (value == null) {
            return fallback;
        }
        double number;
        if (value instanceof Double d) {
            number = d;
        } else if (value instanceof Long l) {
            number = l;
        } else {
            return wrongType(key, "a number", value, fallback);
        }
        return checked(key, () -> rule.apply(number), fallback);
    }

    boolean bool(TomlTable table, ConfigKey key, boolean fallback) {
        Object value = valueOf(table, key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean flag)) {
            return wrongType(key, "a boolean (true or false)", value, fallback);
        }
        return flag;
    }

    private Object valueOf(TomlTable table, ConfigKey key) {
        return table == null ? null : table.get(List.of(key.key()));
    }

    private <T> T wrongType(ConfigKey key, String expected, Object value, T fallback) {
        problem(key.path(), "must be " + expected + ", was " + typeOf(value));
        return fallback;
    }

    private <T> T checked(ConfigKey key, Supplier<T> rule, T fallback) {
        try {
            return rule.get();
        } catch (ConfigValueException e) {
            problem(key.path(), e.reason());
            return fallback;
        }
    }

    private void checkChildren(TomlTable table, List<String> path, List<ConfigKey> keys,
            List<ConfigSection> sections) {
        List<String> known = new ArrayList<>();
        keys.forEach(key -> known.add(key.key()));
        sections.forEach(section -> known.add(section.key()));
        for (String name : table.keySet()) {
            List<String> childPath = append(path, name);
            Object value = table.get(List.of(name));
            Optional<ConfigSection> section = sections.stream().filter(s -> s.key().equals(name)).findFirst();
            if (section.isPresent() && !section.get().used()) {
                unused(childPath, value);
            } else if (!known.contains(name)) {
                unknown(path, name, value, known);
            }
        }
    }

    private void unused(List<String> path, Object value) {
        if (value instanceof TomlTable) {
            warning(path, "not used by this version; its content is ignored");
        } else {
            problem(path, "must be a table, was " + typeOf(value));
        }
    }

    private void unknown(List<String> parentPath, String name, Object value, Collection<String> siblings) {
        boolean isSection = value instanceof TomlTable
                || value instanceof TomlArray array && !array.isEmpty() && array.get(0) instanceof TomlTable;
        String what = isSection ? "unknown section" : parentPath.isEmpty() ? "unknown key outside [simulator]"
                : "unknown key";
        Optional<String> hint = Suggestions.closest(name, siblings).or(() -> elsewhere(name, parentPath));
        problem(append(parentPath, name), what + hint.map(h -> ", did you mean " + h + "?").orElse(""));
    }

    /** A known key or table of that name (or nearly) in another table, as a full key path. */
    private static Optional<String> elsewhere(String name, List<String> parentPath) {
        Map<String, String> pathByName = new LinkedHashMap<>();
        Arrays.stream(ConfigKey.values())
                .filter(key -> !key.section().path().equals(parentPath))
                .forEach(key -> pathByName.putIfAbsent(key.key(), key.dotted()));
        Arrays.stream(ConfigSection.values())
                .filter(section -> !section.path().equals(append(parentPath, section.key())))
                .forEach(section -> pathByName.putIfAbsent(section.key(), section.dotted()));
        return Suggestions.closest(name, pathByName.keySet()).map(pathByName::get);
    }

    private void problem(List<String> path, String message) {
        problems.add(issue(path, message));
    }

    private void warning(List<String> path, String message) {
        warnings.add(issue(path, message));
    }

    private ConfigIssue issue(List<String> path, String message) {
        TomlPosition position = document.inputPositionOf(path);
        return position == null
                ? new ConfigIssue(Toml.joinKeyPath(path), 0, 0, message)
                : new ConfigIssue(Toml.joinKeyPath(path), position.line(), position.column(), message);
    }

    private static List<String> append(List<String> path, String name) {
        List<String> result = new ArrayList<>(path);
        result.add(name);
        return List.copyOf(result);
    }

    /** "a string", "an integer", … as TOML names its types. */
    static String typeOf(Object value) {
        return switch (value) {
            case String s -> "a string";
            case Long l -> "an integer";
            case Double d -> "a float";
            case Boolean b -> "a boolean";
            case TomlTable t -> "a table";
            case TomlArray a -> "an array";
            case OffsetDateTime t -> "an offset date-time";
            case LocalDateTime t -> "a local date-time";
            case LocalDate d -> "a local date";
            case LocalTime t -> "a local time";
            default -> "a " + value.getClass().getSimpleName();
        };
    }
}
