package io.ocppsim.adapter.config;

import java.util.List;

/**
 * A configuration could not be loaded. Carries every problem found, not just the first, in the
 * order they appear in the file.
 */
public final class ConfigException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String source;
    private final List<ConfigIssue> problems;

    public ConfigException(String source, List<ConfigIssue> problems) {
        super(message(source, problems));
        if (problems.isEmpty()) {
            throw new IllegalArgumentException("a ConfigException needs at least one problem");
        }
        this.source = source;
        this.problems = List.copyOf(problems);
    }

    /** Where the configuration came from: the file's path or the name given to the loader. */
    public String source() {
        return source;
    }

    public List<ConfigIssue> problems() {
        return problems;
    }

    private static String message(String source, List<ConfigIssue> problems) {
        if (problems.size() == 1) {
            return source + ": " + problems.getFirst().describe();
        }
        StringBuilder text = new StringBuilder(source).append(": ").append(problems.size()).append(" problems");
        for (ConfigIssue problem : problems) {
            text.append(System.lineSeparator()).append("  ").append(problem.describe());
        }
        return text.toString();
    }
}
