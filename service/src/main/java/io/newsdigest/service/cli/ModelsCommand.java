package io.newsdigest.service.cli;

import io.newsdigest.models.ModelStore;
import io.newsdigest.models.catalog.ModelCatalog;
import io.newsdigest.models.cli.ConsoleProgress;
import io.newsdigest.models.cli.ModelCommands;
import io.newsdigest.models.pull.ModelPuller;
import io.newsdigest.models.pull.PullOptions;
import io.newsdigest.service.Application;
import io.newsdigest.service.Models;
import io.newsdigest.service.ServiceConfig;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Parameters;

import java.net.URI;
import java.nio.file.Path;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Function;

/** {@code newsdigest models list | pull ID | verify [ID] | remove ID | import FOLDER [ID]}. */
@Command(name = "models", mixinStandardHelpOptions = true,
        header = "List, install, verify and remove translation and summary models.",
        description = "Models live in the models directory (see --models-dir).",
        subcommands = {ModelsCommand.ListModels.class, ModelsCommand.Pull.class, ModelsCommand.Verify.class,
                ModelsCommand.Remove.class, ModelsCommand.Import.class})
public final class ModelsCommand implements Callable<Integer> {

    @Option(names = "--models-dir", description = "The models directory (default: config, NEWSDIGEST_MODELS_DIR, ~/.newsdigest/models).")
    Path modelsDirectory;

    @Option(names = "--hub", description = "Base URL to download from (default: the models.hub-url setting).")
    URI hub;

    @Option(names = "--config", description = "A YAML file whose keys override the embedded defaults.")
    Path configFile;

    /** Without a subcommand: list. */
    @Override
    public Integer call() {
        return run(ModelCommands::list);
    }

    int run(Function<ModelCommands, Integer> action) {
        ServiceConfig config = ServiceConfig.from(Application.config(Optional.ofNullable(configFile)));
        ModelStore store = modelsDirectory != null ? new ModelStore(modelsDirectory) : Models.store(config);
        URI base = hub != null ? hub : URI.create(config.hubUrl());
        try (ModelPuller puller = new ModelPuller(store, PullOptions.defaults().withHubBase(base))) {
            return action.apply(new ModelCommands(store, ModelCatalog.bundled(), puller, System.out, System.err));
        }
    }

    @Command(name = "list", mixinStandardHelpOptions = true, description = "Installed models and the catalog of known ones.")
    static final class ListModels implements Callable<Integer> {
        @ParentCommand
        ModelsCommand parent;

        @Override
        public Integer call() {
            return parent.run(ModelCommands::list);
        }
    }

    @Command(name = "pull", mixinStandardHelpOptions = true, description = "Download a catalog model, verify it and install it.")
    static final class Pull implements Callable<Integer> {
        @ParentCommand
        ModelsCommand parent;

        @Parameters(paramLabel = "ID", description = "A catalog id, e.g. opus-mt-de-en.")
        String id;

        @Override
        public Integer call() {
            return parent.run(commands -> commands.pull(id, new ConsoleProgress(System.err)));
        }
    }

    @Command(name = "verify", mixinStandardHelpOptions = true, description = "Re-check the sha256 of every file of one or all models.")
    static final class Verify implements Callable<Integer> {
        @ParentCommand
        ModelsCommand parent;

        @Parameters(paramLabel = "ID", arity = "0..1", description = "A model id (default: all).")
        String id;

        @Override
        public Integer call() {
            return parent.run(commands -> commands.verify(Optional.ofNullable(id)));
        }
    }

    @Command(name = "remove", mixinStandardHelpOptions = true, description = "Delete an installed model.")
    static final class Remove implements Callable<Integer> {
        @ParentCommand
        ModelsCommand parent;

        @Parameters(paramLabel = "ID")
        String id;

        @Override
        public Integer call() {
            return parent.run(commands -> commands.remove(id));
        }
    }

    @Command(name = "import", mixinStandardHelpOptions = true,
            description = "Install a model folder (e.g. an Optimum export); its manifest is written when missing.")
    static final class Import implements Callable<Integer> {
        @ParentCommand
        ModelsCommand parent;

        @Parameters(index = "0", paramLabel = "FOLDER")
        Path folder;

        @Parameters(index = "1", paramLabel = "ID", arity = "0..1", description = "The catalog id it corresponds to.")
        String id;

        @Override
        public Integer call() {
            return parent.run(commands -> commands.importFolder(folder, Optional.ofNullable(id)));
        }
    }
}
