package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.link.LinkResult;
import io.corroborate.link.SubjectGroups;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Who the subjects of attribute claims are is resolved once, when the story's names are linked; the
 * profiles show that grouping and its reasons, and only check attributes over time. An invented
 * rescue in the land of Velmora.
 */
class PeopleResolvedByLinkTest {
  private static final LocalDate FEB10 = LocalDate.of(2026, 2, 10);

  /** Vell is named in full, by his surname alone, and as "the other man". */
  private static StoryInput rescue() {
    String both = "Tomas Vell, 30, and Iro Kade, 22, were pulled from the river.";
    return new Story()
        .article("a1", "Velmora Post", FEB10)
        .article("a2", "Harbour Times", FEB10)
        .article("a3", "Ostrand Daily", FEB10)
        .line("a1", both)
        .subject("Tomas Vell")
        .attribute("age", "30", 30)
        .add()
        .line("a1", both)
        .subject("Iro Kade")
        .attribute("age", "22", 22)
        .add()
        .line("a2", "One of the rescued men was born in 2005.")
        .subject("One of the rescued men")
        .year("born", "2005", 2005)
        .add()
        .line("a2", "The other man was born in 1996.")
        .subject("The other man")
        .year("born", "1996", 1996)
        .add()
        .line("a3", "Vell is a ferry mechanic.")
        .subject("Vell")
        .describes("role", "ferry mechanic")
        .add()
        .input();
  }

  @Test
  void aPersonNamedTwoWaysAndMentionedUnnamedIsOneProfileWhoseReasonsComeFromLinking() {
    StoryInput in = rescue();
    SubjectGroups people = in.entities().subjectGroups();
    SubjectGroups.Group vell = people.of("a1", 0).orElseThrow();
    assertThat(vell.name()).isEqualTo("Tomas Vell");
    // The surname alone and the unnamed man born in 1996 are Vell's.
    assertThat(people.of("a3", 0)).contains(vell);
    assertThat(people.of("a2", 1)).contains(vell);
    assertThat(people.of("a2", 0).map(SubjectGroups.Group::name)).contains("Iro Kade");
    assertThat(vell.merges())
        .hasSize(2)
        .anySatisfy(m -> assertThat(m).startsWith("\u201cVell\u201d is taken for Tomas Vell"))
        .anySatisfy(
            m ->
                assertThat(m).startsWith("\u201cThe other man\u201d (Harbour Times) is taken for"));

    Reconciliation r = new Reconciler(ReconcileOptions.defaults()).reconcile(in);
    assertThat(r.profiles()).filteredOn(p -> p.name().equals("Tomas Vell")).hasSize(1);
    EntityProfile profile =
        r.profiles().stream().filter(p -> p.name().equals("Tomas Vell")).findFirst().orElseThrow();
    assertThat(profile.merges()).isEqualTo(vell.merges());
    assertThat(profile.entityId()).isEqualTo(vell.entityId());
    assertThat(profile.aliases()).containsExactlyInAnyOrderElementsOf(vell.aliases());
    assertThat(profile.aliases()).contains("Vell", "The other man");
    assertThat(profile.attributes())
        .extracting(EntityProfile.Attribute::name)
        .containsExactly("age", "born", "role");
    // No profile of its own for a name the linker took for Vell.
    assertThat(r.profiles())
        .extracting(EntityProfile::name)
        .containsExactlyInAnyOrder("Tomas Vell", "Iro Kade");
  }

  @Test
  void profilesFollowTheLinkersGroupingAndDoNotResolveNamesAgain() {
    StoryInput in = rescue();
    LinkResult linked = in.entities();
    // A linker that took everyone in the story for one person: reconciling takes its word.
    List<SubjectGroups.Member> all =
        linked.subjectGroups().groups().stream().flatMap(g -> g.members().stream()).toList();
    SubjectGroups one =
        new SubjectGroups(
            List.of(
                new SubjectGroups.Group(
                    "everyone",
                    "name:everyone",
                    "Everyone",
                    all,
                    List.of(),
                    List.of("all the same person, as the linker says"))));
    LinkResult relinked =
        new LinkResult(
            linked.entities(), linked.warnings(), linked.names(), linked.pairings(), one);
    Reconciliation r =
        new Reconciler(ReconcileOptions.defaults())
            .reconcile(
                new StoryInput(
                    in.storyId(), in.articles(), in.claims(), in.copyGroupOf(), relinked));
    assertThat(r.profiles())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Everyone");
              assertThat(p.merges()).containsExactly("all the same person, as the linker says");
            });
  }

  @Test
  void aPronounTakenForANameThatJoinsAFullNameKeepsItsReasonOnTheProfile() {
    Reconciliation r =
        new Story()
            .article("a1", "Velmora Post", FEB10)
            .line("a1", "Tomas Vell, 30, was pulled from the river.")
            .subject("Tomas Vell")
            .attribute("age", "30", 30)
            .add()
            .line("a1", "Vell is a ferry mechanic.")
            .subject("Vell")
            .describes("role", "ferry mechanic")
            .add()
            .line("a1", "Vell said he was hurt in the leg.")
            .subject("he")
            .describes("injuries", "hurt in the leg")
            .add()
            .reconcile();
    // "he" is taken for "Vell", and "Vell" for Tomas Vell: both reasons stay with his profile.
    assertThat(r.profiles())
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.name()).isEqualTo("Tomas Vell");
              assertThat(p.merges())
                  .anySatisfy(
                      m ->
                          assertThat(m)
                              .startsWith("\u201che\u201d (Velmora Post) is taken for Vell"))
                  .anySatisfy(
                      m -> assertThat(m).startsWith("\u201cVell\u201d is taken for Tomas Vell"));
              assertThat(p.attributes())
                  .extracting(EntityProfile.Attribute::name)
                  .containsExactly("age", "injuries", "role");
            });
  }
}
