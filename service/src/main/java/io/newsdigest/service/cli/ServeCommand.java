package io.newsdigest.service.cli;

import io.helidon.config.Config;
import io.helidon.logging.common.LogConfig;
import io.helidon.webserver.WebServer;
import io.newsdigest.models.ModelStore;
import io.newsdigest.service.Application;
import io.newsdigest.service.MetricsModelEvents;
import io.newsdigest.service.ModelControl;
import io.newsdigest.service.ModelSettings;
import io.newsdigest.service.Models;
import io.newsdigest.service.ServerAssembly;
import io.newsdigest.service.ServiceConfig;
import io.newsdigest.service.http.PipelineHolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;

/**
 * {@code newsdigest serve}: starts the HTTP server (the default when no command is given). A port that cannot be
 * bound ends the command with one line naming it and exit code 1.
 */
@Command(name = "serve", mixinStandardHelpOptions = true,
        header = "Start the HTTP server (the default command).",
        description = "Listens on port 8080 unless SERVER_PORT or server.port says otherwise.")
public final class ServeCommand implements Callable<Integer> {

    /** Exit code meaning "the server runs on; do not exit the JVM". */
    public static final int KEEP_RUNNING = -1;

    @Option(names = "--config", description = "A YAML file whose keys override the embedded defaults.")
    Path configFile;

    @Override
    public Integer call() {
        LogConfig.configureRuntime();
        Config config = Application.config(Optional.ofNullable(configFile));
        ServiceConfig settings = ServiceConfig.from(config);
        ModelSettings models = ModelSettings.from(config);
        String host = config.get("server.host").asString().orElse("0.0.0.0");
        int port = config.get("server.port").asInt().orElse(8080);
        // Before the models start loading: a taken port should cost the user a second, not the load time.
        PortCheck.requireBindable(host, port);
        ModelStore store = Models.store(settings);
        ModelControl control = new ModelControl(new MetricsModelEvents());
        PipelineHolder pipeline = Application.pipeline(settings, models, store, control);
        WebServer server = ServerAssembly.server(config,
                new ServerAssembly.Parts(settings, pipeline, Application.models(store, control), control)).build().start();
        if (!server.isRunning() || server.port() < 0) {
            // Someone took the port between the check and the start; the web server has logged why.
            pipeline.close();
            throw new IllegalStateException(PortCheck.unavailable(host, port, "the web server could not bind it"));
        }
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            pipeline.close();
        }, "shutdown"));
        System.out.println("NewsDigest listening on http://localhost:" + server.port()
                + "/ (API under /v1, spec at /openapi, health at /observe/health)");
        return KEEP_RUNNING;
    }
}
