package io.newsdigest.nlp.chat;

import dev.langchain4j.data.message.ChatMessage;
import dev.langchain4j.model.catalog.ModelDescription;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.request.ChatRequest;
import dev.langchain4j.model.chat.request.ResponseFormat;
import dev.langchain4j.model.chat.request.ResponseFormatType;
import dev.langchain4j.model.chat.request.json.JsonSchema;
import dev.langchain4j.model.chat.response.ChatResponse;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaModel;
import dev.langchain4j.model.ollama.OllamaModels;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiModelCatalog;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * The newsroom's model server through LangChain4j's own clients: {@code OpenAiChatModel} for OpenAI-compatible
 * servers, {@code OllamaChatModel} for Ollama, over {@link JdkHttpTransport}. LangChain4j's retries are off: a failed
 * call fails at once, so that a request never waits longer than the configured timeout for one answer.
 *
 * <p>At most {@code maxConcurrentCalls} calls are in flight; a call waits up to the timeout for a slot and then
 * fails as busy. After a 429 (or a 503) with {@code Retry-After}, calls fail at once until that time has passed,
 * so a busy server is not hammered.
 *
 * <p>Thread-safe. It owns its HTTP clients and closes them in {@link #close()}. It does not validate answers
 * (see {@link ChatSummarizer}, {@link ChatTranslator}) and never logs messages or the API key.
 */
public final class LangChainModelServer implements ChatModelServer {

    private final ChatSettings settings;
    private final ChatModel model;
    private final Supplier<List<String>> listing;
    private final List<JdkHttpTransport.Builder> transports = new ArrayList<>();
    private final Semaphore slots;
    private final Clock clock;
    private final AtomicReference<Instant> coolDownUntil = new AtomicReference<>(Instant.MIN);
    private final AtomicReference<ChatHealth> health = new AtomicReference<>(ChatHealth.unknown());

    public LangChainModelServer(ChatSettings settings) {
        this(settings, Clock.systemUTC());
    }

    LangChainModelServer(ChatSettings settings, Clock clock) {
        this.settings = Objects.requireNonNull(settings, "settings");
        this.clock = clock;
        this.slots = new Semaphore(settings.maxConcurrentCalls(), true);
        this.model = settings.provider() == ChatProvider.OLLAMA ? ollama(settings) : openAi(settings);
        this.listing = settings.provider() == ChatProvider.OLLAMA ? ollamaListing(settings) : openAiListing(settings);
    }

    @Override
    public ChatSettings settings() {
        return settings;
    }

    @Override
    public ChatHealth health() {
        return health.get();
    }

    @Override
    public String answer(List<ChatMessage> messages, JsonSchema schema) {
        Instant now = clock.instant();
        Instant until = coolDownUntil.get();
        if (now.isBefore(until)) {
            throw new ChatCallException(ChatFailure.of(ChatFailure.Kind.COOLING_DOWN, "the model server asked to be"
                    + " left alone for another " + ChatFailure.seconds(Duration.between(now, until).plusMillis(999)
                    .truncatedTo(java.time.temporal.ChronoUnit.SECONDS)) + " (it answered 429 or 503 with Retry-After)"));
        }
        acquireSlot();
        try {
            ChatResponse response = model.chat(request(messages, schema));
            health.set(ChatHealth.up(clock.instant()));
            String text = response.aiMessage() == null ? null : response.aiMessage().text();
            return text == null ? "" : text;
        } catch (RuntimeException e) {
            ChatFailure failure = ChatFailure.of(e, settings.timeout());
            failure.retryAfter().ifPresent(wait -> coolDownUntil.set(clock.instant().plus(wait)));
            health.set(ChatHealth.down(clock.instant(), failure.message()));
            throw new ChatCallException(failure, e);
        } finally {
            slots.release();
        }
    }

    @Override
    public ChatHealth probe() {
        ChatHealth result;
        try {
            List<String> names = listing.get();
            boolean served = names.stream().anyMatch(name -> name.equals(settings.model())
                    || name.equals(settings.model() + ":latest"));
            result = served ? ChatHealth.up(clock.instant()) : ChatHealth.down(clock.instant(), "the model server"
                    + " answered but does not list the model '" + settings.model() + "'");
        } catch (RuntimeException e) {
            result = ChatHealth.down(clock.instant(), ChatFailure.of(e, settings.timeout()).message());
        }
        health.set(result);
        return result;
    }

    @Override
    public void close() {
        synchronized (transports) {
            transports.forEach(builder -> builder.built().ifPresent(JdkHttpTransport::close));
        }
    }

    @Override
    public String toString() {
        return "LangChainModelServer[" + settings + "]";
    }

    private void acquireSlot() {
        try {
            if (!slots.tryAcquire(settings.timeout().toMillis(), TimeUnit.MILLISECONDS)) {
                throw new ChatCallException(ChatFailure.of(ChatFailure.Kind.BUSY, "all "
                        + settings.maxConcurrentCalls() + " calls to the model server stayed busy for "
                        + ChatFailure.seconds(settings.timeout())));
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ChatCallException(ChatFailure.of(ChatFailure.Kind.BUSY, "interrupted while waiting for a call"
                    + " slot"), e);
        }
    }

    private ChatRequest request(List<ChatMessage> messages, JsonSchema schema) {
        ChatRequest.Builder request = ChatRequest.builder().messages(messages);
        if (settings.jsonSchema()) {
            request.responseFormat(ResponseFormat.builder().type(ResponseFormatType.JSON).jsonSchema(schema).build());
        }
        return request.build();
    }

    private JdkHttpTransport.Builder transport() {
        JdkHttpTransport.Builder builder = new JdkHttpTransport.Builder(settings.apiKey());
        synchronized (transports) {
            transports.add(builder);
        }
        return builder;
    }

    private ChatModel openAi(ChatSettings settings) {
        OpenAiChatModel.OpenAiChatModelBuilder builder = OpenAiChatModel.builder()
                .httpClientBuilder(transport())
                .baseUrl(settings.baseUrl().toString())
                .apiKey(settings.apiKey().orElse(null))
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .strictJsonSchema(true)
                .logRequests(false)
                .logResponses(false);
        settings.temperature().ifPresent(builder::temperature);
        return builder.build();
    }

    private ChatModel ollama(ChatSettings settings) {
        OllamaChatModel.OllamaChatModelBuilder builder = OllamaChatModel.builder()
                .httpClientBuilder(transport())
                .baseUrl(settings.baseUrl().toString())
                .modelName(settings.model())
                .timeout(settings.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false);
        settings.temperature().ifPresent(builder::temperature);
        settings.contextTokens().ifPresent(builder::numCtx);
        return builder.build();
    }

    private Supplier<List<String>> openAiListing(ChatSettings settings) {
        OpenAiModelCatalog catalog = OpenAiModelCatalog.builder()
                .httpClientBuilder(transport())
                .baseUrl(settings.baseUrl().toString())
                .apiKey(settings.apiKey().orElse(null))
                .connectTimeout(settings.timeout())
                .readTimeout(settings.timeout())
                .logRequests(false)
                .logResponses(false)
                .build();
        return () -> catalog.listModels().stream().map(ModelDescription::name).toList();
    }

    private Supplier<List<String>> ollamaListing(ChatSettings settings) {
        OllamaModels models = OllamaModels.builder()
                .httpClientBuilder(transport())
                .baseUrl(settings.baseUrl().toString())
                .timeout(settings.timeout())
                .maxRetries(0)
                .logRequests(false)
                .logResponses(false)
                .build();
        return () -> models.availableModels().content().stream().map(OllamaModel::getName).toList();
    }
}
