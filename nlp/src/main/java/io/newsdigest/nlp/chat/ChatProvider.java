package io.newsdigest.nlp.chat;

import java.util.Arrays;
import java.util.Locale;

/** The protocol a model server speaks. */
public enum ChatProvider {
    /** {@code POST {base}/chat/completions}: OpenAI, vLLM, llama.cpp's server, LiteLLM and other gateways. */
    OPENAI("openai"),
    /** {@code POST {base}/api/chat}: an Ollama server. */
    OLLAMA("ollama");

    private final String configName;

    ChatProvider(String configName) {
        this.configName = configName;
    }

    /** @return the name used in configuration and in {@code GET /v1/models} */
    public String configName() {
        return configName;
    }

    /**
     * @param name {@code openai} or {@code ollama}, any case
     * @throws IllegalArgumentException naming the accepted values
     */
    public static ChatProvider fromConfig(String name) {
        String wanted = name.strip().toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(p -> p.configName.equals(wanted)).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("unknown chat provider '" + name
                        + "'; use openai (any OpenAI-compatible server) or ollama"));
    }
}
