package org.claimtrace.testing;

import org.claimtrace.model.Token;

import java.util.ArrayList;
import java.util.List;

/** Tokens from hand-tagged text, for tests that need no models. */
public final class TaggedTokens {
    private TaggedTokens() {
    }

    /**
     * Builds tokens from space-separated "word/POS" items; "||" starts a new sentence and "_" inside a word
     * stands for a space. Offsets are those of the words joined by single spaces.
     */
    public static List<Token> of(String tagged) {
        List<Token> out = new ArrayList<>();
        int offset = 0;
        int sentence = 0;
        for (String item : tagged.split(" ")) {
            if (item.equals("||")) {
                sentence++;
                continue;
            }
            int slash = item.lastIndexOf('/');
            String word = item.substring(0, slash).replace('_', ' ');
            out.add(new Token(out.size(), offset, offset + word.length(), word, sentence, item.substring(slash + 1), null));
            offset += word.length() + 1;
        }
        return out;
    }
}
