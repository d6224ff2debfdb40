package io.corroborate.annotate.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Span;
import java.util.List;
import org.junit.jupiter.api.Test;

class QuantityTaggerTest {
  private final QuantityTagger tagger = new QuantityTagger();

  private QuantityMention only(String text) {
    List<QuantityMention> found = tagger.find(text, List.of());
    assertThat(found).as("quantities in '%s'", text).hasSize(1);
    return found.get(0);
  }

  @Test
  void currencyWordsGiveTheCodeOtherLanguagesGiveAndYenIsNoYuan() {
    assertThat(only("The damage came to 300 million yuan.").unit()).contains("CNY");
    assertThat(only("The damage came to 300 million yen.").unit()).contains("JPY");
    assertThat(only("He paid 40 dollars.").unit()).contains("USD");
    assertThat(QuantityTagger.isCurrency("CNY")).isTrue();
    assertThat(QuantityTagger.isCurrency("km")).isFalse();
  }

  @Test
  void commaGroupedThousandsAreOneNumber() {
    QuantityMention q = only("Officials counted 12,000 soldiers at the border.");
    assertThat(q.value()).isEqualTo(12_000);
    assertThat(q.hedge()).isEqualTo(Hedge.EXACT);
    assertThat(q.bounds()).isEqualTo(Bounds.exactly(12_000));
    assertThat(q.counted()).contains("soldiers");
  }

  @Test
  void spaceGroupedThousandsAreOneNumber() {
    assertThat(only("The unit had 12 000 men.").value()).isEqualTo(12_000);
    QuantityMention q = only("He arrived with 2 500 other recruits.");
    assertThat(q.value()).isEqualTo(2_500);
    assertThat(q.text()).isEqualTo("2 500");
    assertThat(q.counted()).contains("recruits");
  }

  @Test
  void suffixesAndScaleWordsMultiply() {
    assertThat(only("a crowd of 12k fans").value()).isEqualTo(12_000);
    assertThat(only("a budget of 1.2 million hryvnias").value()).isEqualTo(1_200_000);
    assertThat(only("twelve thousand volunteers signed up").value()).isEqualTo(12_000);
  }

  @Test
  void smallNumberWordsCountTheNounThatFollows() {
    QuantityMention q = only("The raid killed three generals.");
    assertThat(q.value()).isEqualTo(3);
    assertThat(q.counted()).contains("generals");
    assertThat(only("a dozen drones were shot down").value()).isEqualTo(12);
  }

