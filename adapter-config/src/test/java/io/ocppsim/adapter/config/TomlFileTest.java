package io.ocppsim.adapter.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;

/** Tests that write a real {@code simulator.toml} into a temporary folder and load it. */
abstract class TomlFileTest {

    @TempDir
    Path dir;

    final ConfigLoader loader = new ConfigLoader();

    Path file(String toml) throws IOException {
        return Files.writeString(dir.resolve("simulator.toml"), toml, StandardCharsets.UTF_8);
    }

    LoadedConfig load(String toml) throws Exception {
        return loader.load(file(toml));
    }

    /** The problems of a file that must not load. */
    ConfigException failure(String toml) throws IOException {
        Path path = file(toml);
        ConfigException e = catchThrowableOfType(ConfigException.class, () -> loader.load(path));
        assertThat(e).as("the file must not load").isNotNull();
        return e;
    }
}
