package io.corroborate.analyze;

import io.corroborate.cluster.Embedder;
import io.corroborate.pipeline.Capability;
import io.corroborate.reconcile.ReconcileOptions;
import io.corroborate.reconcile.Reconciler;
import io.corroborate.reconcile.StoryInput;
import java.util.Set;

/**
 * Forms the story's variables from its claims and gives each its verdict, with the timeline and who
 * relays whom; copies count once and entities name the subjects.
 *
 * <pre>
 * {@code StoryPipeline.builder().add(new Reconcile(ReconcileOptions.defaults(), Embedder.none()))}
 * </pre>
 */
public final class Reconcile extends StoryStep {
  private final Reconciler reconciler;

  /**
   * With {@code embedder}, sentence embeddings are one more signal for reading two differently
   * worded subjects as one (never alone; see {@link Reconciler#Reconciler(ReconcileOptions,
   * Embedder)}).
   */
  public Reconcile(ReconcileOptions options, Embedder embedder) {
    super(
        "findings",
        Set.of(Capability.CLAIMS, Capability.COPIES, Capability.ENTITIES),
        Set.of(Capability.FINDINGS));
    this.reconciler = new Reconciler(options, embedder);
  }

  @Override
  public StoryWork apply(StoryWork work) {
    return work.withFindings(
        reconciler.reconcile(
            new StoryInput(
                work.storyId(),
                work.articles(),
                work.expectClaims(),
                work.expectCopies().groupOf(),
                work.expectEntities()),
            work.memo().reconcile()));
  }
}
