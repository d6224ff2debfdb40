package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Figures whose subjects are written with different nouns for one group or one thing ("workers" and
 * "people", "crew members" and "sailors", a "channel" and a "passage") are about one variable.
 */
class SubjectSynonymsTest {
  private static final LocalDate D1 = LocalDate.of(2031, 5, 3);

  private static List<String> keys(Reconciliation r, String measure) {
    return r.findings().stream()
        .filter(f -> f.variable().measure().equals(measure))
        .map(f -> f.variable().key())
        .distinct()
        .toList();
  }

  @Test
  void workersAndPeopleRescuedAreOneVariable() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "Two workers were rescued from the river, the fire service said.")
            .said("fire service")
            .subject("workers")
            .exactly("rescued", "Two", 2)
            .add()
            .line("a2", "Two people were rescued from the water, the police said.")
            .said("police")
            .subject("people")
            .exactly("rescued", "Two", 2)
            .add()
            .reconcile();
    assertThat(keys(r, "rescued")).containsExactly("people|rescued|cumulative");
  }

  @Test
  void crewMembersSailorsAndCrewAreOneGroup() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .article("a3", "Ostrand Daily", D1)
            .line("a1", "All 18 crew members were evacuated from the Teo Varn, its owner said.")
            .said("owner")
            .subject("crew members")
            .exactly("evacuated", "18", 18)
            .add()
            .line("a2", "18 sailors were evacuated, the coast guard said.")
            .said("coast guard")
            .subject("sailors")
            .exactly("evacuated", "18", 18)
            .add()
            .line("a3", "The crew of 18 was evacuated, the port authority said.")
            .said("port authority")
            .subject("crew")
            .exactly("evacuated", "18", 18)
            .add()
            .reconcile();
    assertThat(keys(r, "evacuated")).containsExactly("crew|evacuated|cumulative");
  }

  @Test
  void aMemberOfAnotherBodyIsNoCrew() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "All 18 crew members were evacuated, its owner said.")
            .said("owner")
            .subject("crew members")
            .exactly("evacuated", "18", 18)
            .add()
            .line("a2", "40 council members were evacuated from the hall, the mayor said.")
            .said("mayor")
            .subject("council members")
            .exactly("evacuated", "40", 40)
            .add()
            .reconcile();
    assertThat(keys(r, "evacuated")).hasSize(2).contains("crew|evacuated|cumulative");
  }

  @Test
  void theDepthOfAChannelAndOfAPassageAreOneVariable() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", D1)
            .article("a2", "Harbour Times", D1)
            .line("a1", "The channel, 40 feet deep, reopened on Monday.")
            .subject("channel")
            .exactly("depth", "40", 40)
            .in("feet")
            .add()
            .line("a2", "Ships use a passage 45 feet deep.")
            .subject("passage")
            .exactly("depth", "45", 45)
            .in("feet")
            .add()
            .reconcile();
    assertThat(keys(r, "depth feet")).containsExactly("channel|depth feet|cumulative");
  }
}
