package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Figures of another event (an aftershock, an earlier quake) stay out of the story's variables. */
class OtherEventsTest {
  private static final LocalDate DAY = LocalDate.of(2026, 4, 6);

  private static Reconciliation quake() {
    return new Story()
        .article("a1", "Velmora Post", DAY)
        .article("a2", "Harbour Times", DAY)
        .article("a3", "Ostrand Daily", DAY)
        .article("a4", "Coastal Herald", DAY)
        .line("a1", "The quake near Velmora had a magnitude of 7.8, the survey said.")
        .subject("earthquake")
        .exactly("magnitude", "7.8", 7.8)
        .said("the survey")
        .add()
        .line("a2", "A magnitude 7.8 quake struck the Velmora coast, the institute said.")
        .subject("earthquake")
        .exactly("magnitude", "7.8", 7.8)
        .said("the institute")
        .add()
        .line("a3", "The agency first put the quake at magnitude 7.4.")
        .subject("earthquake")
        .exactly("magnitude", "7.4", 7.4)
        .said("the agency")
        .add()
        .line("a3", "A separate 5.6 magnitude aftershock shook Ostrand on Tuesday.")
        .subject("earthquake")
        .exactly("magnitude", "5.6", 5.6)
        .add()
        .line(
            "a4",
            "The quake, at 7.8, was stronger than the one of 1987, which measured between 7.2 and"
                + " 7.6.")
        .subject("earthquake")
        .exactly("magnitude", "7.6", 7.6)
        .add()
        .reconcile();
  }

  @Test
  void anAftershocksMagnitudeIsNoFigureOfTheMainQuake() {
    assertThat(quake().findings())
        .filteredOn(f -> f.variable().key().equals("earthquake|magnitude|cumulative"))
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.CONFLICT);
              assertThat(f.support()).extracting(Support::value).doesNotContain("5.6");
            });
  }

  @Test
  void aFigureToldAfterAnEarlierYearIsOfThatEarlierEvent() {
    assertThat(quake().findings())
        .filteredOn(f -> f.variable().measure().equals("magnitude"))
        .isNotEmpty()
        .allSatisfy(f -> assertThat(f.support()).extracting(Support::value).doesNotContain("7.6"));
  }

  @Test
  void aCountWrittenWithFourDigitsIsNoYear() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", DAY)
            .line("a1", "At the site, 1200 people died and 4000 were hurt.")
            .subject("people")
            .exactly("dead", "1200", 1200)
            .add()
            .line("a1", "At the site, 1200 people died and 4000 were hurt.")
            .subject("people")
            .exactly("wounded", "4000", 4000)
            .add()
            .reconcile();
    assertThat(r.findings()).anyMatch(f -> f.variable().measure().equals("wounded"));
  }
}
