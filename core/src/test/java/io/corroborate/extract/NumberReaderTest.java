package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The one number reader, on sentences written for these tests: each language's digits, marks, scale
 * words and percentages give the same values; dates and codes give none.
 */
class NumberReaderTest {
  private static List<Double> values(String language, String text) {
    return NumberReader.of(language).read(text).stream().map(NumberReader.Reading::value).toList();
  }

  private static List<String> percentages(String language, String text) {
    return NumberReader.of(language).read(text).stream()
        .filter(NumberReader.Reading::percent)
        .map(r -> r.value() + " " + r.raw())
        .toList();
  }

  @Test
  void arabicIndicAndPersianDigitsReadLikeLatinOnes() {
    assertThat(values("ar", "غمرت المياه ١٬٢٨٤ منزلا وبلغ المنسوب ٤٫٧ متر"))
        .containsExactly(1284.0, 4.7);
    assertThat(values("fa", "آب ۱۲۸۴ خانه را فرا گرفت")).containsExactly(1284.0);
  }

  @Test
  void scaleWordsAndEastAsianTenThousandsMultiply() {
    assertThat(values("de", "Der Schaden liegt bei 2,5 Millionen Euro"))
        .containsExactly(2_500_000.0);
    assertThat(values("ja", "死者は1万6000人に")).containsExactly(16_000.0);
    assertThat(values("ru", "сделка на 17 млрд долларов")).containsExactly(17e9);
  }

  @Test
  void scaleWordsOfEveryLanguageComeFromItsNumberFormats() {
    assertThat(values("bg", "сделка за 3 милиарда долара")).containsExactly(3e9);
    assertThat(values("uk", "збитки сягнули 12 мільйонів гривень")).containsExactly(12e6);
    assertThat(values("tr", "anlaşma 4 milyar dolar değerinde")).containsExactly(4e9);
    assertThat(values("de", "ein Schaden von 1,2 Mrd. Euro")).containsExactly(1.2e9);
  }

  @Test
  void eastAsianGroupsEachWithTheirOwnScaleAddUp() {
    assertThat(values("ko", "약 31조4000억원 규모")).containsExactly(31_400_000_000_000.0);
    assertThat(values("ko", "약 4만2천180원")).containsExactly(42_180.0);
    assertThat(values("ja", "3億5000万円")).containsExactly(350_000_000.0);
  }

  @Test
  void aOneLetterSuffixCountsOnlyWrittenOntoTheDigits() {
    assertThat(values("en", "a £4.7m grant")).containsExactly(4_700_000.0);
    assertThat(values("en", "the water stood 4.7 m deep")).containsExactly(4.7);
  }

  @Test
  void percentagesAreReadWithTheirSignOrWordInEachLanguage() {
    assertThat(percentages("de", "Er hält 7,4 % der Anteile.")).containsExactly("7.4 7,4 %");
    assertThat(percentages("fr", "Une prime de 27% sur le cours.")).containsExactly("27.0 27%");
    assertThat(percentages("tr", "Hissenin %7,4'sini aldı.")).containsExactly("7.4 %7,4");
    assertThat(percentages("tr", "Hisselerin yüzde 7,4'sini aldı."))
        .containsExactly("7.4 yüzde 7,4");
    assertThat(percentages("ru", "Он купил 7,4 процента акций."))
        .containsExactly("7.4 7,4 процента");
    assertThat(percentages("es", "Compró el 7,4 por ciento de la empresa."))
        .containsExactly("7.4 7,4 por ciento");
    assertThat(percentages("ar", "اشترى ٧٫٤٪ من الأسهم")).containsExactly("7.4 ٧٫٤٪");
    assertThat(percentages("ja", "株式の7.4パーセントを取得した")).containsExactly("7.4 7.4パーセント");
  }

  @Test
  void aPlainCountIsNoPercentage() {
    assertThat(percentages("de", "Beim Brand starben 12 Menschen.")).isEmpty();
    assertThat(values("de", "Beim Brand starben 12 Menschen.")).containsExactly(12.0);
  }

  @Test
  void datesTimesAndCodesAreNoNumbers() {
    assertThat(values("de", "Am 6. Februar 2023 um 13:23 landete der A320")).isEmpty();
    assertThat(values("fr", "le 14 mars 2024")).isEmpty();
  }

  @Test
  void aFootnoteReferenceInBracketsIsNoNumber() {
    assertThat(values("de", "Velmora zahlte 1,5 Milliarden Euro [4] für die Anteile."))
        .containsExactly(1_500_000_000.0);
  }

  @Test
  void everyReadingPointsAtItsOwnText() {
    String text = "Zuletzt 1.284 Häuser und 7,4 % der Fläche unter Wasser.";
    for (NumberReader.Reading r : NumberReader.of("de").read(text)) {
      assertThat(text.substring(r.start(), r.end())).isEqualTo(r.raw());
    }
  }
}
