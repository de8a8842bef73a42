package org.claimtrace.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimtrace.json.Json;
import org.claimtrace.model.Article;
import org.claimtrace.model.Problem;
import org.claimtrace.model.ProblemCode;
import org.claimtrace.pipeline.InputException;

import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;

/**
 * Reads articles from one {@link InputSource}. Text is decoded as strict UTF-8 (a byte-order mark is
 * tolerated); a document that cannot be decoded, is too large, or is a malformed JSONL line becomes an
 * {@link Article#unreadable unreadable} article with the reason, so that it gets a failed status in the
 * output instead of stopping the batch. JSONL is streamed line by line.
 */
public final class ArticleReader {
    /** Default limit on one document's size in bytes. */
    public static final long DEFAULT_MAX_BYTES = 5L * 1024 * 1024;
    private static final Set<String> KNOWN_FIELDS = Set.of("id", "text", "html", "title", "date", "url");

    private final long maxBytes;

    public ArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    /** An iterator over the articles of a source; close it to release the file. */
    public interface ArticleIterator extends Iterator<Article>, AutoCloseable {
        @Override
        void close();
    }

    public ArticleIterator read(InputSource source) {
        InputStream in;
        try {
            in = source.isStdin() ? System.in : Files.newInputStream(source.path());
        } catch (IOException e) {
            throw new InputException("cannot open " + source.describe() + ": " + e.getMessage(), e);
        }
        return read(source, in);
    }

    /**
     * Reads the articles of a source from a stream already opened on it (for example by a cluster file
     * system), with the same rules as {@link #read(InputSource)}; closing the iterator closes the stream.
     */
    public ArticleIterator read(InputSource source, InputStream stream) {
        InputStream in = new BufferedInputStream(stream, 1 << 16);
        InputFormat format = source.format();
        if (format == null) {
            in.mark(4096);
            byte[] head = readUpTo(in, 4096);
            resetQuietly(in);
            format = InputFormat.sniff(new String(head, StandardCharsets.UTF_8));
        }
        if (format == InputFormat.JSONL) {
            return new JsonlIterator(source, in);
        }
        return single(source, format, in);
    }

    private ArticleIterator single(InputSource source, InputFormat format, InputStream in) {
        Article article;
        try (InputStream closing = in) {
            byte[] bytes = readUpTo(closing, maxBytes + 1);
            article = bytes.length > maxBytes
                    ? unreadable(source.idBase(), source, ProblemCode.TOO_LARGE,
                    "document is larger than the limit of " + maxBytes + " bytes")
                    : fromBytes(source, format, bytes);
        } catch (IOException e) {
            article = unreadable(source.idBase(), source, ProblemCode.IO_ERROR, "cannot read: " + e.getMessage());
        }
        Article only = article;
        return new ArticleIterator() {
            private boolean done;

            @Override
            public boolean hasNext() {
                return !done;
            }

            @Override
            public Article next() {
                if (done) {
                    throw new NoSuchElementException();
                }
                done = true;
                return only;
            }

            @Override
            public void close() {
                done = true;
            }
        };
    }

    private Article fromBytes(InputSource source, InputFormat format, byte[] bytes) {
        String content;
        try {
            content = decode(bytes);
        } catch (CharacterCodingException e) {
            return unreadable(source.idBase(), source, ProblemCode.INVALID_UTF8, "not valid UTF-8: " + e.getMessage());
        }
        String path = source.isStdin() ? null : source.path().toString();
        if (format == InputFormat.HTML) {
            HtmlExtractor.Extracted x = HtmlExtractor.extract(content);
            Map<String, Object> meta = new LinkedHashMap<>();
            meta.put("format", "html");
            if (x.dateEvidence() != null) {
                meta.put("publishedTime", x.dateEvidence());
            }
            if (x.badDate() != null) {
                meta.put(DocumentDateResolver.UNUSABLE_DATE, x.badDate());
            }
            return new Article(source.idBase(), x.text(), x.title(), x.date(), null, meta, path, null);
        }
        return new Article(source.idBase(), content, headline(content), null, null, Map.of(), path, null);
    }

    /** The first non-blank line, when it is short enough to be a headline. */
    static String headline(String text) {
        for (String line : text.split("\n", 20)) {
            String t = line.strip();
            if (!t.isEmpty()) {
                return t.length() <= 300 ? t : null;
            }
        }
        return null;
    }

