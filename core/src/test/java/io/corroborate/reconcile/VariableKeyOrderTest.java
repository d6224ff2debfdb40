package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Keys of variables order as their texts do, though comparing them builds no text. */
class VariableKeyOrderTest {
  /** Pieces chosen so that the joints of the text ("|", "|in ") meet letters of the parts. */
  private static final String[] PIECES = {"", "a", "b", "|", "in", " ", "i", "dead", "é", "Z"};

  private static String part(Random r) {
    StringBuilder b = new StringBuilder();
    int n = r.nextInt(3);
    for (int i = 0; i < n; i++) {
      b.append(PIECES[r.nextInt(PIECES.length)]);
    }
    return b.toString();
  }

  private static Variable.Key key(Random r) {
    return new Variable.Key(part(r), part(r), part(r), part(r), part(r));
  }

  @Test
  void keysCompareExactlyAsTheirTexts() {
    Random r = new Random(42);
    List<Variable.Key> keys = new ArrayList<>();
    for (int i = 0; i < 400; i++) {
      keys.add(key(r));
    }
    for (Variable.Key a : keys) {
      for (int k = 0; k < 40; k++) {
        Variable.Key b = keys.get(r.nextInt(keys.size()));
        assertThat(a.compareTo(b))
            .as(a.text() + " vs " + b.text())
            .isEqualTo(a.text().compareTo(b.text()));
      }
      assertThat(a.compareTo(a)).isZero();
    }
  }

  @Test
  void aKeyWithAPlaceSortsAfterTheSameKeyWithout() {
    Variable.Key bare = new Variable.Key("workers", "dead", "cumulative", "", "");
    Variable.Key placed = bare.withPlace("ostrand");
    assertThat(bare.compareTo(placed)).isNegative();
    assertThat(placed.compareTo(bare)).isPositive();
    assertThat(placed.compareTo(bare.withFacet("breakdown")))
        .isEqualTo(placed.text().compareTo(bare.withFacet("breakdown").text()));
  }
}
