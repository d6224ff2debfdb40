package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Hand-labelled sentences of the invented Varnesian flood for what a figure counts when the word
 * after the number does not say it: the predicate of the counted people ("had been moved out of
 * their homes", "were sleeping in shelters"), a toll whose clause subject is the speaker or the
 * cause rather than the people counted, and sums of money, which are claims about the thing named
 * before them (damage, a fund, a payment) and about nothing when no such thing is named.
 */
class CountedFiguresTest {
  /** Sentence → every numeric claim it must yield, as "measure | value", and no other. */
  private static final Map<String, List<String>> LABELLED = new LinkedHashMap<>();

  static {
    LABELLED.put(
        "About 3,000 people have been moved out of their homes, the governor said.",
        List.of("evacuated | 3000"));
    LABELLED.put(
        "Some 3,100 residents of the lower town had been evacuated by Friday evening.",
        List.of("evacuated | 3100"));
    LABELLED.put(
        "Between 2,000 and 2,500 people were still sleeping in schools, sports halls and other"
            + " temporary shelters.",
        List.of("sheltered | 2000"));
    LABELLED.put(
        "About 1,900 people were still living in shelters or with relatives.",
        List.of("sheltered | 1900"));
    LABELLED.put(
        "More than 50 people have been treated in hospital since the flood.",
        List.of("hospitalised | 50"));
    LABELLED.put(
        "Nearly 300 villagers fled their homes before the water reached Sulev.",
        List.of("evacuated | 300"));
    LABELLED.put(
        "The regional governor said the flood had left 40 casualties in the valley.",
        List.of("casualties | 40"));
    LABELLED.put(
        "The death toll from the dam failure in the Ostrel region rose to 17 on Monday.",
        List.of("dead | 17"));
    LABELLED.put(
        "The agency said the death toll stood at 14, with nine people still missing.",
        List.of("dead | 14", "missing | 9"));
    LABELLED.put(
        "The latest figures put the death toll at 14, with 11 people missing.",
        List.of("dead | 14", "missing | 11"));
    LABELLED.put(
        "Families whose homes were flooded will receive a payment of 5,000 marks each.",
        List.of("payment | 5000"));
    LABELLED.put(
        "The cabinet approved an emergency fund of 60 million marks.", List.of("fund | 60000000"));
    LABELLED.put(
        "The finance ministry put the damage at an estimated 150 million marks.",
        List.of("damage | 150000000"));
    LABELLED.put("The town spent 3 million marks on new pumps last year.", List.of());
    LABELLED.put(
        "The mill's owner agreed to buy the rival mill for 54.20 marks a share.",
        List.of("price | 54"));
    LABELLED.put(
        "Holders will receive 31.50 marks for each common share of the mill.",
        List.of("price | 32"));
    LABELLED.put(
        "The offer is a 27% premium to the mill's closing price on Friday.",
        List.of("premium | 27"));
    LABELLED.put("The trader bought a 7.3% stake in the mill last winter.", List.of("stake | 7"));
    LABELLED.put("By March the trader held 8% of the company.", List.of("stake | 8"));
    LABELLED.put("About 12% of the valley was under water.", List.of());
    LABELLED.put(
        "The flood claimed the lives of 14 people in the lower town.", List.of("killed | 14"));
    // a noun of the measure before its figure
    LABELLED.put(
        "Police announced the arrest of 11 suspects in Velmora.", List.of("arrested | 11"));
    LABELLED.put(
        "All 19 crew members aboard the trawler were reported safe.", List.of("count | 19"));
    LABELLED.put(
        "The rescuers saved the lives of 14 people in the lower town.", List.of("count | 14"));
    LABELLED.put(
        "Rescuers brought in the body of a fifth fisherman from the river on Sunday.",
        List.of("bodies-recovered | 5"));
    LABELLED.put("A fifth victim of the flood has died in hospital.", List.of("dead | 5"));
    LABELLED.put(
        "Divers recovered the bodies of two of the fishermen on Tuesday.",
        List.of("bodies-recovered | 2"));
    LABELLED.put(
        "The dam failed near Harnik, a village of 1,650 people, including 300 who live below it.",
        List.of("count | 1650", "count | 300"));
    LABELLED.put(
        "Three men suspected of opening the sluice gates appeared in court on Friday.",
        List.of("count | 3"));
    LABELLED.put("Two engineers spoke to the Meridian Wire in a shelter.", List.of());
    LABELLED.put(
        "Teo Varn, a father of three from the lower town, joined the volunteers.",
        List.of("children | 3"));
    LABELLED.put(
        "A 6.1 magnitude earthquake shook the coast of Varnesia.", List.of("magnitude | 6"));
    LABELLED.put("An earthquake of magnitude 6.1 shook the coast.", List.of("magnitude | 6"));
    LABELLED.put(
        "The death toll has risen further to 1,200 after an earthquake of magnitude 6.1 shook the"
            + " coast.",
        List.of("dead | 1200", "magnitude | 6"));
  }

  private static String line(Claim c) {
    return c.measure() + " | " + Math.round(((ClaimValue.Amount) c.value()).value());
  }

  private static List<Claim> numeric(String sentence) {
    return Varnesia.claims(sentence).stream().filter(c -> c.kind() == ClaimKind.NUMERIC).toList();
  }

  @Test
  void eachLabelledSentenceYieldsExactlyItsFigures() {
    List<String> missed = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    for (Map.Entry<String, List<String>> e : LABELLED.entrySet()) {
      List<String> found = numeric(e.getKey()).stream().map(CountedFiguresTest::line).toList();
      e.getValue().stream()
          .filter(x -> !found.contains(x))
          .forEach(x -> missed.add(e.getKey() + " → " + x));
      found.stream()
          .filter(x -> !e.getValue().contains(x))
          .forEach(x -> extra.add(e.getKey() + " → " + x));
    }
    assertThat(missed).as("labelled figures not found (recall)").isEmpty();
    assertThat(extra).as("figures found that no label names (precision)").isEmpty();
  }

  @Test
  void aMeasureWordUsedAsAnAdjectiveIsNotWhatIsCounted() {
    assertThat(numeric("Rescuers found three more bodies in the flooded fields."))
        .extracting(Claim::measure)
        .doesNotContain("flooded");
  }

  @Test
  void aPopulationWithNoPredicateStaysABareCount() {
    // The reconciler keeps bare counts of one generic noun out of the story's variables.
    assertThat(numeric("Harnik, which had about 1,650 residents before the flood, lies below."))
        .extracting(Claim::measure)
        .containsOnly("count");
  }

  @Test
  void theSpeakerOrTheCauseIsNotWhatATollCounts() {
    for (String s :
        List.of(
            "The regional governor said the flood which followed the failure had left 40"
                + " casualties.",
            "The NCPA's own figures broke the casualties down into nine dead and 31 injured.")) {
      assertThat(numeric(s))
          .as(s)
          .isNotEmpty()
          .allSatisfy(
              c ->
                  assertThat(c.subject().text().toLowerCase(java.util.Locale.ROOT))
                      .doesNotContain("governor")
                      .doesNotContain("flood")
                      .doesNotContain("figures"));
    }
  }

  @Test
  void aCountOverAStatedLengthOfTimeHoldsOverThatPeriod() {
    for (String s :
        List.of(
            "Over one week, 40 people died in the floods, the ministry said.",
            "In the past 24 hours, 12 people were killed in the valley.")) {
      Claim c = numeric(s).get(0);
      assertThat(c.time())
          .as(s)
          .isInstanceOfSatisfying(
              HoldsAt.During.class,
              d -> {
                assertThat(d.relation()).isEqualTo(io.corroborate.annotate.time.Relation.OVER);
                assertThat(d.interval().lastDate()).isEqualTo(Varnesia.PUBLISHED);
                assertThat(d.interval().startDate()).isBefore(Varnesia.PUBLISHED);
              });
    }
    assertThat(numeric("In all, 300 people have died since the rains began.").get(0).time())
        .isNotInstanceOfAny(HoldsAt.During.class);
  }

  @Test
  void thePredicateIsPartOfTheClaimsEvidence() {
    String text = "About 3,000 people have been moved out of their homes.";
    Claim c = numeric(text).get(0);
    assertThat(c.evidence().claim().of(text)).startsWith("About 3,000").contains("moved out");
    assertThat(c.subject().text()).isEqualTo("people");
  }
}
