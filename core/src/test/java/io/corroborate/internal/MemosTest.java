package io.corroborate.internal;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.link.NameFold;
import java.util.Map;
import org.junit.jupiter.api.Test;

class MemosTest {
  @Test
  void forgettingEmptiesEveryMemoAndTheNextReadFillsItAgain() {
    Map<String, String> memo = Memos.concurrent();
    memo.put("Velmora", "velmora");
    Corroborate.forgetMemos();
    assertThat(memo).isEmpty();
    memo.put("Ostrand", "ostrand");
    assertThat(memo).containsEntry("Ostrand", "ostrand");
  }

  @Test
  void answersAreTheSameBeforeAndAfterForgetting() {
    String before = NameFold.latin("Кестрава");
    Corroborate.forgetMemos();
    assertThat(NameFold.latin("Кестрава")).isEqualTo(before);
  }
}
