package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Sizes of things and sums of money written the way English news writes them: lengths as compound
 * adjectives and in imperial units ("a 240-foot ferry", "the 1.2 mile causeway", "a 3.1km-long
 * causeway"), a length with its conversion in brackets, and sums named by what comes after them
 * ("in debt financing", "margin loan").
 */
class LengthsAndSumsTest {
  private static List<Claim> numeric(String sentence) {
    return Varnesia.claims(sentence).stream().filter(c -> c.kind() == ClaimKind.NUMERIC).toList();
  }

  private static String line(Claim c) {
    ClaimValue.Amount a = (ClaimValue.Amount) c.value();
    return c.measure() + " | " + a.value() + " | " + a.unit().orElse("");
  }

  @Test
  void aLengthWrittenAsACompoundAdjectiveSizesTheNounAfterIt() {
    List<Claim> c = numeric("The 240-foot ferry Ostrand was towed to Velmora.");
    assertThat(c).extracting(LengthsAndSumsTest::line).containsExactly("length | 240.0 | feet");
    assertThat(c.get(0).subject().text()).isEqualTo("ferry Ostrand");
  }

  @Test
  void aLengthInTheSingularBeforeANounIsItsLength() {
    assertThat(numeric("Crews closed the 1.2 mile causeway near Velmora."))
        .extracting(LengthsAndSumsTest::line)
        .containsExactly("length | 1.2 | miles");
    assertThat(numeric("The 1.2-mile causeway, built in 1977, was closed."))
        .extracting(LengthsAndSumsTest::line)
        .containsExactly("length | 1.2 | miles");
  }

  @Test
  void aSizeWordGluedToAnAbbreviatedUnitSaysWhichSizeItIs() {
    List<Claim> c = numeric("The 3.1km-long, two-lane causeway over the Ostra was closed.");
    assertThat(c).extracting(LengthsAndSumsTest::line).contains("length | 3.1 | kilometers");
    assertThat(c.get(0).subject().text()).contains("causeway");
  }

  @Test
  void twoSizesJoinedByAndShareTheNounAfterTheSecond() {
    List<Claim> c =
        numeric("Engineers reopened the 400-foot wide and 40-foot deep canal to barges on Monday.");
    assertThat(c)
        .extracting(LengthsAndSumsTest::line)
        .containsExactly("width | 400.0 | feet", "depth | 40.0 | feet");
    assertThat(c).allSatisfy(x -> assertThat(x.subject().text()).isEqualTo("canal"));
  }

  @Test
  void aLengthStandingAfterItsNounIsOfThatNoun() {
    List<Claim> c =
        numeric("Dredgers cut a lane of about 300 feet wide and 35 feet deep by Friday.");
    assertThat(c).extracting(LengthsAndSumsTest::line).contains("depth | 35.0 | feet");
    assertThat(c).allSatisfy(x -> assertThat(x.subject().text()).isEqualTo("lane"));
  }

  @Test
  void aLengthWithItsConversionInBracketsIsOneClaimInTheMetricUnit() {
    List<Claim> c =
        numeric("The tremor had a depth of about 6 miles (9.7 kilometers), the institute said.");
    assertThat(c).extracting(LengthsAndSumsTest::line).containsExactly("depth | 9.7 | kilometers");
    assertThat(c.get(0).subject().text()).isEqualTo("The tremor");
  }

  @Test
  void aDistanceIsNotTheSizeOfAnything() {
    assertThat(numeric("The convoy stopped about 20 miles east of Velmora on Monday.")).isEmpty();
    assertThat(numeric("The car was found 25 feet deep in the river.")).isEmpty();
  }

  @Test
  void aSumIsAClaimAboutWhatComesAfterIt() {
    assertThat(numeric("The trader has raised $38 million in funding for the mill."))
        .extracting(LengthsAndSumsTest::line)
        .containsExactly("financing | 3.8E7 | USD");
    assertThat(
            numeric("The plan lists $19 million in debt financing from a consortium of lenders."))
        .extracting(LengthsAndSumsTest::line)
        .containsExactly("debt financing | 1.9E7 | USD");
    assertThat(numeric("Shares of the trader back the $7 million margin loan."))
        .extracting(LengthsAndSumsTest::line)
        .containsExactly("loan | 7000000.0 | USD");
  }

  @Test
  void aSaleNamedBeforeASumIsTheDeal() {
    assertThat(numeric("The mill's board approved the sale to the trader for $61 million."))
        .extracting(LengthsAndSumsTest::line)
        .containsExactly("deal | 6.1E7 | USD");
  }

  @Test
  void aTakeoverWrittenAsAPhrasalVerbIsTheDeal() {
    assertThat(
            numeric(
                "Anna Kovel said in May that she wanted to take over the Varnsk mill for some"
                    + " 61 million dollars."))
        .extracting(LengthsAndSumsTest::line)
        .containsExactly("deal | 6.1E7 | USD");
    assertThat(numeric("The trader took over the mill for $61 million."))
        .extracting(LengthsAndSumsTest::line)
        .containsExactly("deal | 6.1E7 | USD");
  }

  @Test
  void whatASumOfMoneyIsForIsItsSubject() {
    List<Claim> cleanup = numeric("Salvage operations in the Ostra cost about $90 million.");
    assertThat(cleanup).extracting(LengthsAndSumsTest::line).containsExactly("cost | 9.0E7 | USD");
    assertThat(cleanup.get(0).subject().text()).isEqualTo("cleanup");
    List<Claim> rebuild =
        numeric("Officials said it will cost about $2 billion to rebuild the Velmora causeway.");
    assertThat(rebuild).extracting(LengthsAndSumsTest::line).containsExactly("cost | 2.0E9 | USD");
    assertThat(rebuild.get(0).subject().text()).isEqualTo("rebuild");
    List<Claim> repair = numeric("The repair costs will reach $1.8 billion, Anna Kovel said.");
    assertThat(repair.get(0).subject().text()).isEqualTo("rebuild");
    List<Claim> plain = numeric("The agency's efforts cost about $20 million.");
    assertThat(plain.get(0).subject().text()).isEqualTo("cost");
  }

  @Test
  void aTollThatStandsAtAFigureCountsTheDead() {
    assertThat(numeric("In the lower town the toll stands at 14, the agency said."))
        .extracting(c -> c.measure() + " | " + ((ClaimValue.Amount) c.value()).value())
        .containsExactly("dead | 14.0");
  }
}
