package org.claimtrace.engine;

import org.claimtrace.pipeline.ModelLoadException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.function.Supplier;

/**
 * The JVM-wide cache of loaded models. Each model is loaded once, by the first thread that asks for it,
 * and then shared by every pipeline and thread: models are immutable after loading. A Spark executor or
 * a long-running service therefore pays the load cost once.
 */
public final class SharedModels {
    private static final Logger LOG = LoggerFactory.getLogger(SharedModels.class);
    private static final ConcurrentMap<String, Holder<?>> MODELS = new ConcurrentHashMap<>();

    private SharedModels() {
    }

    /**
     * Returns the model stored under {@code key}, loading it with {@code loader} on first use.
     * The key must name everything that changes the loaded object (model path, options).
     */
    @SuppressWarnings("unchecked")
    public static <T> T get(String key, Supplier<T> loader) {
        Holder<T> holder = (Holder<T>) MODELS.computeIfAbsent(key, k -> new Holder<>(k, loader));
        return holder.get();
    }

    /** Number of distinct models loaded so far; for tests that check models are shared. */
    public static int loadedCount() {
        return (int) MODELS.values().stream().filter(h -> h.value != null).count();
    }

    private static final class Holder<T> {
        private final String key;
        private final Supplier<T> loader;
        private volatile T value;

        Holder(String key, Supplier<T> loader) {
            this.key = key;
            this.loader = loader;
        }

        T get() {
            T v = value;
            if (v == null) {
                synchronized (this) {
                    v = value;
                    if (v == null) {
                        long t0 = System.nanoTime();
                        try {
                            v = loader.get();
                        } catch (ModelLoadException e) {
                            throw e;
                        } catch (RuntimeException e) {
                            throw new ModelLoadException("cannot load model " + key + ": " + e.getMessage(), e);
                        }
                        value = v;
                        LOG.debug("loaded {} in {} ms", key, (System.nanoTime() - t0) / 1_000_000);
                    }
                }
            }
            return v;
        }
    }
}
