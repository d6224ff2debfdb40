package io.corroborate.annotate.quantity;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.lang.LanguagePack;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** The quantity tagger's words come from the English pack: every entry of its files is read. */
class QuantityWordsDataTest {
  private static final LanguagePack EN = LanguagePack.english();
  private final QuantityTagger tagger = new QuantityTagger();

  private QuantityMention only(String text) {
    List<QuantityMention> found = tagger.find(text, List.of());
    assertThat(found).as(text).hasSize(1);
    return found.get(0);
  }

  @Test
  void everyScaleWordOfTheNumberWordsMultipliesTheDigitsBeforeIt() {
    int read = 0;
    for (List<String> row : EN.rows("numbers.tsv")) {
      if (!List.of("hundred", "scale", "suffix").contains(row.get(2))) {
        continue;
      }
      String word = row.get(0);
      double factor = Double.parseDouble(row.get(1));
      // A single letter stands glued to the digits only ("12k"); a word may stand apart.
      String text = word.length() == 1 ? "3" + word + " people" : "3 " + word + " people";
      assertThat(only(text).value()).as(text).isEqualTo(3 * factor);
      read++;
    }
    assertThat(read).isGreaterThan(5);
    assertThat(only("12 mln dollars").value()).isEqualTo(12e6);
  }

  @Test
  void aVagueCountBeforeAMarkedNumberWordSpansItsRange() {
    QuantityOptions options = QuantityOptions.defaults();
    int read = 0;
    for (List<String> count : EN.rows("vague-counts.tsv")) {
      if (count.size() < 3 || count.get(2).isEmpty()) {
        continue;
      }
      for (String word : EN.category("numbers.tsv", 3, "vague")) {
        double scale = EN.values("numbers.tsv", Double::parseDouble).get(word);
        String text = count.get(0) + " " + word + " people";
        QuantityMention q = only(text);
        assertThat(q.hedge()).as(text).isEqualTo(Hedge.VAGUE);
        String range = count.get(2);
        double low =
            range.equals("options")
                ? options.severalLow()
                : Double.parseDouble(range.substring(0, range.indexOf('-')));
        double high =
            range.equals("options")
                ? options.severalHigh()
                : Double.parseDouble(range.substring(range.indexOf('-') + 1));
        assertThat(q.bounds()).as(text).isEqualTo(Bounds.closed(low * scale, high * scale));
        read++;
      }
    }
    assertThat(read).isGreaterThan(8);
    // "couple of" has no range: "couple of hundred" is no vague figure of its own.
    assertThat(tagger.find("couple of hundred people", List.of()))
        .noneMatch(q -> q.hedge() == Hedge.VAGUE);
  }

  @Test
  void everyVagueFigureStandsForItsInterval() {
    for (List<String> row : EN.rows("vague-figures.tsv")) {
      String text = row.get(0) + " of people";
      QuantityMention q = only(text);
      assertThat(q.hedge()).as(text).isEqualTo(Hedge.VAGUE);
      assertThat(q.text())
          .as(text)
          .isEqualTo(text.substring(0, text.length() - " people".length()));
      assertThat(q.bounds())
          .as(text)
          .isEqualTo(
              new Bounds(
                  Double.parseDouble(row.get(1)), true, Double.parseDouble(row.get(2)), false));
    }
  }

  @Test
  void everyRangeWordJoinsTwoFigures() {
    for (String opener : EN.category("range-words.tsv", "opener")) {
      for (String joiner : EN.category("range-words.tsv", "joiner")) {
        String text = opener + " 3,000 " + joiner + " 5,000 people";
        QuantityMention q = only(text);
        assertThat(q.hedge()).as(text).isEqualTo(Hedge.RANGE);
        assertThat(q.bounds()).as(text).isEqualTo(Bounds.closed(3000, 5000));
      }
    }
    for (String dash : EN.category("range-words.tsv", "dash")) {
      String text = "3,000 " + dash + " 5,000 people";
      assertThat(only(text).bounds()).as(text).isEqualTo(Bounds.closed(3000, 5000));
    }
    // A word that joins no range leaves two figures.
    assertThat(tagger.find("3,000 or 5,000 people", List.of())).hasSize(2);
  }

  @Test
  void everyUnitOfTheQuantityListsIsReadWithItsName() {
    List<List<String>> units = new java.util.ArrayList<>(EN.rows("quantity-units.tsv"));
    for (List<String> row : EN.rows("length-units.tsv")) {
      if (row.size() > 4 && row.get(4).equals("quantity")) {
        units.add(row);
      }
    }
    assertThat(units).hasSizeGreaterThan(10);
    for (List<String> row : units) {
      String written = row.get(0);
      String text = "12" + (written.startsWith("-") ? "" : " ") + written + " wide";
      assertThat(only(text).unit()).as(text).isEqualTo(Optional.of(row.get(1)));
    }
    // A length unit not marked for the quantity tagger is no unit of a figure here.
    assertThat(only("12 yards wide").unit()).isEmpty();
  }

  @Test
  void aSingleFigureHedgeStaysOffAVagueFigure() {
    List<String> single = EN.category("hedges.tsv", 2, "single");
    assertThat(single).isNotEmpty();
    for (String hedge : single) {
      // "some thousands of": no figure of its own is read there.
      assertThat(tagger.find(hedge + " thousands of people", List.of())).isEmpty();
      assertThat(only(hedge + " 300 people").text()).isEqualTo(hedge + " 300");
    }
    assertThat(only("about thousands of people").text()).isEqualTo("about thousands of");
  }

  @Test
  void everyPercentWordMakesTheFigureAPercentage() {
    int read = 0;
    for (String word : EN.set("percent-words.txt")) {
      String text = Character.isLetter(word.charAt(0)) ? "12 " + word : "12" + word;
      QuantityMention q = only(text + " of the vote");
      assertThat(q.unit()).as(text).contains("%");
      assertThat(q.value()).as(text).isEqualTo(12);
      read++;
    }
    assertThat(read).isGreaterThanOrEqualTo(2);
    assertThat(only("12 percentage points").unit()).isNotEqualTo(Optional.of("%"));
  }

  @Test
  void everyCurrencySignGivesTheFigureItsCode() {
    int read = 0;
    for (var sign : EN.pairs("currency-signs.tsv").entrySet()) {
      String text = sign.getKey() + "40 million";
      QuantityMention q = only(text);
      assertThat(q.unit()).as(text).contains(sign.getValue());
      assertThat(q.value()).as(text).isEqualTo(40e6);
      read++;
    }
    assertThat(read).isGreaterThanOrEqualTo(3);
  }
}
