package org.claimtrace.claims;

import org.claimtrace.model.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotesTest {
    /** Tokens from space-separated words; "|" marks a sentence break; "'s" is glued to the word before. */
    static List<Token> tokens(String words) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        int sentence = 0;
        for (String w : words.split(" ")) {
            if (w.equals("|")) {
                sentence++;
                continue;
            }
            boolean glued = w.equals("'s") || w.equals("’s");
            int begin = glued ? offset - 1 : offset;
            out.add(new Token(out.size(), begin, begin + w.length(), w, sentence, null, null));
            offset = begin + w.length() + 1;
        }
        return out;
    }

    @Test
    void curlyStraightAndDoubledApostropheQuotes() {
        List<Token> t = tokens("“ We will win , ” she said . | \" Trust me , \" he said . | '' No way , '' Smith said .");
        List<Quotes.Quote> q = Quotes.find(t);
        assertEquals(3, q.size());
        assertEquals(0, q.get(0).openToken());
        assertEquals(5, q.get(0).closeToken());
        assertEquals("\"", t.get(q.get(1).openToken()).text());
        assertEquals("''", t.get(q.get(2).closeToken()).text());
    }

    @Test
    void quoteOverSeveralSentencesStaysWhole() {
        List<Token> t = tokens("“ It is over . | We lost , ” he said .");
        List<Quotes.Quote> q = Quotes.find(t);
        assertEquals(1, q.size());
        assertEquals(8, q.get(0).closeToken());
    }

    @Test
    void scareQuotesAndApostrophesAreNotQuotations() {
        List<Token> t = tokens("Syria seeks to ‘ Redefine ’ ties with Russia ’s leaders ’ approval");
        assertEquals(0, Quotes.find(t).size());
        List<Token> longer = tokens("He called it ‘ a very bad deal indeed ’ yesterday");
        assertEquals(1, Quotes.find(longer).size());
    }
}
