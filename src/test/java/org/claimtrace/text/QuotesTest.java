package org.claimtrace.text;

import org.claimtrace.model.Token;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

class QuotesTest {
    /**
     * Tokens from space-separated words; "|" marks a sentence break, "¶" a paragraph break (also a sentence
     * break); "'s" is glued to the word before.
     */
    static List<Token> tokens(String words) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        int sentence = 0;
        for (String w : words.split(" ")) {
            if (w.equals("|") || w.equals("¶")) {
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

    /** The tokens that follow a "¶" in the words given to {@link #tokens}. */
    static java.util.function.IntPredicate paragraphs(String words) {
        java.util.Set<Integer> starts = new java.util.HashSet<>();
        int n = 0;
        boolean mark = false;
        for (String w : words.split(" ")) {
            if (w.equals("¶")) {
                mark = true;
            } else if (!w.equals("|")) {
                if (mark) {
                    starts.add(n);
                }
                mark = false;
                n++;
            }
        }
        return starts::contains;
    }

    @Test
    void quotationOverSeveralParagraphsHasOneOpeningMarkPerParagraph() {
        String words = "He said : “ We will build it . ¶ “ We will pay for it . ¶ “ And we will finish it , ” he added .";
        List<Token> t = tokens(words);
        List<Quotes.Quote> q = Quotes.find(t, paragraphs(words));
        assertEquals(1, q.size(), "one quotation over three paragraphs");
        assertEquals(3, q.get(0).openToken());
        assertEquals("”", t.get(q.get(0).closeToken()).text());
        assertEquals(3, Quotes.find(t).size() + 2, "without paragraph breaks only the last paragraph is seen");
    }

    @Test
    void straightMarksContinueOverParagraphsToo() {
        String words = "\" First part . ¶ \" Second part . \" she said .";
        List<Quotes.Quote> q = Quotes.find(tokens(words), paragraphs(words));
        assertEquals(1, q.size());
        assertEquals(0, q.get(0).openToken());
        assertEquals(8, q.get(0).closeToken());
    }

    @Test
    void quotationNeverClosedEndsWithItsParagraph() {
        String words = "“ We will win , he said . ¶ The minister disagreed , saying “ it is over . ”";
        List<Token> t = tokens(words);
        List<Quotes.Quote> q = Quotes.find(t, paragraphs(words));
        assertEquals(1, q.size(), "the unclosed first quotation does not swallow the next paragraph");
        assertEquals("“", t.get(q.get(0).openToken()).text());
        assertEquals(13, q.get(0).openToken());
    }

    @Test
    void mixedMarksCloseEachOther() {
        List<Token> t = tokens("“ We will win , \" she said .");
        List<Quotes.Quote> q = Quotes.find(t);
        assertEquals(1, q.size());
        assertEquals(5, q.get(0).closeToken());
    }

    @Test
    void strayOpeningMarkGivesWayToTheNextQuotation() {
        List<Token> t = tokens("The “ so-called deal was signed . Later she said “ it is done . ”");
        List<Quotes.Quote> q = Quotes.find(t);
        assertEquals(1, q.size());
        assertEquals(10, q.get(0).openToken());
    }
}
