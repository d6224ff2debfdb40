package io.corroborate.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.clean.Clean;
import io.corroborate.clean.CleanOptions;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class PipelineTest {
  /** A stage that needs an article, to be placed wrongly. */
  private static DocumentStage needsArticle(String name, Runnable body) {
    return new DocumentStage() {
      @Override
      public String name() {
        return name;
      }

      @Override
      public Set<Capability> requires() {
        return Set.of(Capability.ARTICLE);
      }

      @Override
      public Set<Capability> provides() {
        return Set.of();
      }

      @Override
      public Outcome apply(Doc doc) {
        body.run();
        return Outcome.done(doc);
      }
    };
  }

  private static RawDocument raw(String text) {
    return new RawDocument(
        new Origin("a.txt", 0, Format.TEXT), "ab".repeat(32), text, "UTF-8", "test", List.of());
  }

  @Test
  void stagePlacedBeforeWhatItNeedsFailsAtBuildNamingTheMissingPiece() {
    Pipeline.Builder b = Pipeline.builder().add(needsArticle("claims", () -> {}));
    assertThatThrownBy(b::build)
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("'claims'")
        .hasMessageContaining("ARTICLE");
  }

  @Test
  void stagesInTheRightOrderBuildAndAccumulateWhatTheyProvide() {
    Pipeline p =
        Pipeline.builder()
            .add(new Clean(CleanOptions.defaults()))
            .add(needsArticle("after", () -> {}))
            .build();
    assertThat(p.provides()).contains(Capability.RAW, Capability.ARTICLE);
    assertThat(p.stages()).hasSize(2);
  }

  @Test
  void aStageThatThrowsBecomesARejectionNamingStageAndInput() {
    Pipeline p =
        Pipeline.builder()
            .add(new Clean(CleanOptions.defaults()))
            .add(
                needsArticle(
                    "boom",
                    () -> {
                      throw new IllegalStateException("bad state");
                    }))
            .build();
    Outcome o =
        p.process(
            raw("A long enough paragraph of text about a fictional flood in the valley town."));
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    Rejection r = ((Outcome.Rejected) o).rejection();
    assertThat(r.file()).isEqualTo("a.txt");
    assertThat(r.reason()).contains("boom").contains("bad state");
  }

  @Test
  void textTooShortToBeAnArticleIsRejectedWithHowMuchWasFound() {
    Pipeline p = Pipeline.builder().add(new Clean(CleanOptions.defaults())).build();
    Outcome o = p.process(raw("Read more"));
    assertThat(o).isInstanceOf(Outcome.Rejected.class);
    assertThat(((Outcome.Rejected) o).rejection().kind()).isEqualTo(Rejection.Kind.NO_ARTICLE);
  }
}
