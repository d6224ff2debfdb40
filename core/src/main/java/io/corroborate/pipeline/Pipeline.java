package io.corroborate.pipeline;

import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CancellationException;

/**
 * An ordered list of document stages whose order was checked when it was built.
 *
 * <pre>{@code
 * Pipeline p = Pipeline.builder().add(new Clean(CleanOptions.defaults())).build();
 * Outcome o = p.process(raw);
 * }</pre>
 */
public final class Pipeline {
  private final List<DocumentStage> stages;
  private final Set<Capability> provides;

  private Pipeline(List<DocumentStage> stages, Set<Capability> provides) {
    this.stages = List.copyOf(stages);
    this.provides = Set.copyOf(provides);
  }

  public static Builder builder() {
    return new Builder();
  }

  public List<DocumentStage> stages() {
    return stages;
  }

  /** Everything a document has after the whole pipeline. */
  public Set<Capability> provides() {
    return provides;
  }

  /**
   * Runs every stage on {@code raw}. A stage that throws is turned into a rejection naming the
   * stage and the input, so one bad document never stops a run; only a stage stopped because the
   * run was cancelled ({@link CancellationException}) stops it.
   */
  public Outcome process(RawDocument raw) {
    Doc doc = Doc.of(raw);
    for (DocumentStage s : stages) {
      Outcome o;
      try {
        o = s.apply(doc);
      } catch (CancellationException e) {
        throw e;
      } catch (RuntimeException | StackOverflowError e) {
        return Outcome.rejected(
            Rejection.of(
                raw.origin(),
                Rejection.Kind.UNREADABLE,
                "stage "
                    + s.name()
                    + " failed: "
                    + e.getClass().getSimpleName()
                    + ": "
                    + e.getMessage()));
      }
      if (o instanceof Outcome.Rejected) {
        return o;
      }
      doc = ((Outcome.Done) o).doc();
    }
    return Outcome.done(doc);
  }

  /** Collects stages and checks, stage by stage, that what each needs was provided before it. */
  public static final class Builder {
    private final List<DocumentStage> stages = new ArrayList<>();

    private Builder() {}

    public Builder add(DocumentStage stage) {
      stages.add(stage);
      return this;
    }

    public Pipeline build() {
      Set<Capability> have = Stages.check(EnumSet.of(Capability.RAW), stages);
      return new Pipeline(stages, have);
    }
  }
}