  @Test
  void fractionsAndHalvesAreShares() {
    assertThat(only("two-thirds of the battalion").value())
        .isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-9));
    QuantityMention half = only("half of the convoy turned back");
    assertThat(half.value()).isEqualTo(0.5);
    assertThat(half.unit()).contains("fraction");
  }

  @Test
  void percentagesCarryThePercentUnit() {
    QuantityMention q = only("prices rose 40% in a year");
    assertThat(q.value()).isEqualTo(40);
    assertThat(q.unit()).contains("%");
    assertThat(only("turnout was 62 percent").unit()).contains("%");
  }

  @Test
  void dashRangesAndBetweenRangesAreClosedIntervals() {
    QuantityMention dash = only("estimates of 10,000–12,000 fighters");
    assertThat(dash.hedge()).isEqualTo(Hedge.RANGE);
    assertThat(dash.bounds()).isEqualTo(Bounds.closed(10_000, 12_000));
    QuantityMention between = only("between 11,000 and 12,000 fighters");
    assertThat(between.bounds()).isEqualTo(Bounds.closed(11_000, 12_000));
    assertThat(between.counted()).contains("fighters");
  }

  @Test
  void theFirstBoundOfARangeTakesTheScaleAndCurrencyOfTheSecond() {
    QuantityMention between = only("the rebuild could cost between $1.7 and $1.9 billion");
    assertThat(between.bounds()).isEqualTo(Bounds.closed(1.7e9, 1.9e9));
    assertThat(between.unit()).contains("USD");
    QuantityMention dash = only("an updated cost range of $4.3-$5.2 billion");
    assertThat(dash.bounds()).isEqualTo(Bounds.closed(4.3e9, 5.2e9));
    assertThat(dash.unit()).contains("USD");
    QuantityMention plain = only("between 5 and 10 million people");
    assertThat(plain.bounds()).isEqualTo(Bounds.closed(5e6, 10e6));
  }

  @Test
  void measuresKeepTheirUnitsAndTheConversionInBracketsIsASecondQuantity() {
    List<QuantityMention> found =
        tagger.find(
            "The advance took 1,300 square kilometers (500 square miles) of land.", List.of());
    assertThat(found).hasSize(2);
    assertThat(found.get(0).value()).isEqualTo(1_300);
    assertThat(found.get(0).unit()).contains("square kilometers");
    assertThat(found.get(1).value()).isEqualTo(500);
    assertThat(found.get(1).unit()).contains("square miles");
  }

  @Test
  void approximateHedgesRoundByTheNumbersPrecision() {
    for (String hedge :
        List.of("about", "around", "approximately", "roughly", "some", "an estimated")) {
      QuantityMention q = only(hedge + " 12,000 troops");
      assertThat(q.hedge()).as(hedge).isEqualTo(Hedge.APPROXIMATE);
      assertThat(q.bounds().contains(11_500)).as(hedge).isTrue();
      assertThat(q.bounds().contains(12_500)).as(hedge).isTrue();
      assertThat(q.bounds().contains(13_500)).as(hedge).isFalse();
    }
    // A number stated to the hundred rounds more tightly than one stated to the thousand.
    QuantityMention precise = only("about 12,300 troops");
    assertThat(precise.bounds().high() - precise.bounds().low())
        .isLessThan(
            only("about 12,000 troops").bounds().high()
                - only("about 12,000 troops").bounds().low()
                + 1);
    assertThat(precise.bounds().contains(12_900)).isFalse();
  }

  @Test
  void nearlyAndUpToStayAtOrBelowTheValue() {
    for (String hedge : List.of("nearly", "almost")) {
      QuantityMention q = only(hedge + " 3,000 casualties");
      assertThat(q.hedge()).isEqualTo(Hedge.NEARLY);
      assertThat(q.bounds().contains(2_900)).isTrue();
      assertThat(q.bounds().contains(3_000)).isFalse();
    }
    for (String hedge : List.of("up to", "as many as")) {
      QuantityMention q = only(hedge + " 4,000 troops");
      assertThat(q.hedge()).isEqualTo(Hedge.AT_MOST);
      assertThat(q.bounds()).isEqualTo(Bounds.closed(0, 4_000));
    }
  }

  @Test
  void moreThanIsOpenAboveAndAtLeastIncludesTheValue() {
    for (String hedge : List.of("more than", "over", "exceeded")) {
      QuantityMention q = only(hedge + " 300 soldiers");
      assertThat(q.hedge()).as(hedge).isEqualTo(Hedge.MORE_THAN);
      assertThat(q.bounds()).isEqualTo(Bounds.above(300));
    }
    assertThat(only("at least 300 soldiers").bounds()).isEqualTo(Bounds.atLeast(300));
  }

  @Test
  void fewerThanAndUnderAreOpenBelowTheValue() {
    for (String hedge : List.of("fewer than", "under")) {
      QuantityMention q = only(hedge + " 50 prisoners");
      assertThat(q.hedge()).isEqualTo(Hedge.LESS_THAN);
      assertThat(q.bounds().contains(49)).isTrue();
      assertThat(q.bounds().contains(50)).isFalse();
    }
  }

  @Test
  void vagueMagnitudesBecomeWideIntervals() {
    QuantityMention several = only("several hundred troops");
    assertThat(several.hedge()).isEqualTo(Hedge.VAGUE);
    assertThat(several.bounds()).isEqualTo(Bounds.closed(300, 900));
    QuantityMention thousands = only("thousands of refugees");
    assertThat(thousands.bounds().contains(5_000)).isTrue();
    assertThat(thousands.bounds().contains(10_000)).isFalse();
    assertThat(thousands.counted()).contains("refugees");
  }

  @Test
  void numbersInsideSkippedSpansAreNotQuantities() {
    String text = "On October 10, 2024, 2,500 men left.";
    int date = text.indexOf("October");
    List<QuantityMention> found =
        tagger.find(text, List.of(new Span(date, date + "October 10, 2024".length())));
    assertThat(found).extracting(QuantityMention::value).containsExactly(2_500.0);
  }

  @Test
  void digitsGluedToANameAreNotQuantities() {
    assertThat(tagger.find("An Su-34 and an F-16 flew past.", List.of())).isEmpty();
  }

  @Test
  void emptyTextHasNoQuantities() {
    assertThat(tagger.find("", List.of())).isEmpty();
  }
}
