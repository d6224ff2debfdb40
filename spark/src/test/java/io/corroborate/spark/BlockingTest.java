package io.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;
import org.junit.jupiter.api.Test;

class BlockingTest {
  /**
   * 3-word shingles in 16 bands of 3: phrases, so that texts on different subjects share no block.
   * The job's default (word sets) lets them meet through common words; the block cap is what keeps
   * those blocks small.
   */
  private final Blocking blocking = new Blocking(new Blocking.BlockingOptions(3, 16, 3, 7, 1000));

  private final Blocking defaults = new Blocking(Blocking.BlockingOptions.defaults());
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
  void withTheJobsWordSetsTooALightlyEditedCopyPublishedNextDaySharesABlock() {
    assertThat(share(defaults.keys(FERRY, day(2)), defaults.keys(FERRY_EDITED, day(3)))).isTrue();
  }

  @Test
  void unrelatedTextsOnTheSameDayShareNoBlock() {
    assertThat(share(blocking.keys(FERRY, day(2)), blocking.keys(OTHER, day(2)))).isFalse();
  }

  @Test
  void sameTextMonthsApartSharesNoWordBlockButMeetsByItsNamesAndNumbers() {
    List<String> later = blocking.keys(FERRY, Optional.of(LocalDate.of(2031, 9, 2)));
    List<String> now = blocking.keys(FERRY, day(2));
    assertThat(share(words(now), words(later))).isFalse();
    assertThat(share(now, later)).isTrue();
  }

  @Test
  void undatedTextsMeetOtherUndatedTextsByWordsAndDatedOnesByNamesAndNumbers() {
    List<String> undated = blocking.keys(FERRY, Optional.empty());
    assertThat(words(undated)).isNotEmpty().allMatch(k -> k.startsWith("0/u/"));
    assertThat(share(words(undated), blocking.keys(FERRY, day(2)))).isFalse();
    assertThat(share(undated, blocking.keys(FERRY, day(2)))).isTrue();
  }

  @Test
  void aReportInAnotherScriptMeetsTheStoryByItsNamesAndNumbersAlone() {
    String english =
        "Kestravia's president Teo Varn said on Friday that 212 passengers were aboard the ferry"
            + " when it ran aground near Ostrand, and that rescuers from Varnsk reached it by noon.";
    String russian =
        "Президент Кестравии Тео Варн заявил в пятницу, что на борту парома, севшего на мель у"
            + " Остранда, находились 212 пассажиров; спасатели из Варнска добрались до него к"
            + " полудню.";
    assertThat(share(words(defaults.keys(english, day(2))), defaults.keys(russian, day(3))))
        .as("no word in common")
        .isFalse();
    assertThat(share(defaults.keys(english, day(2)), defaults.keys(russian, day(3)))).isTrue();
    assertThat(share(defaults.keys(OTHER, day(2)), defaults.keys(russian, day(2))))
        .as("another story's report")
        .isFalse();
  }

  @Test
  void aTextWithNoNameOrNumberHasNoKeysOfNames() {
    String plain = "The ferry ran aground and nobody was hurt, the authority said in the morning.";
    assertThat(defaults.keys(plain, day(2))).isNotEmpty().noneMatch(k -> k.contains("/n/"));
  }

  private static List<String> words(List<String> keys) {
    return keys.stream().filter(k -> !k.contains("/n/")).toList();
  }

  @Test
  void aSplitKeyIsReplacedByStricterKeysOverAShorterWindow() {
    long[] sig = defaults.signature(FERRY);
    OptionalLong day = OptionalLong.of(LocalDate.of(2031, 5, 2).toEpochDay());
    List<String> level0 = defaults.keys(sig, day, Set.of());
    String big = level0.get(0);

    List<String> after = defaults.keys(sig, day, Set.of(big));

    assertThat(after).doesNotContain(big).containsAll(level0.subList(1, level0.size()));
    List<String> added = new ArrayList<>(after);
    added.removeAll(level0);
    // The default 7-day window halves to 3 days; the article joins two windows, as at level 0.
    assertThat(added).hasSize(2).allMatch(k -> k.startsWith("1/3d"));
  }

  @Test
  void splittingStopsAtTheLastLevel() {
    long[] sig = defaults.signature(FERRY);
    OptionalLong day = OptionalLong.of(100);
    Set<String> split = new HashSet<>();
    // Split every key the article has, as often as the blocking allows.
    for (int i = 0; i < 10; i++) {
      split.addAll(defaults.keys(sig, day, split));
    }

    List<String> keys = defaults.keys(sig, day, split);

    // 32 bands x 2 rows = 64 values; the band doubles until it covers them all: level 5.
    assertThat(keys).isNotEmpty().allMatch(k -> Blocking.level(k) == 5);
    assertThat(keys).noneMatch(defaults::splittable);
  }

  @Test
  void anOversizedBlockIsCutIntoPiecesNoBiggerThanTheCap() {
    Blocking small = new Blocking(Blocking.BlockingOptions.defaults().withMaxBlock(4));
    List<String> ids = new ArrayList<>();
    for (int i = 0; i < 11; i++) {
      ids.add("a" + (char) ('z' - i));
    }

    List<List<String>> chunks = small.chunks(ids);

    assertThat(chunks).hasSize(3).allMatch(c -> c.size() <= 4);
    assertThat(chunks.stream().flatMap(List::stream)).containsExactlyInAnyOrderElementsOf(ids);
    assertThat(chunks.get(0)).isSorted();
  }

  @Test
  void aCapBelowTwoIsRefused() {
    org.assertj.core.api.Assertions.assertThatThrownBy(
            () -> Blocking.BlockingOptions.defaults().withMaxBlock(1))
        .hasMessageContaining("--max-block");
  }
}
