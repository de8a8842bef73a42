package org.claimtrace.testing;

import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Layer;
import org.claimtrace.pipeline.Stage;

import java.util.Set;
import java.util.function.Consumer;

/** A tiny stage for pipeline tests: declared layers plus an action. */
public record FakeStage(String name, Set<Layer> requires, Set<Layer> provides, boolean essential,
                        Consumer<Doc> action) implements Stage {

    public static FakeStage of(String name, Set<Layer> requires, Set<Layer> provides, Consumer<Doc> action) {
        return new FakeStage(name, requires, provides, true, action);
    }

    @Override
    public void process(Doc doc) {
        action.accept(doc);
        provides.forEach(doc::mark);
    }
}
