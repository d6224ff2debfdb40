package io.corroborate.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.UncheckedIOException;
import org.junit.jupiter.api.Test;

class CompressedTest {
  @Test
  void textComesBackExactlyAsItWasPacked() {
    for (String text :
        new String[] {"", "{}", "Kyiv — Київ, 12 000 «soldats», 東京 😀", "x".repeat(200_000)}) {
      assertThat(Compressed.unpack(Compressed.pack(text))).isEqualTo(text);
    }
  }

  @Test
  void aCharacterOutsideTheBasicPlaneSurvivesFallingAcrossTwoSlices() {
    for (int before = (1 << 16) - 2; before <= (1 << 16) + 1; before++) {
      String text = "x".repeat(before) + "😀 Київ" + "y".repeat(70_000) + "東京😀";
      assertThat(Compressed.unpack(Compressed.pack(text))).isEqualTo(text);
    }
  }

  @Test
  void aRepetitiveDossierPacksToAFractionOfItsText() {
    String json = "{\"sentence\": \"The river authority counted 14 dead.\"},\n".repeat(5000);
    assertThat(Compressed.pack(json).length).isLessThan(json.length() / 20);
  }

  @Test
  void bytesThatAreNotDeflatedAreAnErrorNotText() {
    assertThatThrownBy(() -> Compressed.unpack(new byte[] {1, 2, 3, 4, 5}))
        .isInstanceOf(UncheckedIOException.class);
  }
}
