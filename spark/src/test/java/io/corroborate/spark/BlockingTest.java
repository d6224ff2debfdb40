package io.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class BlockingTest {
  private final Blocking blocking = new Blocking(Blocking.BlockingOptions.defaults());
  private static final String FERRY =
      "The ferry Saint Brannoch ran aground near Kessin Point on Friday with 212 passengers on"
          + " board, the lake authority said. Harbour master Tomas Elund said two tugs had failed"
          + " to pull the ship free by noon and that nobody was hurt.";
  private static final String FERRY_EDITED =
      "The ferry Saint Brannoch ran aground near Kessin Point on Friday with 212 passengers on"
          + " board, the lake authority said on Saturday. Harbour master Tomas Elund said two tugs"
          + " had failed to pull the ship free by noon and that nobody was hurt.";
  private static final String OTHER =
      "The city council of Marrow voted to rebuild the old library on Elm Street, after a"
          + " long debate about parking, trees and the cost of new windows for the reading room.";

  private static Optional<LocalDate> day(int d) {
    return Optional.of(LocalDate.of(2031, 5, d));
  }

  private boolean share(List<String> a, List<String> b) {
    return a.stream().anyMatch(b::contains);
  }

  @Test
  void lightlyEditedCopyPublishedNextDayShareABlock() {
    assertThat(share(blocking.keys(FERRY, day(2)), blocking.keys(FERRY_EDITED, day(3)))).isTrue();
  }

  @Test
  void unrelatedTextsOnTheSameDayShareNoBlock() {
    assertThat(share(blocking.keys(FERRY, day(2)), blocking.keys(OTHER, day(2)))).isFalse();
  }

  @Test
  void sameTextMonthsApartSharesNoBlock() {
    List<String> later = blocking.keys(FERRY, Optional.of(LocalDate.of(2031, 9, 2)));
    assertThat(share(blocking.keys(FERRY, day(2)), later)).isFalse();
  }

  @Test
  void undatedTextsMeetOnlyOtherUndatedTexts() {
    assertThat(blocking.keys(FERRY, Optional.empty())).allMatch(k -> k.startsWith("u:"));
    assertThat(share(blocking.keys(FERRY, Optional.empty()), blocking.keys(FERRY, day(2))))
        .isFalse();
  }
}
