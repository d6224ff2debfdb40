package io.corroborate.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Random;
import org.junit.jupiter.api.Test;

class CascadeReasonTest {
  @Test
  void linkDensityInAReasonIsWrittenAsFormatWritesIt() {
    Random rnd = new Random(7);
    double[] edges = {0, 0.005, 0.015, 0.125, 0.135, 0.675, 0.995, 1, 1.005, 2.5e-7, 0.3 - 0.295};
    for (double d : edges) {
      assertThat(Cascade.two(d)).isEqualTo(String.format(Locale.ROOT, "%.2f", d));
    }
    for (int i = 0; i < 20_000; i++) {
      double d = rnd.nextInt(4) == 0 ? rnd.nextInt(1000) / 1000.0 : rnd.nextDouble();
      assertThat(Cascade.two(d)).isEqualTo(String.format(Locale.ROOT, "%.2f", d));
    }
    assertThat(Cascade.two(Double.NaN)).isEqualTo("NaN");
    assertThat(Cascade.two(-0.0)).isEqualTo("-0.00");
  }
}
