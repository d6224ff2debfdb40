package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import org.junit.jupiter.api.Test;

class ChainTest {
  private static Voice voice(String name) {
    return new Voice(
        name,
        new io.corroborate.model.Span(0, name.length()),
        "said",
        java.util.Optional.empty(),
        false);
  }

  @Test
  void chainRendersSpeakerThenCitedThenOutletAsBefore() {
    Attribution a =
        new Attribution(List.of(voice("Mara Vell")), List.of(voice("Tessa Wire")), "Lumen Daily");
    assertThat(a.chain()).isEqualTo("Mara Vell ← Tessa Wire ← Lumen Daily");
    assertThat(a.links().links()).containsExactly("Mara Vell", "Tessa Wire", "Lumen Daily");
    assertThat(a.links().outlet()).isEqualTo("Lumen Daily");
  }

  @Test
  void outletOnlyChainIsTheOutlet() {
    assertThat(Attribution.outletOnly("Lumen Daily").chain()).isEqualTo("Lumen Daily");
  }

  @Test
  void publishedByReplacesOnlyTheOutletLink() {
    Chain c = new Chain(List.of("the agency", "unknown"));
    assertThat(c.publishedBy("lumen.example").text()).isEqualTo("the agency ← lumen.example");
    // A speaker whose name ends like the outlet is a link of its own, not text to cut.
    Chain odd = new Chain(List.of("source unknown", "Lumen Daily"));
    assertThat(odd.publishedBy("Other").text()).isEqualTo("source unknown ← Other");
  }

  @Test
  void chainWithoutOutletIsRejected() {
    assertThatThrownBy(() -> new Chain(List.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("outlet");
  }
}
