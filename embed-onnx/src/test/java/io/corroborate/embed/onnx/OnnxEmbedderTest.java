package io.corroborate.embed.onnx;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import org.junit.jupiter.api.Test;

class OnnxEmbedderTest {
  private static double dot(float[] a, float[] b) {
    double d = 0;
    for (int i = 0; i < a.length; i++) {
      d += a[i] * b[i];
    }
    return d;
  }

  @Test
  void paraphrasesLieCloserThanUnrelatedSentences() {
    OnnxEmbedder e = OnnxEmbedder.shared();
    float[] a = e.embed("The dam burst and flood water swept through the town.");
    float[] b = e.embed("Floods hit the town after the dam failed.");
    float[] c = e.embed("The central bank raised interest rates by a quarter point.");
    assertThat(dot(a, a)).isCloseTo(1.0, within(1e-4));
    assertThat(a).hasSize(384);
    assertThat(dot(a, b)).isGreaterThan(dot(a, c) + 0.2);
  }

  @Test
  void batchesGiveTheSameVectorsAsSingleCallsAndOneModelIsShared() {
    OnnxEmbedder e = OnnxEmbedder.shared();
    assertThat(OnnxEmbedder.shared()).isSameAs(e);
    List<float[]> all = e.embedAll(List.of("A fire broke out at the mill.", "Rescuers found two."));
    assertThat(dot(all.get(0), e.embed("A fire broke out at the mill.")))
        .isCloseTo(1.0, within(1e-4));
    assertThat(e.model()).isEqualTo("all-minilm-l6-v2-q");
  }
}
