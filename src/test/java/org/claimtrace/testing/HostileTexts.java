package org.claimtrace.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/** The texts the stage conformance harness runs over: fixed hostile ones, then seeded random ones. */
public final class HostileTexts {
    private HostileTexts() {
    }

    public static List<String> all(long seed, int random) {
        List<String> texts = new ArrayList<>(List.of(
                "",
                " ",
                "\n\n\n",
                "😀",
                "\u0000\u0007\u202E\uFEFF",
                "Lone surrogates \uD800 and \uDC00 stay, \uD83D alone.",
                "e\u0301 combining marks: Zoe\u0308 met Jose\u0301 in São Paulo.",
                "שלום مرحبا 中文 𝔘𝔫𝔦 mixed with Reuters reported on Monday.",
                "Line one\r\nLine two\r\n\r\nParagraph three.\u2028Next.",
                "SOCCER - JAPAN GET LUCKY WIN , CHINA IN SURPRISE DEFEAT .\n\nAL-AIN , United Arab Emirates 1996-12-06",
                "PRESIDENT OBAMA MEETS ANGELA MERKEL IN BERLIN ON TUESDAY",
                "He said \"we will win the vote on Friday and the minister denied it",
                "Apple Inc. CEO Steve Jobs said on 3 March 2008 that the iPhone would sell 10 million units by 2009. "
                        + "Jobs told reporters: \"We will ship it in June.\" Analysts denied that sales would rise.",
                "Vladimir Putin met Ahmed al-Sharaa in Moscow on Wednesday. He said Russia would keep its bases, "
                        + "according to officials, who spoke to Reuters last week.",
                "2025 2026 1999-12-31 12:30 Q3 2024 fiscal 2025 the 1990s next Friday",
                "<b>&amp;</b> \\ % … — « » ‘ ’ “ ” ( ) [ ] { }",
                "a".repeat(5000),
                ("word " + "x").repeat(200) + ".",
                "said said said said \" \" \" ' ' ' told told according to according to",
                "The minister said that the minister said that the minister said that ".repeat(30)));
        Random rnd = new Random(seed);
        for (int i = 0; i < random; i++) {
            texts.add(RandomText.generate(rnd, rnd.nextInt(80)));
        }
        return texts;
    }
}
