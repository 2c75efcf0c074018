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

    /**
     * A table of the document as the reader sees it.
     *
     * @param toml the table; {@code null} when it is absent (or was not a table), so every read
     *     gives its fallback
     * @param name how messages name it, e.g. {@code simulator.api_config} or
     *     {@code simulator.data_transfer[1]}; empty for the whole document
     * @param section the section it is; {@code null} for the whole document
     * @param position where it starts (its header, or its first key when it is dotted or inline);
     *     {@code null} for the whole document and for tables that are absent
     */
    record Table(TomlTable toml, String name, ConfigSection section, TomlPosition position) {

        boolean isPresent() {
            return toml != null;
        }

        /** How messages name a key of this table; odd names are quoted as TOML needs. */
        String nameOf(String key) {
            String quoted = Toml.joinKeyPath(List.of(key));
            return name.isEmpty() ? quoted : name + "." + quoted;
        }

        List<String> sectionPath() {
            return section == null ? List.of() : section.path();
        }
    }

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

    /** The whole document, after reporting every top-level key and table but {@code [simulator]}. */
    Table root() {
        Table root = new Table(document, "", null, null);
        checkChildren(root, List.of(), ConfigSection.topLevel());
        return root;
    }

    /**
     * The table of {@code section} inside {@code parent}, after reporting its unknown keys (but
     * for an {@link ConfigSection.Kind#OPEN_TABLE}); absent when it (or its parent) is absent or
     * is not a table.
     */
    Table section(Table parent, ConfigSection section) {
        String name = parent.nameOf(section.key());
        Object value = parent.isPresent() ? parent.toml().get(List.of(section.key())) : null;
        if (value == null) {
            return new Table(null, name, section, null);
        }
        if (!(value instanceof TomlTable toml)) {
            problem(parent, section.key(), "must be a table, was " + typeOf(value));
            return new Table(null, name, section, null);
        }
        Table table = new Table(toml, name, section, positionOf(parent, section.key()));
        if (section.kind() == ConfigSection.Kind.TABLE) {
            checkChildren(table, section.keys(), section.children());
        }
        return table;
    }

    /**
     * The tables of an {@link ConfigSection.Kind#ARRAY_OF_TABLES} section inside {@code parent},
     * each named with its index from 0 ({@code simulator.data_transfer[0]}) and checked for
     * unknown keys; none when it is absent or is not an array of tables.
     */
    List<Table> tables(Table parent, ConfigSection section) {
        Object value = parent.isPresent() ? parent.toml().get(List.of(section.key())) : null;
        if (value == null) {
            return List.of();
        }
        String expected = "must be an array of tables ([[" + section.dotted() + "]]), was ";
        if (!(value instanceof TomlArray array)) {
            problem(parent, section.key(), expected + typeOf(value));
            return List.of();
        }
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof TomlTable)) {
                problem(parent, section.key(), expected + "an array with " + typeOf(array.get(i)) + " as item "
                        + (i + 1));
                return List.of();
            }
        }
        List<Table> tables = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            Table table = new Table((TomlTable) array.get(i), parent.nameOf(section.key()) + "[" + i + "]", section,
                    array.inputPositionOf(i));
            checkChildren(table, section.keys(), section.children());
            tables.add(table);
        }
        return tables;
    }

    /**
     * The table {@code key} of {@code parent} (an {@link ConfigSection.Kind#OPEN_TABLE}), holding
     * the keys of {@code like} and no tables, after reporting its unknown keys; absent when it is
     * not a table (which is reported).
     */
    Table table(Table parent, String key, ConfigSection like) {
        Object value = parent.toml().get(List.of(key));
        String name = parent.nameOf(key);
        if (!(value instanceof TomlTable toml)) {
            problem(parent, key, "must be a table, was " + typeOf(value));
            return new Table(null, name, like, null);
        }
        Table table = new Table(toml, name, like, positionOf(parent, key));
        checkChildren(table, like.keys(), List.of());
        return table;
    }

    /** How many problems have been found so far. */
    int problemCount() {
        return problems.size();
    }

    /**
     * Reports a value a record refused, at the key it names: in the table among {@code tables}
     * whose section path is the longest start of that key, or else at the first table itself.
     */
    void rejected(ConfigValueException e, Table... tables) {
        Table best = null;
        String rest = null;
        for (Table table : tables) {
            String prefix = table.section().dotted() + ".";
            boolean longer = best == null || prefix.length() > best.section().dotted().length() + 1;
            if (e.key().startsWith(prefix) && longer) {
                best = table;
                rest = e.key().substring(prefix.length());
            }
        }
        if (best == null || rest.contains(".")) {
            issue(problems, tables[0].name(), tables[0].position(), e.reason());
        } else {
            problem(best, rest, e.reason());
        }
    }

    boolean has(Table table, ConfigKey key) {
        return valueOf(table, key) != null;
    }

    <T> T string(Table table, ConfigKey key, T fallback, Function<String, T> rule) {
        Object value = valueOf(table, key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof String text)) {
            return wrongType(table, key, "a string", value, fallback);
        }
        return checked(table, key, () -> rule.apply(text), fallback);
    }

    <T> T integer(Table table, ConfigKey key, T fallback, LongFunction<T> rule) {
        Object value = valueOf(table, key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Long number)) {
            return wrongType(table, key, "an integer", value, fallback);
        }
        return checked(table, key, () -> rule.apply(number), fallback);
    }

    /** A float; an integer is taken as the same number ({@code 7360} means {@code 7360.0}). */
    <T> T number(Table table, ConfigKey key, T fallback, DoubleFunction<T> rule) {
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
            return wrongType(table, key, "a number", value, fallback);
        }
        return checked(table, key, () -> rule.apply(number), fallback);
    }

    boolean bool(Table table, ConfigKey key, boolean fallback) {
        Object value = valueOf(table, key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof Boolean flag)) {
            return wrongType(table, key, "a boolean (true or false)", value, fallback);
        }
        return flag;
    }

    /**
     * An array of strings: each item goes through {@code itemRule}, then the items through
     * {@code listRule}; the fallback when anything is wrong. Every problem is reported at the key:
     * tomlj places the items of a multi-line array at the end of the line before them.
     */
    <E, T> T strings(Table table, ConfigKey key, T fallback, Function<String, E> itemRule,
            Function<List<E>, T> listRule) {
        Object value = valueOf(table, key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof TomlArray array)) {
            return wrongType(table, key, "an array of strings", value, fallback);
        }
        List<E> items = new ArrayList<>();
        boolean allValid = true;
        for (int i = 0; i < array.size(); i++) {
            Object item = array.get(i);
            if (!(item instanceof String text)) {
                problem(table, key.key(), "must be an array of strings, item " + (i + 1) + " was " + typeOf(item));
                allValid = false;
                continue;
            }
            try {
                items.add(itemRule.apply(text));
            } catch (ConfigValueException e) {
                problem(table, key.key(), e.reason());
                allValid = false;
            }
        }
        return allValid ? checked(table, key, () -> listRule.apply(items), fallback) : fallback;
    }

    /**
     * An array of integers, each as it is, then all through {@code rule}; the fallback when
     * anything is wrong. Every problem is reported at the key.
     */
    <T> T integers(Table table, ConfigKey key, T fallback, Function<List<Long>, T> rule) {
        Object value = valueOf(table, key);
        if (value == null) {
            return fallback;
        }
        if (!(value instanceof TomlArray array)) {
            return wrongType(table, key, "an array of integers", value, fallback);
        }
        List<Long> items = new ArrayList<>();
        for (int i = 0; i < array.size(); i++) {
            if (!(array.get(i) instanceof Long item)) {
                problem(table, key.key(), "must be an array of integers, item " + (i + 1) + " was "
                        + typeOf(array.get(i)));
                return fallback;
            }
            items.add(item);
        }
        return checked(table, key, () -> rule.apply(items), fallback);
    }

    /** Reports a problem with a key of {@code table}, at the key's position. */
    void problem(Table table, String key, String message) {
        issue(problems, table.nameOf(key), positionOf(table, key), message);
    }

    /** Reports a key {@code table} lacks, at the table's position. */
    void missing(Table table, ConfigKey key) {
        issue(problems, table.nameOf(key.key()), table.position(), "is required");
    }

    void warning(Table table, String key, String message) {
        issue(warnings, table.nameOf(key), positionOf(table, key), message);
    }

    /** Where {@code key} of {@code parent} is defined; {@code null} when unknown. */
    private static TomlPosition positionOf(Table parent, String key) {
        return parent.isPresent() ? parent.toml().inputPositionOf(List.of(key)) : null;
    }

    private Object valueOf(Table table, ConfigKey key) {
        return table.isPresent() ? table.toml().get(List.of(key.key())) : null;
    }

    private <T> T wrongType(Table table, ConfigKey key, String expected, Object value, T fallback) {
        problem(table, key.key(), "must be " + expected + ", was " + typeOf(value));
        return fallback;
    }

    private <T> T checked(Table table, ConfigKey key, Supplier<T> rule, T fallback) {
        try {
            return rule.get();
        } catch (ConfigValueException e) {
            problem(table, key.key(), e.reason());
            return fallback;
        }
    }

    private void checkChildren(Table table, List<ConfigKey> keys, List<ConfigSection> sections) {
        List<String> known = new ArrayList<>();
        keys.forEach(key -> known.add(key.key()));
        sections.forEach(section -> known.add(section.key()));
        for (String name : table.toml().keySet()) {
            Object value = table.toml().get(List.of(name));
            Optional<ConfigSection> section = sections.stream().filter(s -> s.key().equals(name)).findFirst();
            if (section.isPresent() && !section.get().used()) {
                unused(table, name, value);
            } else if (!known.contains(name)) {
                unknown(table, name, value, known);
            }
        }
    }

    private void unused(Table parent, String name, Object value) {
        if (value instanceof TomlTable) {
            warning(parent, name, "not used by this version; its content is ignored");
        } else {
            problem(parent, name, "must be a table, was " + typeOf(value));
        }
    }

    private void unknown(Table parent, String name, Object value, Collection<String> siblings) {
        boolean isSection = value instanceof TomlTable
                || value instanceof TomlArray array && !array.isEmpty() && array.get(0) instanceof TomlTable;
        String what = isSection ? "unknown section" : parent.name().isEmpty() ? "unknown key outside [simulator]"
                : "unknown key";
        Optional<String> hint = Suggestions.closest(name, siblings).or(() -> elsewhere(name, parent.sectionPath()));
        problem(parent, name, what + hint.map(h -> ", did you mean " + h + "?").orElse(""));
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

    private static void issue(List<ConfigIssue> into, String name, TomlPosition position, String message) {
        into.add(position == null
                ? new ConfigIssue(name, 0, 0, message)
                : new ConfigIssue(name, position.line(), position.column(), message));
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
