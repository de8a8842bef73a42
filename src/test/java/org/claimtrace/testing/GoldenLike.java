package org.claimtrace.testing;

import com.fasterxml.jackson.databind.node.ObjectNode;
import org.claimtrace.json.Json;
import org.claimtrace.model.Article;
import org.claimtrace.model.DocumentResult;

import java.util.List;

/**
 * A fake pipeline whose results look real: each article gets one of the golden outputs (entities, mentions,
 * claims and all) under the article's own id, chosen by the id, so output sizes and CSV rows are realistic.
 */
public final class GoldenLike {
    private static List<DocumentResult> golden;

    private GoldenLike() {
    }

    public static synchronized DocumentResult result(Article a) {
        if (golden == null) {
            golden = Golden.all();
        }
        DocumentResult g = golden.get(Math.floorMod(a.id().hashCode(), golden.size()));
        ObjectNode tree = Json.MAPPER.valueToTree(g);
        tree.put("id", a.id());
        try {
            return Json.MAPPER.treeToValue(tree, DocumentResult.class);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
