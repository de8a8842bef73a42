package org.claimtrace.batch;

import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.json.Json;
import org.claimtrace.model.Article;
import org.claimtrace.pipeline.Pipeline;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;

/** SHA-256 fingerprints of inputs and configurations, which decide whether {@code --resume} may skip a document. */
public final class Fingerprints {
    private Fingerprints() {
    }

    /** The article's id, text, title, date, url, metadata, source path and read error. */
    public static String input(Article article) {
        return sha256(Json.compact(article));
    }

    /**
     * Everything besides the input that decides a document's output: the configuration, the size limit,
     * the schema version and the program version. (The content of a models directory is not hashed: change
     * the models, and run without {@code --resume}.)
     */
    public static String config(ClaimTraceConfig config, long maxBytes, String version) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("config", config);
        m.put("maxBytes", maxBytes);
        m.put("schemaVersion", Pipeline.SCHEMA_VERSION);
        m.put("version", version);
        return sha256(Json.compact(m));
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
