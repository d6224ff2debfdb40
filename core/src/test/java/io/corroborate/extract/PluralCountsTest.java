package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Languages that mark a plural by its ending ({@code plural-endings} of {@code writing.tsv}) read
 * the plural word right after a figure as what it counts, as English reads "the ten provinces":
 * invented sentences about the Velmora floods, labelled with every count they state ("measure
 * subject low..high") and nothing else. Lengths of time, years, units, currencies, times and
 * ordinals are no counts.
 */
class PluralCountsTest {
  /** language → sentence → every claim it must yield as "measure subject low..high". */
  private static final Map<String, Map<String, List<String>>> LABELLED = new LinkedHashMap<>();

  private static void label(String lang, String sentence, String... claims) {
    LABELLED.computeIfAbsent(lang, k -> new LinkedHashMap<>()).put(sentence, List.of(claims));
  }

  static {
    label(
        "pt",
        "O governo decretou estado de emergência nas dez províncias do vale de Velmora.",
        "count províncias 10..10");
    label("pt", "A barragem de Ostrand reteve a água durante três meses.");
    label("pt", "A ponte de Velmora foi construída em 1977 e reaberta no ano seguinte.");
    label("pt", "A água subiu 4 metros acima do normal em Velmora.");
    label(
        "pt",
        "As cheias de Velmora destruíram 2 milhões de casas.",
        "count casas 2000000..2000000");
    label(
        "es",
        "La crecida del río Ostrand derrumbó 12 puentes en el centro de Velmora.",
        "count puentes 12..12");
    label("es", "El alcalde de Velmora esperó 12 horas antes de ordenar la evacuación.");
    label("es", "La presa se inauguró en 1977, según el ayuntamiento de Velmora.");
    label("es", "Las obras durarán 18 meses.");
    label(
        "it",
        "La piena del fiume Ostrand ha travolto tre navi nel porto di Velmora.",
        "count navi 3..3");
    label(
        "it",
        "Sono state recuperate due delle sei barche affondate a Velmora.",
        "count barche 6..6");
    label("it", "Il fiume Ostrand è rimasto in piena per tre giorni e 5 ore.");
    label("it", "La diga di Velmora fu costruita nel 1977 e alzata di 8 metri.");
    label(
        "fr",
        "La crue de l'Ostrand a endommagé sept différentes écoles à Velmora.",
        "count écoles 7..7");
    label("fr", "Les eaux sont restées hautes pendant les 10 derniers jours à Velmora.");
    label("fr", "La digue de Velmora a été relevée de 3 mètres en 1977.");
    label("fr", "Les secours ont évacué les quartiers à 14 heures, 2 fois de suite.");
  }

  private static List<Claim> claims(String lang, String text) {
    return FloodReport.undatedClaims(lang, text);
  }

  private static String line(Claim c) {
    ClaimValue.Amount a = (ClaimValue.Amount) c.value();
    String high =
        Double.isInfinite(a.bounds().high()) ? "inf" : Long.toString(Math.round(a.bounds().high()));
    return c.measure()
        + " "
        + a.unit().orElse(c.subject().text())
        + " "
        + Math.round(a.bounds().low())
        + ".."
        + high;
  }

  @Test
  void pluralWordsAfterAFigureAreWhatItCounts() {
    List<String> wrong = new ArrayList<>();
    LABELLED.forEach(
        (lang, sentences) ->
            sentences.forEach(
                (sentence, want) -> {
                  List<String> found =
                      claims(lang, sentence).stream()
                          .filter(c -> c.value() instanceof ClaimValue.Amount)
                          .map(PluralCountsTest::line)
                          .toList();
                  if (!found.equals(want)) {
                    wrong.add(lang + ": " + sentence + " → " + found + ", want " + want);
                  }
                }));
    assertThat(wrong).isEmpty();
  }
}
