package org.claimtrace.it;

import org.claimtrace.ClaimTrace;
import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.engine.SharedModels;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Entity;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The README's library example, compiled and run as written, plus the API's promises. */
class LibraryExampleIT {
    @Test
    void readmeExample() {
        // --- README example start ---
        try (ClaimTrace ct = ClaimTrace.builder().defaultDate(LocalDate.of(2025, 10, 15)).build()) {
            DocumentResult r = ct.process(Article.of("a1",
                    "Vladimir Putin met Ahmed al-Sharaa in Moscow on Wednesday. He said Russia would keep its bases."));
            for (Entity e : r.entities()) {
                System.out.println(e.type() + " " + e.name() + " " + e.aliases());
            }
            String json = ct.toJson(r);
            // --- README example end ---
            assertTrue(json.contains("\"schemaVersion\""));
            assertTrue(r.entities().stream().anyMatch(e -> e.name().equals("Vladimir Putin")));
            assertTrue(r.entities().stream().anyMatch(e -> "2025-10-15".equals(e.value())));
        }
    }

    @Test
    void configSurvivesSerializationAndModelsAreShared() throws Exception {
        ClaimTraceConfig config = ClaimTraceConfig.defaults().withDefaultDate(LocalDate.of(2024, 1, 2));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ObjectOutputStream oos = new ObjectOutputStream(bytes)) {
            oos.writeObject(config);
        }
        ClaimTraceConfig copy;
        try (ObjectInputStream ois = new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
            copy = (ClaimTraceConfig) ois.readObject();
        }
        assertEquals(config, copy);
        try (ClaimTrace first = ClaimTrace.create(copy)) {
            int loaded = SharedModels.loadedCount();
            try (ClaimTrace second = ClaimTrace.create(copy)) {
                assertEquals(loaded, SharedModels.loadedCount(), "a second pipeline loads no model again");
                assertEquals(first.process(Article.of("x", "Reuters said so.")).entities(),
                        second.process(Article.of("x", "Reuters said so.")).entities());
            }
        }
    }

    @Test
    void oneInstanceServesManyThreads() throws Exception {
        try (ClaimTrace ct = ClaimTrace.builder().build()) {
            String text = "Angela Merkel met Emmanuel Macron in Berlin on Tuesday. She said the EU must act.";
            String expected = ct.toJson(ct.process(Article.of("t", text)));
            ExecutorService pool = Executors.newFixedThreadPool(4);
            List<Future<String>> fs = new ArrayList<>();
            for (int i = 0; i < 12; i++) {
                fs.add(pool.submit(() -> ct.toJson(ct.process(Article.of("t", text)))));
            }
            for (Future<String> f : fs) {
                assertEquals(expected, f.get());
            }
            pool.shutdown();
        }
    }

    @Test
    void closedInstanceRefusesWork() throws IOException {
        ClaimTrace ct = ClaimTrace.builder().build();
        ct.close();
        try {
            ct.process(Article.of("x", "y"));
            throw new AssertionError("expected IllegalStateException");
        } catch (IllegalStateException expected) {
            assertTrue(expected.getMessage().contains("closed"));
        }
    }
}
