package org.claimtrace.cli;

import com.fasterxml.jackson.databind.JsonNode;
import org.claimtrace.batch.OneAtATime;
import org.claimtrace.json.Json;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;
import org.claimtrace.model.Status;
import org.claimtrace.pipeline.Pipeline;
import org.junit.jupiter.api.Test;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PipedInputStream;
import java.io.PipedOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The serve loop over a fake pipeline: one answer per line, in order, each before the next line is read. */
class ServeCommandTest {
    private static DocumentResult fake(Article a) {
        if (a.readError() != null) {
            return Pipeline.abandoned(a, Status.FAILED, List.of(a.readError()));
        }
        if (a.text().contains("hang")) {
            try {
                Thread.sleep(5_000);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        return Pipeline.abandoned(a, Status.OK, List.of());
    }

    private static PrintStream utf8(ByteArrayOutputStream b) {
        return new PrintStream(b, true, StandardCharsets.UTF_8);
    }

    @Test
    void everyLineGetsOneAnswerInOrderAndABadLineFailsAlone() throws Exception {
        String input = """
                {"id": "a", "text": "One."}
                {not json

                {"id": "c", "text": "please hang"}
                {"text": "No id."}
                """;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code;
        try (OneAtATime runner = new OneAtATime(ServeCommandTest::fake, Duration.ofMillis(300))) {
            code = ServeCommand.answer(runner, new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                    utf8(out), utf8(err), 10_000);
        }
        assertEquals(Main.OK, code);
        List<String> lines = out.toString(StandardCharsets.UTF_8).lines().toList();
        assertEquals(4, lines.size(), lines.toString());
        JsonNode first = Json.MAPPER.readTree(lines.get(0));
        JsonNode bad = Json.MAPPER.readTree(lines.get(1));
        JsonNode slow = Json.MAPPER.readTree(lines.get(2));
        JsonNode last = Json.MAPPER.readTree(lines.get(3));
        assertEquals("a", first.get("id").asText());
        assertEquals("ok", first.get("status").asText());
        assertEquals("stdin-2", bad.get("id").asText());
        assertEquals("failed", bad.get("status").asText());
        assertTrue(bad.get("problems").get(0).get("message").asText().contains("line 2"), bad.toString());
        assertEquals("c", slow.get("id").asText());
        assertEquals("timeout", slow.get("status").asText());
        assertEquals("stdin-5", last.get("id").asText());
        assertEquals("ok", last.get("status").asText());
    }

    /** An output stream that hands over each complete line, for a reader on another thread. */
    private static final class Lines extends java.io.OutputStream {
        final BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        private final ByteArrayOutputStream current = new ByteArrayOutputStream();

        @Override
        public synchronized void write(int b) {
            if (b == '\n') {
                lines.add(current.toString(StandardCharsets.UTF_8));
                current.reset();
            } else {
                current.write(b);
            }
        }
    }

    @Test
    void eachArticleIsAnsweredBeforeTheNextLineArrives() throws Exception {
        PipedOutputStream feed = new PipedOutputStream();
        PipedInputStream in = new PipedInputStream(feed, 1 << 16);
        Lines answers = new Lines();
        PrintStream out = new PrintStream(answers, true, StandardCharsets.UTF_8);
        try (OneAtATime runner = new OneAtATime(ServeCommandTest::fake, Duration.ofSeconds(10))) {
            CompletableFuture<Integer> session = CompletableFuture.supplyAsync(() -> {
                try {
                    return ServeCommand.answer(runner, in, out, utf8(new ByteArrayOutputStream()), 10_000);
                } catch (InterruptedException e) {
                    throw new IllegalStateException(e);
                }
            });
            feed.write("{\"id\": \"first\", \"text\": \"One.\"}\n".getBytes(StandardCharsets.UTF_8));
            feed.flush();
            // the input is still open: the answer cannot wait for more lines
            String first = answers.lines.poll(10, TimeUnit.SECONDS);
            assertNotNull(first, "no answer while the input stays open");
            assertEquals("first", Json.MAPPER.readTree(first).get("id").asText());
            feed.write("{\"id\": \"second\", \"text\": \"Two.\"}\n".getBytes(StandardCharsets.UTF_8));
            feed.close();
            assertEquals(Main.OK, session.get(10, TimeUnit.SECONDS));
            assertEquals("second", Json.MAPPER.readTree(answers.lines.poll(1, TimeUnit.SECONDS)).get("id").asText());
        }
    }

    @Test
    void optionsAreCheckedBeforeLoading() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        ServeCommand serve = new ServeCommand(new ByteArrayInputStream(new byte[0]), utf8(out), utf8(err));
        assertEquals(Main.USAGE, serve.execute(new String[]{"--warm-up", "-1"}));
        assertEquals(Main.USAGE, serve.execute(new String[]{"--date", "yesterday"}));
        assertEquals(Main.USAGE, serve.execute(new String[]{"some-file.txt"}));
        assertTrue(err.toString(StandardCharsets.UTF_8).contains("takes no file"), err.toString(StandardCharsets.UTF_8));
        assertEquals(Main.OK, serve.execute(new String[]{"--help"}));
        assertTrue(out.toString(StandardCharsets.UTF_8).contains("ready"));
    }

    @Test
    void theWarmUpRunsTheBuiltInArticleThroughTheReaderAndThePipeline() throws Exception {
        List<Article> seen = new java.util.concurrent.CopyOnWriteArrayList<>();
        try (OneAtATime runner = new OneAtATime(a -> {
            seen.add(a);
            return fake(a);
        }, Duration.ofSeconds(30))) {
            ServeCommand.warmUp(runner, 2, 1_000_000);
        }
        assertEquals(2, seen.size());
        assertEquals("warm-up-1", seen.get(0).id());
        assertEquals("warm-up-2", seen.get(1).id());
        assertEquals(ServeCommand.WARM_UP_TEXT, seen.get(0).text());
        assertEquals(java.time.LocalDate.of(2026, 11, 3), seen.get(0).date());
        assertEquals(null, seen.get(0).readError());
    }
}
