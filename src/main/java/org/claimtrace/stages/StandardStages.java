package org.claimtrace.stages;

import org.claimtrace.ClaimTraceConfig;
import org.claimtrace.engine.SharedModels;
import org.claimtrace.pipeline.Stage;
import org.claimtrace.resources.Gazetteer;
import org.claimtrace.resources.ModelFiles;
import org.claimtrace.resources.TypeOverrides;

import java.util.List;

/** The standard chain of stages for a configuration. */
public final class StandardStages {
    public static final String GAZETTEER = "gazetteer.tsv";
    public static final String TYPE_OVERRIDES = "type-overrides.tsv";

    private StandardStages() {
    }

    public static List<Stage> build(ClaimTraceConfig config) {
        ModelFiles files = new ModelFiles(config.modelsPath());
        Gazetteer gazetteer = SharedModels.get("gazetteer:" + files.location(),
                () -> new Gazetteer(files.readTsv(GAZETTEER), GAZETTEER));
        TypeOverrides overrides = SharedModels.get("overrides:" + files.location(),
                () -> new TypeOverrides(files.readTsv(TYPE_OVERRIDES), TYPE_OVERRIDES));
        return List.of(
                new LanguageStage(),
                new TokenizeStage(),
                new PosLemmaStage(),
                new NerStage(config.fineGrainedNer(), gazetteer, overrides),
                new TimexStage(),
                new EntityStage());
    }
}
