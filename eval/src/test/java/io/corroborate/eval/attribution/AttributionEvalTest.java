package io.corroborate.eval.attribution;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.eval.EvalReport;
import io.corroborate.eval.EvalSuites;
import io.corroborate.eval.Figure;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AttributionEvalTest {
  private static Map<String, Double> figures(EvalReport r) {
    return r.figures().stream().collect(Collectors.toMap(Figure::name, Figure::value));
  }

  @Test
  void aHandWrittenArticleWhoseOneAttributionIsFoundScoresOne(@TempDir Path dir)
      throws IOException {
    Files.createDirectories(dir.resolve("attributions"));
    Files.createDirectories(dir.resolve("text"));
    String text = "The NCPA said 40 homes were flooded.";
    Files.writeString(dir.resolve("text/story.txt"), text);
    Files.writeString(
        dir.resolve("attributions/story_ab12.ann"),
        "T1\tSource 0 8\tThe NCPA\nT2\tCue 9 13\tsaid\nT3\tContent 14 35\t40 homes were flooded\nT4\tAttribution 9 13\tsaid\n"
            + "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n");
    EvalReport r = EvalSuites.expect("attribution").run(dir);
    Map<String, Double> f = figures(r);
    assertThat(r.items()).isEqualTo(1);
    assertThat(f.get("cue_exact_f1")).isEqualTo(1.0);
    assertThat(f.get("source_exact_f1")).isEqualTo(1.0);
    assertThat(f.get("content_exact_f1")).isEqualTo(1.0);
    assertThat(f.get("attribution_exact_f1")).isEqualTo(1.0);
  }

  @Test
  void aMissedAttributionCostsRecallNotPrecision(@TempDir Path dir) throws IOException {
    Files.createDirectories(dir.resolve("attributions"));
    Files.createDirectories(dir.resolve("text"));
    String text = "The NCPA said 40 homes were flooded. Residents fear the worst.";
    Files.writeString(dir.resolve("text/story.txt"), text);
    Files.writeString(
        dir.resolve("attributions/story_ab12.ann"),
        "T1\tSource 0 8\tThe NCPA\nT2\tCue 9 13\tsaid\nT3\tContent 14 35\t40 homes\nT4\tAttribution 9 13\tsaid\n"
            + "E1\tAttribution:T4 Content:T3 Cue:T2 Source:T1\n"
            + "T5\tSource 37 46\tResidents\nT6\tCue 47 51\tfear\nT7\tContent 52 61\tthe worst\nT8\tAttribution 47 51\tfear\n"
            + "E2\tAttribution:T8 Content:T7 Cue:T6 Source:T5\n");
    Map<String, Double> f = figures(EvalSuites.expect("attribution").run(dir));
    // The cue rules know "said" but not "fear"; the learned tagger may find both.
    assertThat(f.get("rules_cue_exact_precision")).isEqualTo(1.0);
    assertThat(f.get("rules_cue_exact_recall")).isEqualTo(0.5);
    assertThat(f.get("cue_exact_recall")).isGreaterThanOrEqualTo(0.5);
  }
}
