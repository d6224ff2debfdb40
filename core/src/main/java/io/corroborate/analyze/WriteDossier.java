package io.corroborate.analyze;

import io.corroborate.dossier.Dossier;
import io.corroborate.pipeline.Capability;
import java.util.Set;

/**
 * Puts what the stages before found into the story's dossier.
 *
 * <pre>{@code StoryPipeline.builder().add(new WriteDossier())}</pre>
 */
public final class WriteDossier extends StoryStep {
  public WriteDossier() {
    super(
        "dossier",
        Set.of(Capability.CLAIMS, Capability.COPIES, Capability.ENTITIES, Capability.FINDINGS),
        Set.of(Capability.DOSSIER));
  }

  @Override
  public StoryWork apply(StoryWork work) {
    return work.withDossier(
        Dossier.of(
            work.storyId(),
            work.title(),
            work.articles(),
            work.annotations(),
            work.expectClaims(),
            work.expectCopies(),
            work.expectEntities(),
            work.expectFindings(),
            work.rejections(),
            work.memo().facts()));
  }
}
