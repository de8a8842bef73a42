package org.claimtrace.engine.corenlp;

import edu.stanford.nlp.pipeline.Annotator;
import org.claimtrace.engine.SharedModels;
import org.claimtrace.pipeline.ModelLoadException;

import java.util.Properties;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Builds CoreNLP annotators once per JVM and shares them. CoreNLP's annotators are safe to use from
 * several threads at once (CoreNLP itself does so in its multi-threaded pipeline and server), so one
 * instance serves all workers.
 */
public final class CoreNlpEngine {
    private CoreNlpEngine() {
    }

    /**
     * Returns the shared annotator for these properties. The properties are copied first, because CoreNLP
     * mutates the Properties objects it is given.
     */
    public static <A extends Annotator> A annotator(String name, Properties props, Function<Properties, A> factory) {
        Properties copy = new Properties();
        copy.putAll(props);
        String key = "corenlp:" + name + ":" + new TreeMap<>(copy);
        return SharedModels.get(key, () -> {
            Properties fresh = new Properties();
            fresh.putAll(copy);
            try {
                return factory.apply(fresh);
            } catch (RuntimeException e) {
                throw new ModelLoadException("CoreNLP annotator '" + name + "' could not be loaded: " + e.getMessage(), e);
            }
        });
    }

    /** Properties from alternating key/value strings. */
    public static Properties props(String... keyValues) {
        Properties p = new Properties();
        for (int i = 0; i + 1 < keyValues.length; i += 2) {
            p.setProperty(keyValues[i], keyValues[i + 1]);
        }
        return p;
    }
}
