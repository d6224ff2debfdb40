package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Hand-labelled sentences of the invented Varnesian flood for the traits of a person: unit,
 * nationality, origin, injuries and documents. Each sentence lists every such claim it must yield
 * and no more, so the test measures precision as well as recall; the sentences that assert none
 * must yield none.
 */
class PersonTraitsTest {
  private static final Set<String> TRAITS =
      Set.of("unit", "nationality", "origin", "injuries", "documents");

  /** Sentence → the claims expected, as "subject | measure | value [| negated]". */
  private static final Map<String, List<String>> LABELLED = new LinkedHashMap<>();

  static {
    LABELLED.put(
        "Sergeant Ivo Marek served in the 94th Brigade before the flood.",
        List.of("Ivo Marek | unit | the 94th Brigade"));
    LABELLED.put(
        "Lena Dostal, a member of the 11th Airborne Corps, led the convoy.",
        List.of("Lena Dostal | unit | the 11th Airborne Corps"));
    LABELLED.put(
        "Marek said his unit, the 3rd battalion, reached the dam at dawn.",
        List.of("Marek | unit | the 3rd battalion"));
    LABELLED.put(
        "Milan Horak has served with the Varnesian Army since 2019.",
        List.of("Milan Horak | unit | the Varnesian Army"));
    LABELLED.put(
        "He never served in the 94th Brigade, the ministry said.",
        List.of("He | unit | the 94th Brigade | negated"));
    LABELLED.put(
        "A Varnesian soldier was wounded in the jaw during the evacuation.",
        List.of(
            "soldier | nationality | Varnesian",
            "A Varnesian soldier | injuries | wounded in the jaw"));
    LABELLED.put(
        "The Ostrelian officer suffered injuries to both legs, the NCPA said.",
        List.of(
            "officer | nationality | Ostrelian",
            "The Ostrelian officer | injuries | injuries to both legs"));
    LABELLED.put(
        "Tomas Reder, a farmer with a broken arm, waited on the roof.",
        List.of("Tomas Reder | injuries | a broken arm"));
    LABELLED.put("The pilot was not wounded.", List.of("The pilot | injuries | wounded | negated"));
    LABELLED.put(
        "An injured Ostrelian volunteer was carried to the field hospital.",
        List.of("volunteer | nationality | Ostrelian", "volunteer | injuries | injured"));
    LABELLED.put(
        "The farmer died two days later of his injuries.",
        List.of("The farmer | injuries | injuries"));
    LABELLED.put(
        "One of the divers carried a Varnesian military ID issued in Kaldor.",
        List.of("One of the divers | documents | a Varnesian military ID issued in Kaldor"));
    LABELLED.put(
        "The second engineer had no documents when he was found.",
        List.of("The second engineer | documents | documents | negated"));
    LABELLED.put(
        "Anna Vey, a citizen of Ostrel, was carrying a passport.",
        List.of("Anna Vey | nationality | Ostrel", "Anna Vey | documents | a passport"));
    LABELLED.put(
        "Police found that the driver had been carrying a forged passport.",
        List.of("the driver | documents | a forged passport"));
    LABELLED.put(
        "Jana Voss, a native of Kaldor, drove the first boat.",
        List.of("Jana Voss | origin | Kaldor"));
    LABELLED.put(
        "The Varnesian medic hails from Upper Maradin.",
        List.of("medic | nationality | Varnesian", "The Varnesian medic | origin | Upper Maradin"));
    LABELLED.put(
        "Petr Lasko holds Ostrelese citizenship.", List.of("Petr Lasko | nationality | Ostrelese"));
  }

  /** Sentences that mention units, injuries, papers or nations but assert no trait of a person. */
  private static final List<String> NONE =
      List.of(
          "Documents were discussed at the meeting in Maradin.",
          "The NCPA has documents showing the spillway was cracked.",
          "The agency released papers on the dam's history.",
          "The passport office in Maradin stayed closed.",
          "The 84th Engineer Battalion arrived from the north.",
          "The army sent a battalion to the valley.",
          "Rescuers fought the flood for three days.",
          "Varnesian officials met Ostrelian envoys in Maradin.",
          "A Varnesian prisoner exchange was agreed on Monday.",
          "The Ostrelian Army has not commented.",
          "About 40 workers were wounded at the plant.",
          "In Kaldor, the wounded were taken to shelters.",
          "The order to open the spillway came from Maradin.",
          "The water in the valley comes from the Orlen reservoir.");

  private static String line(Claim c) {
    return c.subject().text()
        + " | "
        + c.measure()
        + " | "
        + ((ClaimValue.Text) c.value()).text()
        + (c.hedging().negated() ? " | negated" : "");
  }

  private static List<String> traits(String sentence) {
    return Varnesia.claims(sentence).stream()
        .filter(c -> c.kind() == ClaimKind.ATTRIBUTE && TRAITS.contains(c.measure()))
        .map(PersonTraitsTest::line)
        .toList();
  }

  @Test
  void eachLabelledSentenceYieldsExactlyItsTraits() {
    List<String> missed = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    int expected = 0;
    for (Map.Entry<String, List<String>> e : LABELLED.entrySet()) {
      List<String> found = traits(e.getKey());
      expected += e.getValue().size();
      e.getValue().stream().filter(x -> !found.contains(x)).forEach(x -> missed.add(x));
      found.stream().filter(x -> !e.getValue().contains(x)).forEach(x -> extra.add(x));
    }
    assertThat(expected).isGreaterThanOrEqualTo(20);
    assertThat(missed).as("labelled traits not found (recall)").isEmpty();
    assertThat(extra).as("traits found that no label names (precision)").isEmpty();
  }

  @Test
  void sentencesThatAssertNoTraitYieldNone() {
    for (String s : NONE) {
      assertThat(traits(s)).as(s).isEmpty();
    }
  }

  @Test
  void sentencesThatAssertNoAttributeAtAllYieldNoAttributeClaim() {
    for (String s : NONE) {
      assertThat(Varnesia.claims(s)).as(s).noneMatch(c -> c.kind() == ClaimKind.ATTRIBUTE);
    }
  }

  @Test
  void aTraitCarriesItsSpansAttributionAndTime() {
    String text =
        "The Ostrelian officer suffered injuries to both legs on March 11, the NCPA said.";
    Claim c =
        Varnesia.claims(text).stream()
            .filter(x -> x.measure().equals("injuries"))
            .findFirst()
            .orElseThrow();
    assertThat(c.value().span().of(text)).isEqualTo("injuries to both legs");
    assertThat(c.evidence().claim().of(text)).isEqualTo("suffered injuries to both legs");
    assertThat(c.subject().span().of(text)).isEqualTo("The Ostrelian officer");
    assertThat(c.attribution().chain()).isEqualTo("the NCPA ← Maradin Courier");
    assertThat(((HoldsAt.During) c.time()).interval().startDate())
        .isEqualTo(java.time.LocalDate.of(2026, 3, 11));
    assertThat(c.confidence()).isEqualTo(ExtractOptions.defaults().attributeConfidence());
  }

  @Test
  void aHedgedTraitKeepsItsHedge() {
    String text = "The driver was reportedly carrying a forged passport.";
    Claim c = Varnesia.claims(text).get(0);
    assertThat(c.measure()).isEqualTo("documents");
    assertThat(c.hedging().cues()).containsExactly("reportedly");
    assertThat(c.hedging().negated()).isFalse();
  }
}