    static String decode(byte[] bytes) throws CharacterCodingException {
        int offset = bytes.length >= 3 && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB
                && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes, offset, bytes.length - offset))
                .toString();
    }

    private static Article unreadable(String id, InputSource source, ProblemCode code, String message) {
        return Article.unreadable(id, source.isStdin() ? null : source.path().toString(),
                new Problem("input", code, source.describe() + ": " + message));
    }

    private static byte[] readUpTo(InputStream in, long limit) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            byte[] buf = new byte[1 << 16];
            long total = 0;
            int n;
            while (total < limit && (n = in.read(buf, 0, (int) Math.min(buf.length, limit - total))) > 0) {
                out.write(buf, 0, n);
                total += n;
            }
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void resetQuietly(InputStream in) {
        try {
            in.reset();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Streams a JSONL source one line at a time; each line is decoded and parsed on its own. */
    private final class JsonlIterator implements ArticleIterator {
        private final InputSource source;
        private final InputStream in;
        private int lineNo;
        private Article next;
        private boolean eof;

        JsonlIterator(InputSource source, InputStream in) {
            this.source = source;
            this.in = in;
        }

        @Override
        public boolean hasNext() {
            while (next == null && !eof) {
                next = readLine();
            }
            return next != null;
        }

        @Override
        public Article next() {
            if (!hasNext()) {
                throw new NoSuchElementException();
            }
            Article a = next;
            next = null;
            return a;
        }

        @Override
        public void close() {
            eof = true;
            try {
                in.close();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        /** One article, or null for a blank line or the end of input. */
        private Article readLine() {
            ByteArrayOutputStream line = new ByteArrayOutputStream();
            boolean tooLong = false;
            try {
                int b;
                while ((b = in.read()) >= 0 && b != '\n') {
                    if (line.size() <= maxBytes) {
                        line.write(b);
                    } else {
                        tooLong = true;
                    }
                }
                if (b < 0) {
                    eof = true;
                }
            } catch (IOException e) {
                eof = true;
                return unreadable(source.idBase() + "-" + (lineNo + 1), source, ProblemCode.IO_ERROR, e.getMessage());
            }
            if (line.size() == 0 && eof) {
                return null;
            }
            lineNo++;
            String fallbackId = source.idBase() + "-" + lineNo;
            if (tooLong || line.size() > maxBytes) {
                return unreadable(fallbackId, source, ProblemCode.TOO_LARGE, "line " + lineNo + " is larger than the limit of "
                        + maxBytes + " bytes");
            }
            String content;
            try {
                content = decode(line.toByteArray()).strip();
            } catch (CharacterCodingException e) {
                return unreadable(fallbackId, source, ProblemCode.INVALID_UTF8, "line " + lineNo + " is not valid UTF-8");
            }
            if (content.isEmpty()) {
                return null;
            }
            return parse(content, fallbackId);
        }

        private Article parse(String content, String fallbackId) {
            JsonNode node;
            try {
                node = Json.MAPPER.readTree(content);
            } catch (JsonProcessingException e) {
                return unreadable(fallbackId, source, ProblemCode.INVALID_JSON, "line " + lineNo + ": "
                        + e.getOriginalMessage());
            }
            if (!(node instanceof ObjectNode obj)) {
                return unreadable(fallbackId, source, ProblemCode.INVALID_JSON, "line " + lineNo + " is not a JSON object");
            }
            String id = text(obj, "id");
            if (id == null || id.isBlank()) {
                id = fallbackId;
            }
            String body = text(obj, "text");
            String title = text(obj, "title");
            LocalDate date = IsoDates.parseLenient(text(obj, "date"));
            Map<String, Object> meta = new LinkedHashMap<>();
            obj.fields().forEachRemaining(e -> {
                if (!KNOWN_FIELDS.contains(e.getKey())) {
                    meta.put(e.getKey(), Json.MAPPER.convertValue(e.getValue(), Object.class));
                }
            });
            if (text(obj, "date") != null && date == null) {
                meta.put(DocumentDateResolver.UNUSABLE_DATE, text(obj, "date"));
            }
            String path = source.isStdin() ? null : source.path().toString();
            if (body == null && text(obj, "html") != null) {
                HtmlExtractor.Extracted x = HtmlExtractor.extract(text(obj, "html"));
                body = x.text();
                title = title != null ? title : x.title();
                date = date != null ? date : x.date();
                if (x.badDate() != null && !meta.containsKey(DocumentDateResolver.UNUSABLE_DATE)) {
                    meta.put(DocumentDateResolver.UNUSABLE_DATE, x.badDate());
                }
            }
            if (body == null) {
                return unreadable(id, source, ProblemCode.NO_TEXT, "line " + lineNo + " has neither \"text\" nor \"html\"");
            }
            return new Article(id, body, title, date, text(obj, "url"), meta, path, null);
        }

        private String text(ObjectNode obj, String field) {
            JsonNode v = obj.get(field);
            return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
        }
    }
}
