package io.corroborate.analyze;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.dossier.Dossier;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ExtractOptions;
import io.corroborate.model.Article;
import io.corroborate.pipeline.Capability;
import io.corroborate.pipeline.PipelineException;
import io.corroborate.testkit.Repo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class StoryPipelineTest {
  @Test
  void theStandardStoryStagesRunInTheOrderDataFlowsAndEndWithTheDossier() {
    StoryPipeline p = StoryPipeline.standard(StoryOptions.defaults());
    assertThat(p.stages())
        .extracting(StoryStage::name)
        .containsExactly(
            "outlets", "anchor times", "claims", "copies", "entities", "findings", "dossier");
    assertThat(p.provides())
        .contains(
            Capability.OUTLETS,
            Capability.TIMES_ANCHORED,
            Capability.CLAIMS,
            Capability.COPIES,
            Capability.ENTITIES,
            Capability.FINDINGS,
            Capability.DOSSIER);
  }

  @Test
  void claimsBeforeOutletsAreNamedFailAtBuildNamingTheMissingPiece() {
    StoryPipeline.Builder b =
        StoryPipeline.builder()
            .add(new AnchorTimes())
            .add(new ExtractClaims(ExtractOptions.defaults()))
            .add(new NameOutlets());
    assertThatThrownBy(b::build)
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("'claims'")
        .hasMessageContaining("needs [OUTLETS]");
  }

  @Test
  void aDossierWithNothingBeforeItFailsNamingEveryMissingPiece() {
    StoryPipeline.Builder b = StoryPipeline.builder().add(new WriteDossier());
    assertThatThrownBy(b::build)
        .isInstanceOf(PipelineException.class)
        .hasMessageContaining("'dossier'")
        .hasMessageContaining("CLAIMS")
        .hasMessageContaining("COPIES")
        .hasMessageContaining("ENTITIES")
        .hasMessageContaining("FINDINGS");
  }

  @Test
  void aPipelineThroughClaimsStopsAtTheStageThatReadsThem() {
    StoryPipeline p = StoryPipeline.standard(StoryOptions.defaults()).through(Capability.CLAIMS);
    assertThat(p.stages())
        .extracting(StoryStage::name)
        .containsExactly("outlets", "anchor times", "claims");
    assertThat(p.provides()).doesNotContain(Capability.FINDINGS, Capability.DOSSIER);
  }

  @Test
  void theFrontDoorsClaimsAreTheClaimsItsDossiersAreMadeOf() {
    Corroborate c =
        Corroborate.builder().annotate(new PlainLanguageLayer(), AnnotationCache.none()).build();
    RunSummary run =
        c.run(List.of(Repo.examples().resolve("kaldor-dam").toString()), new RunListener() {});
    Map<String, List<Claim>> claims = c.claims(run);
    assertThat(claims.keySet())
        .containsExactlyElementsOf(run.articles().stream().map(Article::id).distinct().toList());
    assertThat(claims.values().stream().mapToInt(List::size).sum()).isPositive();
    for (Dossier d : c.dossiers(run)) {
      Map<String, List<Claim>> inDossier =
          c.stories()
              .analyze(
                  d.storyId(),
                  d.title(),
                  d.articles(),
                  run.annotations(),
                  Map.of(),
                  List.of(),
                  new StoryMemo())
              .claims();
      Map<String, List<Claim>> fromDoor =
          inDossier.keySet().stream().collect(Collectors.toMap(id -> id, claims::get));
      assertThat(fromDoor).isEqualTo(inDossier);
    }
  }
}
