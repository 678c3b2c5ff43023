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

/** {@code newsdigest serve}: starts the HTTP server (the default when no command is given). */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Start the HTTP server (default port 8080; SERVER_PORT overrides).")
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
        ModelStore store = Models.store(settings);
        ModelControl control = new ModelControl(new MetricsModelEvents());
        PipelineHolder pipeline = Application.pipeline(settings, models, store, control);
        WebServer server = ServerAssembly.server(config,
                new ServerAssembly.Parts(settings, pipeline, Application.models(store, control), control)).build().start();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.stop();
            pipeline.close();
        }, "shutdown"));
        System.out.println("NewsDigest listening on http://localhost:" + server.port()
                + "/ (API under /v1, spec at /openapi, health at /observe/health)");
        return KEEP_RUNNING;
    }
}
