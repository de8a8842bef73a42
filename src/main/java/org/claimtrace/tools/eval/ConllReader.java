package org.claimtrace.tools.eval;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Reads CoNLL-2003 column files ({@code token POS chunk NER}; only the first and last columns are used).
 * <p>
 * Blank lines separate sentences and {@code -DOCSTART-} lines separate documents. The text of a document is
 * rebuilt from its tokens: tokens joined by one space, sentences by {@code "\n"}. Tags may be IOB1 or IOB2:
 * an entity starts at {@code B-X}, or at {@code I-X} not preceded by a token of type X, and continues over
 * following {@code I-X}. PER, LOC and ORG become PERSON, LOCATION and ORGANIZATION; MISC is dropped.
 * Documents have no date and are scored whole. Ids are {@code <file name>#<n>}, n counting from 1.
 */
public final class ConllReader {

    private static final Map<String, String> TYPES =
            Map.of("PER", "PERSON", "LOC", "LOCATION", "ORG", "ORGANIZATION");

    private ConllReader() {
    }

    /** Reads every document of a CoNLL file (UTF-8). */
    public static List<GoldDocument> read(Path file) throws IOException {
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            return read(in, file.getFileName().toString());
        }
    }

    /** Reads every document from {@code in}; ids are {@code idPrefix#n}. */
    public static List<GoldDocument> read(Reader in, String idPrefix) throws IOException {
        List<GoldDocument> docs = new ArrayList<>();
        DocBuilder doc = new DocBuilder();
        BufferedReader lines = new BufferedReader(in);
        String line;
        while ((line = lines.readLine()) != null) {
            String trimmed = line.strip();
            if (trimmed.startsWith("-DOCSTART-")) {
                doc.flushInto(docs, idPrefix);
            } else if (trimmed.isEmpty()) {
                doc.endSentence();
            } else {
                String[] cols = trimmed.split("\\s+");
                doc.token(cols[0], cols.length > 1 ? cols[cols.length - 1] : "O");
            }
        }
        doc.flushInto(docs, idPrefix);
        return docs;
    }

    /** Accumulates one document. */
    private static final class DocBuilder {
        private final StringBuilder text = new StringBuilder();
        private final List<LabeledSpan> spans = new ArrayList<>();
        private int length;               // code points in text
        private boolean sentenceOpen;     // a token has been added to the current sentence
        private String chunkType;         // raw type (PER, MISC...) of the open chunk, or null
        private int chunkBegin;
        private int chunkEnd;

        void token(String word, String tag) {
            if (sentenceOpen) {
                text.append(' ');
                length++;
            } else if (length > 0) {
                text.append('\n');
                length++;
            }
            sentenceOpen = true;
            int begin = length;
            text.append(word);
            length += CodePoints.length(word);

            String prefix = tag.length() > 2 && tag.charAt(1) == '-' ? tag.substring(0, 1) : "";
            String type = prefix.isEmpty() ? tag : tag.substring(2);
            if ("O".equals(tag)) {
                closeChunk();
            } else if ("B".equals(prefix) || !type.equals(chunkType)) {
                closeChunk();
                chunkType = type;
                chunkBegin = begin;
                chunkEnd = length;
            } else {
                chunkEnd = length;
            }
        }

        void endSentence() {
            closeChunk();
            sentenceOpen = false;
        }

        private void closeChunk() {
            if (chunkType != null && TYPES.containsKey(chunkType)) {
                spans.add(LabeledSpan.entity(chunkBegin, chunkEnd, TYPES.get(chunkType)));
            }
            chunkType = null;
        }

        void flushInto(List<GoldDocument> docs, String idPrefix) {
            endSentence();
            if (length > 0) {
                docs.add(new GoldDocument(idPrefix + "#" + (docs.size() + 1), text.toString(), null,
                        List.copyOf(spans), null));
            }
            text.setLength(0);
            spans.clear();
            length = 0;
        }
    }
}
