package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.model.Article;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Counts each language's grammar writes around the figure in its own order, in invented reports of
 * an earthquake in Velmora and a stranded ship: a measure word standing as an adjective between the
 * figure and its noun ("3 bin 512 yıkık bina"), a toll phrase before the figure naming what it
 * counts ("yıkılan bina sayısı 4 bin 208"), bodies identified, a quake named with its magnitude
 * ("un terremoto de 6.8", "M6.3"), a decimal point in a language that writes decimal commas, crews
 * counted by their sailors, and a penalty sum. Each sentence is labelled with every count it states
 * as "measure subject low..high" and nothing else.
 */
class FiguresAcrossGrammarsTest {
  private static final Map<String, Map<String, List<String>>> LABELLED = new LinkedHashMap<>();

  private static void label(String lang, String sentence, String... claims) {
    LABELLED.computeIfAbsent(lang, k -> new LinkedHashMap<>()).put(sentence, List.of(claims));
  }

  static {
    // a measure word between the figure and the noun it counts
    label("tr", "Velmora'da 3 bin 512 yıkık binamız var.", "destroyed buildings 3512..3512");
    label("tr", "Kentte 3 yıkık ev ve 40 yaralı var.", "injured people 40..40");
    label(
        "tr",
        "Yaralı sayımız 6 bin 215, 3 bin 947 yıkık binamız var.",
        "injured people 6215..6215",
        "destroyed buildings 3947..3947");
    // the toll phrase before the figure names the noun it counts
    label(
        "tr",
        "Ostrand'da yıkılan bina sayısı ise 4 bin 208 oldu.",
        "destroyed buildings 4208..4208");
    label(
        "tr",
        "Velmora'da hayatını kaybedenlerin sayısının 217'ye çıktığı belirtildi.",
        "dead people 217..217");
    // bodies identified, a count of its own beside the bodies recovered
    label("ru", "В Велморе опознаны 57 тел.", "bodies-identified people 57..57");
    label("uk", "У Велморі упізнано 43 тіла.", "bodies-identified people 43..43");
    label("ar", "وتم التعرف على 45 جثة في فيلمورا", "bodies-identified people 45..45");
    // a quake named with its magnitude; a year or a date after the same words is none
    label("es", "Un terremoto de 6.8 sacudió la costa de Velmora.", "magnitude earthquake 7..7");
    label("es", "Un sismo de 6,1 grados sacudió Ostrand.", "magnitude earthquake 6..6");
    label("es", "El terremoto de 2023 dejó 300 muertos.", "dead people 300..300");
    label("ja", "気象当局によると、地震の規模はM6.3だった。", "magnitude earthquake 6..6");
    // sailors are the crew
    label("fr", "Depuis lundi, 17 marins attendent à bord du cargo.", "count crew 17..17");
    label("it", "Sulla nave di Ostrand restano 16 marinai.", "count crew 16..16");
    label("tr", "Gemide 12 denizci bulunuyor.", "count crew 12..12");
    // a penalty sum and its conversion
    label(
        "ja",
        "同社はヴェルモラ社に5億ドル(約650億円)の違約金を支払う必要がある。",
        "fee USD 500000000..500000000",
        "fee JPY 63700000000..66300000000");
  }

  private static List<Claim> claims(String lang, String text) {
    Article a =
        Article.builder()
            .origin(new Origin("report-" + lang + ".txt", 0, Format.TEXT))
            .id("report-" + lang)
            .outlet("example.org")
            .text(text, List.of(), List.of())
            .language(lang)
            .build();
    return new ClaimExtractor(ExtractOptions.defaults())
        .extract(a, new PlainLanguageLayer().annotate(a));
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
  void eachLanguageReadsExactlyTheLabelledCounts() {
    List<String> missed = new ArrayList<>();
    List<String> extra = new ArrayList<>();
    LABELLED.forEach(
        (lang, sentences) ->
            sentences.forEach(
                (sentence, want) -> {
                  List<String> found =
                      claims(lang, sentence).stream()
                          .filter(c -> c.value() instanceof ClaimValue.Amount)
                          .map(FiguresAcrossGrammarsTest::line)
                          .toList();
                  want.stream()
                      .filter(x -> !found.contains(x))
                      .forEach(x -> missed.add(lang + ": " + sentence + " → " + x));
                  found.stream()
                      .filter(x -> !want.contains(x))
                      .forEach(x -> extra.add(lang + ": " + sentence + " → " + x));
                }));
    assertThat(missed).as("labelled counts not read (recall)").isEmpty();
    assertThat(extra).as("counts read that no label names (precision)").isEmpty();
  }

  @Test
  void aPointBeforeOneDigitIsADecimalInEveryLanguage() {
    assertThat(NumberReader.of("es").read("un sismo de 7.4 grados"))
        .extracting(NumberReader.Reading::value)
        .containsExactly(7.4);
    assertThat(NumberReader.of("de").read("Stärke 7.8 und 1.250 Verletzte"))
        .extracting(NumberReader.Reading::value)
        .containsExactly(7.8, 1250.0);
    assertThat(NumberReader.of("tr").read("sayımız 6215, 3 bin 947"))
        .extracting(NumberReader.Reading::value)
        .containsExactly(6215.0, 3947.0);
    assertThat(NumberReader.of("tr").read("saat 04.17'de"))
        .extracting(NumberReader.Reading::value)
        .doesNotContain(4.17);
    assertThat(NumberReader.of("en").read("a magnitude 6,1 quake"))
        .extracting(NumberReader.Reading::value)
        .containsExactly(6.1);
  }
}
