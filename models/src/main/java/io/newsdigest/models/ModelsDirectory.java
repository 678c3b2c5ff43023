package io.newsdigest.models;

import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Function;

/**
 * Decides where installed models live: configuration, else {@code NEWSDIGEST_MODELS_DIR}, else
 * {@code ~/.newsdigest/models}. Stateless; it neither creates nor checks the directory.
 */
public final class ModelsDirectory {

    /** Environment variable that overrides the default models directory. */
    public static final String ENV = "NEWSDIGEST_MODELS_DIR";

    private ModelsDirectory() {
    }

    /**
     * @param configured the configured directory (e.g. {@code models.dir} of the service configuration), if any
     * @return the models directory as an absolute, normalized path; it need not exist yet
     */
    public static Path resolve(Optional<String> configured) {
        return resolve(configured, System::getenv, Path.of(System.getProperty("user.home")));
    }

    /**
     * Same as {@link #resolve(Optional)} with the environment and home directory given, for callers that keep
     * configuration out of globals. A leading {@code ~/} in a configured value or the variable means {@code home}.
     *
     * @param configured  the configured directory, if any; blank counts as absent
     * @param environment looks up an environment variable, returning null when unset
     * @param home        the user's home directory
     * @return the models directory as an absolute, normalized path
     */
    public static Path resolve(Optional<String> configured, Function<String, String> environment, Path home) {
        Optional<String> chosen = configured.filter(s -> !s.isBlank())
                .or(() -> Optional.ofNullable(environment.apply(ENV)).filter(s -> !s.isBlank()));
        Path path = chosen.map(String::strip).map(s -> expandHome(s, home))
                .orElseGet(() -> home.resolve(".newsdigest").resolve("models"));
        return path.toAbsolutePath().normalize();
    }

    private static Path expandHome(String value, Path home) {
        if (value.equals("~")) {
            return home;
        }
        return value.startsWith("~/") ? home.resolve(value.substring(2)) : Path.of(value);
    }
}
