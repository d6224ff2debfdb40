package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Attributes told of "he" or "she", and traits told in free words, on the invented Varnesian flood.
 */
class PronounsAndDescriptionsTest {
  private static final LocalDate MAR10 = LocalDate.of(2026, 3, 10);

  private static EntityProfile profile(Reconciliation r, String name) {
    return r.profiles().stream().filter(p -> p.name().equals(name)).findFirst().orElseThrow();
  }

  private static EntityProfile.Attribute attribute(EntityProfile p, String name) {
    return p.attributes().stream().filter(a -> a.name().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void aPronounsAttributeGoesToThePersonNamedLastBeforeIt() {
    Reconciliation r =
        new Story()
            .article("a1", "Maradin Courier", MAR10)
            .line("a1", "Ivo Marek, 44, drove the first boat.")
            .subject("Ivo Marek")
            .attribute("age", "44", 44)
            .add()
            .line("a1", "Lena Dostal, 29, steered it.")
            .subject("Lena Dostal")
            .attribute("age", "29", 29)
            .add()
            .line("a1", "Marek said later that he was injured in the hand.")
            .subject("he")
            .describes("injuries", "injured in the hand")
            .add()
            .reconcile();
    assertThat(attribute(profile(r, "Ivo Marek"), "injuries").values())
        .containsExactly("injured in the hand");
    assertThat(profile(r, "Lena Dostal").attributes())
        .extracting(a -> a.name())
        .containsOnly("age");
    assertThat(r.profiles()).noneMatch(p -> p.name().equalsIgnoreCase("he"));
    assertThat(profile(r, "Ivo Marek").aliases()).doesNotContain("he");
  }

  @Test
  void linkPairsThePronounWithItsPersonAndTheProfileShowsWhy() {
    Story s =
        new Story()
            .article("a1", "Maradin Courier", MAR10)
            .line("a1", "Ivo Marek, 44, drove the first boat.")
            .subject("Ivo Marek")
            .attribute("age", "44", 44)
            .add()
            .line("a1", "Lena Dostal, 29, steered it.")
            .subject("Lena Dostal")
            .attribute("age", "29", 29)
            .add()
            .line("a1", "Dostal said that she was injured in the arm.")
            .subject("she")
            .describes("injuries", "injured in the arm")
            .add();
    StoryInput in = s.input();
    // The pairing is made once, in link: the third claim's "she" is Lena Dostal.
    assertThat(in.entities().pairing("a1", 2))
        .hasValueSatisfying(p -> assertThat(p.name()).isEqualTo("Lena Dostal"));
    assertThat(in.entities().pairing("a1", 0)).isEmpty();
    Reconciliation r = new Reconciler(ReconcileOptions.defaults()).reconcile(in);
    assertThat(attribute(profile(r, "Lena Dostal"), "injuries").values())
        .containsExactly("injured in the arm");
    assertThat(profile(r, "Lena Dostal").merges())
        .containsExactly(
            "\u201cshe\u201d (Maradin Courier) is taken for Lena Dostal: the person named last"
                + " before it");
    assertThat(profile(r, "Ivo Marek").merges()).isEmpty();
  }

  @Test
  void aPronounWithNoNamedPersonBeforeItMakesNoProfile() {
    Reconciliation r =
        new Story()
            .article("a1", "Maradin Courier", MAR10)
            .line("a1", "He was carrying a passport when he was found.")
            .subject("He")
            .describes("documents", "a passport")
            .add()
            .reconcile();
    assertThat(r.profiles()).isEmpty();
  }

  @Test
  void twoWordingsOfAnInjuryAreShownSideBySideNotCalledAContradiction() {
    Reconciliation r =
        new Story()
            .article("a1", "Maradin Courier", MAR10)
            .article("a2", "Ostrel Today", MAR10)
            .line("a1", "Ivo Marek has injuries to his hand and jaw.")
            .subject("Ivo Marek")
            .describes("injuries", "injuries to his hand and jaw")
            .add()
            .line("a2", "Ivo Marek was found injured in the hand and jaw.")
            .subject("Ivo Marek")
            .describes("injuries", "injured in the hand and jaw")
            .add()
            .reconcile();
    EntityProfile.Attribute injuries = attribute(profile(r, "Ivo Marek"), "injuries");
    assertThat(injuries.values()).hasSize(2);
    assertThat(injuries.consistent()).isTrue();
    assertThat(injuries.explanation()).contains("described in 2 ways");
    assertThat(r.findings()).noneMatch(f -> f.kind() == FindingKind.CONFLICT);
  }
}
