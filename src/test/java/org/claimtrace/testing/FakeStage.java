package org.claimtrace.testing;

import org.claimtrace.pipeline.Doc;
import org.claimtrace.pipeline.Slot;
import org.claimtrace.pipeline.Stage;

import java.util.Set;
import java.util.function.Consumer;

/** A tiny stage for pipeline tests: declared reads and writes plus an action, which must keep to them. */
public record FakeStage(String name, Set<Slot> reads, Set<Slot> writes, boolean essential,
                        Consumer<Doc> action) implements Stage {

    public static FakeStage of(String name, Set<Slot> reads, Set<Slot> writes, Consumer<Doc> action) {
        return new FakeStage(name, reads, writes, true, action);
    }

    @Override
    public void process(Doc doc) {
        action.accept(doc);
    }
}
