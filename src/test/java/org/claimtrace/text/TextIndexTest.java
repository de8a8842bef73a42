package org.claimtrace.text;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TextIndexTest {
    @Test
    void bmpTextMapsToItself() {
        TextIndex ix = new TextIndex("Putin met al-Sharaa.");
        assertEquals(10, ix.toCodePoint(10));
        assertEquals(10, ix.toChar(10));
        assertEquals("al-Sharaa", ix.substring(10, 19));
    }

    @Test
    void emojiBeforeANameShiftsCodePointsByOne() {
        String text = "Fans 👏 Marquez and 🇺🇦 Kyiv";
        TextIndex ix = new TextIndex(text);
        int charBegin = text.indexOf("Marquez");
        assertEquals(8, charBegin);
        assertEquals(7, ix.toCodePoint(charBegin));
        assertEquals("Marquez", ix.substring(7, 14));
        int kyiv = text.indexOf("Kyiv");
        // the flag is two regional-indicator code points, four UTF-16 units
        assertEquals(kyiv - 3, ix.toCodePoint(kyiv));
        assertEquals(text.codePointCount(0, text.length()), ix.length());
        assertEquals(text.length(), ix.toChar(ix.length()));
    }
}
