package io.corroborate.eval.extraction;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import io.corroborate.eval.EvalReport;
import io.corroborate.eval.EvalSuites;
import io.corroborate.eval.Figure;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExtractionSuiteTest {
  private static double figure(EvalReport r, String name) {
    return r.figures().stream()
        .filter(f -> f.name().equals(name))
        .findFirst()
        .orElseThrow()
        .value();
  }

  @Test
  void theSuiteIsRegisteredUnderItsName() {
    assertThat(EvalSuites.expect("extraction")).isInstanceOf(ExtractionSuite.class);
  }

  @Test
  void segmentsAreCountedTheWayTrafilaturaCountsThem() {
    SegmentScore s =
        SegmentScore.of(
            "p",
            "alpha beta\n\ngamma  delta",
            List.of("beta gamma", "omega"),
            List.of("delta", "zeta"));
    assertThat(s.tp()).isEqualTo(1);
    assertThat(s.fn()).isEqualTo(1);
    assertThat(s.fp()).isEqualTo(1);
    assertThat(s.tn()).isEqualTo(1);
    assertThat(s.missed()).containsExactly("omega");
    assertThat(s.leaked()).containsExactly("delta");
  }

  @Test
  void trafilaturaLayoutIsDetectedAndScored(@TempDir Path dir) throws Exception {
    EvalReport r = new ExtractionSuite().run(Fixtures.trafilatura(dir));
    // with: 2 found, 1 absent from the page; without: imprint and menu left out, one body sentence
    // "leaks".
    assertThat(r.items()).isEqualTo(1);
    assertThat(figure(r, "recall")).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(figure(r, "precision")).isCloseTo(2.0 / 3, within(1e-9));
    assertThat(figure(r, "accuracy")).isCloseTo(4.0 / 6, within(1e-9));
    Figure f1 = r.figures().stream().filter(f -> f.name().equals("f1")).findFirst().orElseThrow();
    assertThat(f1.published()).contains(0.924);
    assertThat(f1.peer()).isEqualTo("trafilatura 2.2.0");
    assertThat(r.checksum()).hasSize(64);
    assertThat(r.notes()).anySatisfy(n -> assertThat(n).contains("missing.html"));
  }

  @Test
  void scrapinghubLayoutIsDetectedAndScoredByShingles(@TempDir Path dir) throws Exception {
    EvalReport r = new ExtractionSuite().run(Fixtures.scrapinghub(dir));
    assertThat(r.items()).isEqualTo(1);
    assertThat(figure(r, "shingle_recall")).isEqualTo(1.0);
    assertThat(figure(r, "shingle_precision")).isEqualTo(1.0);
    Figure f1 =
        r.figures().stream().filter(f -> f.name().equals("shingle_f1")).findFirst().orElseThrow();
    assertThat(f1.value()).isEqualTo(1.0);
    assertThat(f1.published()).contains(0.970);
  }

  @Test
  void anUnknownLayoutIsReportedAsAbsentData(@TempDir Path dir) {
    assertThatThrownBy(() -> new ExtractionSuite().run(dir))
        .isInstanceOf(NoSuchFileException.class);
  }

  @Test
  void pagesAreDecodedByDeclaredCharsetWhenNotUtf8() {
    byte[] latin =
        "<meta charset='iso-8859-1'><p>Gr\u00fc\u00dfe aus K\u00f6ln</p>"
            .getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
    assertThat(PageDecoder.decode(latin)).contains("Grüße aus Köln");
    byte[] utf8 = "<p>Grüße</p>".getBytes(java.nio.charset.StandardCharsets.UTF_8);
    assertThat(PageDecoder.decode(utf8)).contains("Grüße");
  }
}
