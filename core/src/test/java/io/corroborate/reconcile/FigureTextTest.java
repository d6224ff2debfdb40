package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import org.junit.jupiter.api.Test;

class FigureTextTest {
  @Property(tries = 2000)
  void aWholeNumberIsGroupedAsTheFormatterGroupsIt(@ForAll long n) {
    assertThat(Reconciler.grouped(n)).isEqualTo(String.format(Locale.ROOT, "%,d", n));
  }

  @Test
  void groupsOfThreeDigitsAreSeparatedByCommasOnBothSidesOfZero() {
    assertThat(Reconciler.num(0)).isEqualTo("0");
    assertThat(Reconciler.num(999)).isEqualTo("999");
    assertThat(Reconciler.num(1000)).isEqualTo("1,000");
    assertThat(Reconciler.num(-12000)).isEqualTo("-12,000");
    assertThat(Reconciler.num(123456789)).isEqualTo("123,456,789");
    assertThat(Reconciler.num(Long.MIN_VALUE)).isEqualTo("-9,223,372,036,854,775,808");
    assertThat(Reconciler.num(2.5)).isEqualTo("2.5");
    assertThat(Reconciler.num(Double.POSITIVE_INFINITY)).isEqualTo("∞");
  }
}
