package io.corroborate.analyze;

import io.corroborate.pipeline.Capability;
import io.corroborate.pipeline.PipelineException;
import io.corroborate.pipeline.Stages;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * The story half: story stages in an order checked when it was built. It starts from one story's
 * articles (with whatever the document half gave them) and runs each stage in turn.
 *
 * <pre>{@code
 * StoryPipeline p = StoryPipeline.standard(StoryOptions.defaults());
 * Dossier d = p.run(StoryWork.of("s1", "Flood", articles, annotations, List.of(), new StoryMemo()))
 *     .expectDossier();
 * }</pre>
 */
public final class StoryPipeline {
  /** What a story has before its first stage: articles, grouped into it. */
  public static final Set<Capability> GIVEN = Set.of(Capability.ARTICLE, Capability.STORY);

  private final List<StoryStage> stages;
  private final Set<Capability> provides;

  private StoryPipeline(List<StoryStage> stages, Set<Capability> provides) {
    this.stages = List.copyOf(stages);
    this.provides = Set.copyOf(provides);
  }

  public static Builder builder() {
    return new Builder();
  }

  /**
   * Every story stage in the order data flows: outlets named, times anchored, claims, copies,
   * entities, findings, dossier.
   */
  public static StoryPipeline standard(StoryOptions o) {
    return builder()
        .add(new NameOutlets())
        .add(new AnchorTimes())
        .add(new ExtractClaims(o.extract()))
        .add(new GroupCopies(o.copies()))
        .add(new LinkEntities(o.link()))
        .add(new Reconcile(o.reconcile(), o.embedder()))
        .add(new WriteDossier())
        .build();
  }

  public List<StoryStage> stages() {
    return stages;
  }

  /** Everything a story has after the whole pipeline. */
  public Set<Capability> provides() {
    return provides;
  }

  /**
   * The first stages of this pipeline, up to the one that provides {@code wanted}: what a caller
   * who needs only that runs.
   *
   * @throws PipelineException when no stage provides it
   */
  public StoryPipeline through(Capability wanted) {
    List<StoryStage> prefix = new ArrayList<>();
    for (StoryStage s : stages) {
      prefix.add(s);
      if (s.provides().contains(wanted)) {
        return new StoryPipeline(prefix, Stages.check(GIVEN, prefix));
      }
    }
    throw new PipelineException("no stage provides " + wanted + " (have " + provides + ")");
  }

  /** Runs every stage on {@code work}, in order. */
  public StoryWork run(StoryWork work) {
    StoryWork w = work;
    for (StoryStage s : stages) {
      w = s.apply(w);
    }
    return w;
  }

  /** Collects story stages and checks, stage by stage, that what each needs came before it. */
  public static final class Builder {
    private final List<StoryStage> stages = new ArrayList<>();

    private Builder() {}

    public Builder add(StoryStage stage) {
      stages.add(stage);
      return this;
    }

    /**
     * @throws PipelineException naming the first stage placed before what it needs
     */
    public StoryPipeline build() {
      return new StoryPipeline(stages, Stages.check(EnumSet.copyOf(GIVEN), stages));
    }
  }
}
