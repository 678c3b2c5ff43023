package io.newsdigest.nlp.onnx;

import ai.onnxruntime.OrtEnvironment;

/**
 * The process's ONNX Runtime environment, created safely. Stateless; ONNX Runtime owns the environment and keeps
 * it for the life of the process, so nobody closes it.
 */
public final class OnnxEnvironment {

    private static final long ORT_INIT_STACK_BYTES = 16L * 1024 * 1024;

    private OnnxEnvironment() {
    }

    /**
     * ONNX Runtime 1.29 overflows a 1 MB thread stack while it creates its environment (the JVM's default for
     * the main thread and for pool threads: the process dies with SIGSEGV, no Java exception). Creating it once
     * on a thread with a larger stack avoids that; sessions then run on ordinary threads.
     *
     * @param modelId the model that needs it, for the error message
     * @throws ModelLoadException naming the model when ONNX Runtime cannot start
     */
    public static OrtEnvironment get(String modelId) {
        OrtEnvironment[] created = new OrtEnvironment[1];
        RuntimeException[] failure = new RuntimeException[1];
        Thread init = new Thread(null, () -> {
            try {
                created[0] = OrtEnvironment.getEnvironment();
            } catch (RuntimeException | LinkageError e) {
                failure[0] = new ModelLoadException(modelId, "cannot start ONNX Runtime: " + e.getMessage(), e);
            }
        }, "onnxruntime-init", ORT_INIT_STACK_BYTES);
        init.start();
        try {
            init.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ModelLoadException(modelId, "interrupted while starting ONNX Runtime", e);
        }
        if (failure[0] != null) {
            throw failure[0];
        }
        return created[0];
    }
}
