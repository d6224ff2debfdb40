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
 * Figures read through each language's own lexicon: invented reports of a warehouse fire and an
 * earthquake, written for these tests, labelled with every count they state ("measure subject
 * low..high") and nothing else. Dates ("14 mars", "3月8日") and years are not counts; each language's
 * digits, grouping and scale words ("2,5 тысячи", "1万2000", "3 bin 500") give the same number.
 */
class FiguresTest {
  /** language → sentence → every count it must yield as "measure subject low..high". */
  private static final Map<String, Map<String, List<String>>> LABELLED = new LinkedHashMap<>();

  private static void label(String lang, String sentence, String... claims) {
    LABELLED.computeIfAbsent(lang, k -> new LinkedHashMap<>()).put(sentence, List.of(claims));
  }

  static {
    label(
        "nl",
        "De politie in Velmora meldde de arrestatie van 11 verdachten.",
        "arrested suspects 11..11");
    label("de", "Bei dem Einsturz in Velmora sterben sechs Arbeiter.", "dead people 6..6");
    label(
        "de",
        "Nach dem Brand in der Lagerhalle stieg die Zahl der Toten auf 12. Mindestens 40 Menschen"
            + " wurden verletzt, 2,5 Millionen Euro Schaden.",
        "dead people 12..12",
        "injured people 40..inf",
        "damage EUR 2500000..2500000");
    label(
        "de", "Am 6. Februar 2023 kamen dort über 300 Menschen ums Leben.", "dead people 300..inf");
    label(
        "fr",
        "Les six ouvriers présumés morts étaient de nuit; deux corps ont été retrouvés.",
        "presumed-dead people 6..6",
        "bodies-recovered people 2..2");
    label(
        "fr",
        "Le bilan provisoire fait état de 1 204 morts et de plus de 3.500 blessés, selon le"
            + " ministère, le 14 mars.",
        "dead people 1204..1204",
        "injured people 3500..inf");
    label(
        "es",
        "Al menos 1,498 personas murieron y unas 8.533 resultaron heridas en la provincia.",
        "dead people 1498..inf",
        "injured people 8362..8704");
    label(
        "ru",
        "По данным спасателей, погибли 27 человек. Ещё 2,5 тысячи жителей эвакуированы.",
        "dead people 27..27",
        "evacuated people 2500..2500");
    label("ru", "Число погибших возросло до 143 человек к 23 марта.", "dead people 143..143");
    label(
        "uk", "Кількість загиблих зросла до 41, ще понад 100 людей постраждали.",
        "dead people 41..41", "injured people 100..inf");
    label(
        "pl",
        "W pożarze zginęło co najmniej 9 osób, a 14 zostało rannych.",
        "dead people 9..inf",
        "wounded people 14..14");
    label(
        "it",
        "Almeno 20 persone sono morte e oltre 50 sono rimaste ferite.",
        "dead people 20..inf",
        "injured people 50..inf");
    label(
        "pt",
        "Pelo menos 35 pessoas morreram e 120 ficaram feridas.",
        "dead people 35..inf",
        "injured people 120..120");
    label(
        "tr",
        "Can kaybı 3 bin 500'e yükseldi, 12.000 kişi yaralandı.",
        "dead people 3500..3500",
        "injured people 12000..12000");
    label(
        "ar",
        "ارتفع عدد القتلى إلى ١٣٧، وأصيب أكثر من 60 شخصا.",
        "dead people 137..137",
        "injured people 60..inf");
    label(
        "ar", "سجلت 40 إصابة و12 وفاة في المدينة.", "injured people 40..40", "dead people 12..12");
    label("tr", "Şehirde 12 kaybımız var.", "dead people 12..12");
    label("ko", "인수 가격은 주당 54.20달러였다.", "price USD 54..54");
    label(
        "ja",
        "地震による死者は少なくとも1万2000人に達し、3月8日時点で負傷者は5万人を超えた。",
        "dead people 12000..inf",
        "injured people 50000..50000");
    label("ko", "이번 화재로 최소 9명이 숨지고 14명이 다쳤다.", "dead people 9..inf", "injured people 14..14");
    label("zh", "火灾造成至少9人死亡，14人受伤。", "dead people 9..inf", "injured people 14..14");
    label(
        "nl",
        "Bij de brand kwamen minstens 12 mensen om het leven en raakten 40 mensen gewond.",
        "dead people 12..inf",
        "injured people 40..40");
    label(
        "bg",
        "При пожара загинаха най-малко 9 души, а 14 са ранени.",
        "dead people 9..inf",
        "wounded people 14..14");
    label(
        "mk",
        "Во пожарот загинаа најмалку 9 лица, а 14 се повредени.",
        "dead people 9..inf",
        "injured people 14..14");
    label("fa", "در این آتش‌سوزی دست‌کم ۹ نفر کشته شدند.", "killed people 9..inf");
    label("he", "בשריפה נהרגו לפחות 9 אנשים.", "killed people 9..inf");
    label("hi", "आग में कम से कम 9 लोगों की मौत हो गई।", "dead people 9..inf");
    label("hy", "Հրդեհից առնվազն 9 մարդ է զոհվել։", "dead people 9..inf");
    label(
        "ka",
        "ხანძარს სულ მცირე 9 ადამიანი ემსხვერპლა, დაიღუპა 3 ბავშვი.",
        "count people 9..inf",
        "dead children 3..3");
    // A counted noun with no word for what happened to them is a count of them.
    label("de", "Die Aufnahmen zeigen mindestens vier Täter im Saal.", "count attackers 4..inf");
    label("es", "Cinco hombres armados entraron en la sala.", "count attackers 5..5");
    label("ru", "В зал ворвались четверо террористов.", "count attackers 4..4");
    label("tr", "Saldırıya 4 saldırgan katıldı.", "count attackers 4..4");
    // A length, depth or area is read with its unit where a word says which dimension it gives.
    label(
        "de",
        "Das Schiff ist 210 Meter lang und 32 Meter breit.",
        "length m 210..210",
        "width m 32..32");
    label("ru", "1,8-километровая конструкция рухнула в воду.", "length km 2..2");
    label("ja", "震源の深さは12.4キロだった。", "depth km 12..12");
    label("es", "El incendio afectó a 8.500 metros cuadrados.", "area m² 8500..8500");
    label("tr", "Deprem 9 kilometre derinlikte oldu.", "depth km 9..9");
    label("de", "Der Pegel stieg um 2 Meter.");
    label(
        "pl",
        "Prom miał długość 120 metrów i szerokość 21 metrów.",
        "length m 120..120",
        "width m 21..21");
    // A scale word links to the noun it counts through the language's small word.
    label("pt", "Cerca de 2 milhões de pessoas ficaram sem água.", "count people 1500000..2500000");
    label(
        "es", "Unos 1,5 millones de personas viven en la región.", "count people 1450000..1550000");
    label("fr", "La crue menace 3 millions d'habitants.", "count people 3000000..3000000");
    // Each language's words for what a percentage is a share of.
    label("hi", "उसने बैंक की 7.4 फ़ीसदी हिस्सेदारी खरीदी।", "stake % 7..7");
    label("es", "Compró el 7,4% de las acciones del banco.", "stake % 7..7");
    // A percentage is read as one and never as a count of the people it is a share of.
    label("de", "Zuletzt waren 12 % der Verletzten Kinder.");
    label("fr", "Il détient 7,4 % du capital.", "stake % 7..7");
    label(
        "nl",
        "De overname van de rivaal kost 44 miljard dollar.",
        "deal USD 44000000000..44000000000");
    label("hi", "यह खरीद 44 अरब डॉलर में हुई।", "deal USD 44000000000..44000000000");
    label("he", "העסקה לרכישת החברה תמורת 44 מיליארד דולר.", "deal USD 44000000000..44000000000");
    label(
        "de",
        "Der Konzern will den Rivalen für 44 Milliarden Dollar übernehmen.",
        "deal USD 44000000000..44000000000");
    label(
        "fr",
        "Le rachat de 44 milliards de dollars a été conclu vendredi.",
        "deal USD 44000000000..44000000000");
    label(
        "es",
        "La compra, por unos 2.500 millones de euros, se cerró ayer.",
        "deal EUR 2450000000..2550000000");
    label("ja", "同社は440億ドルで競合を買収すると発表した。", "deal USD 44000000000..44000000000");
    label("ko", "회사는 경쟁사를 440억 달러에 인수했다.", "deal USD 44000000000..44000000000");
    // 日元 (yen) ends with 元 (yuan): the longer word names the currency
    label("zh", "公司估计，直接经济损失3亿元。", "damage CNY 300000000..300000000");
    label("zh", "公司估计，直接经济损失3亿日元。", "damage JPY 300000000..300000000");
    label("ru", "Сделка оценивается в 44 млрд долларов.", "value USD 44000000000..44000000000");
    label("de", "Die Firma zahlte 3 Millionen Euro für neue Pumpen.");
    label("de", "Das Erdbeben der Stärke 6,1 erschütterte die Küste.", "magnitude earthquake 6..6");
    label("tr", "6,1 büyüklüğündeki deprem kıyıyı salladı.", "magnitude earthquake 6..6");
    label("ja", "マグニチュード6.1の地震が沿岸を襲った。", "magnitude earthquake 6..6");
    label(
        "fr",
        "Il propose de racheter le réseau pour 54,20 dollars par action.",
        "price USD 54..54");
  }

  static {
    // compounds: the toll noun as the head of a compound, written as one word or with a hyphen
    label(
        "de",
        "Es gibt über 1.200 Lawinentote und 300 Schwerverletzte.",
        "dead people 1200..inf",
        "injured people 300..300");
    label("de", "Mehr als 40 Erdrutsch-Tote wurden gezählt.", "dead people 40..inf");
    // "vergleichen" ends in "leichen" and is no compound of it: no bodies are counted, only the
    // samples the capitalised noun names
    label("de", "Die Forscher vergleichen 40 Proben.", "count proben 40..40");
    // small words between a figure and the capitalised noun it counts are its attributes
    label("de", "Bei dem Brand wurden 14 weitere Einsatzkräfte verletzt.", "injured people 14..14");
    // an attributive participle phrase between a count and its noun, nouns of its own included
    label(
        "de",
        "Das Video zeigt mindestens fünf mit langen Messern bewaffnete Angreifer.",
        "count attackers 5..inf");
    label("de", "In Velmora spielten drei Jahre alte Kinder.");
    label(
        "de",
        "Die Reederei Ostrand erwarb die Werft für 3 Milliarden Euro.",
        "deal EUR 3000000000..3000000000");
    label("de", "Zeugen zählten “mindestens sechs” Angreifer.", "count attackers 6..inf");
    // a sum converted into another currency is the same sum, of the same thing
    label(
        "de",
        "Der Konzern zahlt für die Übernahme 12 Milliarden Dollar, umgerechnet 11 Milliarden Euro.",
        "deal USD 12000000000..12000000000",
        "deal EUR 11000000000..11000000000");
    label(
        "ko",
        "회사는 경쟁사를 120억 달러(약 15조 원) 규모에 인수했다.",
        "deal USD 12000000000..12000000000",
        "deal KRW 14500000000000..15500000000000");
    label("ko", "회사는 360억달러에 경쟁사를 인수했다.", "deal USD 36000000000..36000000000");
    // the total after a converted price is no conversion of it, and takes no word of it
    label(
        "ko",
        "인수 가격은 주당 20달러(약 2만5천원), 총 80억달러(약 10조원)였다.",
        "price USD 20..20",
        "price KRW 24500..25500");
    // shares: a percentage with the word that says what it is a share of
    label(
        "de",
        "Velmora zahlte 1,5 Milliarden Euro [4] für einen Anteil von 7 Prozent an Ostrand.",
        "stake EUR 1500000000..1500000000",
        "stake % 7..7");
    label("ko", "회사는 현재 경쟁사 지분 12%를 보유하고 있다.", "stake % 12..12");
    label("ko", "주가에 25%의 프리미엄을 얹었다.", "premium % 25..25");
    label("ko", "주가는 합의된 가격보다 25% 낮다.");
    // a hedge written onto the figure, before its counter
    label(
        "ko", "화재로 100여명이 숨지고 1만여 명이 대피했다.", "dead people 100..inf", "evacuated people 10000..inf");
  }

  static {
    // where every noun is capitalised, the noun after a figure (or after one attribute) is counted
    label("de", "Nach dem Sturm waren 40 Dörfer ohne Strom.", "count dörfer 40..40");
    label("de", "Die Feuerwehr öffnete zwei alternative Zufahrten.", "count zufahrten 2..2");
    label(
        "de", "Der Konzern entließ den Chef und zwei weitere Führungskräfte.", "count people 2..2");
    // ... but no length of time, time of day, label number, year, postcode or unit is a count
    label("de", "Die Firma ist seit 16 Jahren am Markt und öffnet um 14.30 Uhr.");
    label("de", "Gemäß Artikel 5 Absatz 2 gilt die Regel.");
    label("de", "Im Jahr 2019 Bilanz zu ziehen, fiel schwer.");
    label("de", "Die Adresse lautet Hauptweg 4, 12345 Velmora.");
    label("de", "Der Wagen hielt 340 Kilometer südlich von Velmora.");
    label("de", "Vor knapp 6 Monaten endete die Wahl mit 40 gegen Velmora.");
    // a bare figure with a place after a count in its sentence counts the same, in that place
    label(
        "de",
        "Die Behörden zählten 6200 Tote in Velmora und 2400 in Ostrand.",
        "dead people 6200..6200",
        "dead people 2400..2400");
    label(
        "de",
        "Mehr als 3800 Menschen wurden getötet, davon mehr als 1400 in Ostrand.",
        "killed people 3800..inf",
        "killed people 1400..inf");
    label(
        "pt",
        "Houve 300 mortos em Velmora e 120 em Ostrand.",
        "dead people 300..300",
        "dead people 120..120");
    // a toll named a long place phrase before its figure
    label(
        "de",
        "Die Zahl der Toten in Velmora und in Ostrand steigt auf über 7000.",
        "dead people 7000..inf");
    label(
        "pt",
        "Os mortos no sismo em Velmora e em Ostrand passam dos 7.800.",
        "dead people 7800..inf");
    label("de", "Die Totenzahl in Velmora stieg am Abend auf 52.", "dead people 52..52");
    label("de", "Die Anzahl der Verletzten lag bei 300.", "injured people 300..300");
    // ... but not a figure that counts a noun of its own after it
    label(
        "fr",
        "Le séisme a fait plus de 300 morts, selon un dernier bilan communiqué ce vendredi matin"
            + " par les autorités des deux pays.",
        "dead people 300..inf");
    // a percentage linked only to its whole is a share of it
    label("de", "Weniger als fünf Prozent des Datenverkehrs stammen von Robotern.", "share % 0..5");
    label(
        "nl", "Volgens Velmora ging het om maximaal 5 procent van de gebruikers.", "share % 0..5");
    label("pt", "Apenas 8% dos utilizadores são falsos.", "share % 8..8");
    // a separable verb whose particle stands after the sum says what the sum is
    label(
        "de",
        "Eine Bankengruppe steuert 13 Milliarden Dollar bei, der Rest kommt von Ostrand.",
        "financing USD 13000000000..13000000000");
    label("de", "Die Firma gibt an, 3 Millionen Euro erhalten zu haben.");
    label(
        "nl",
        "Velmora maakte bekend Ostrand over te willen nemen voor 3 miljard euro.",
        "deal EUR 3000000000..3000000000");
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
                      claims(lang, sentence).stream().map(FiguresTest::line).toList();
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
  void everyReadCountPointsAtItsOwnWords() {
    String text = "Число погибших возросло до 143 человек к 23 марта.";
    Claim c = claims("ru", text).get(0);
    assertThat(c.evidence().claim().of(text)).contains("погибших").contains("143");
    assertThat(c.attribution().outlet()).isEqualTo("example.org");
  }

  @Test
  void aCountToldOfYesterdayHoldsTheDayBeforeTheReport() {
    Article a =
        Article.builder()
            .origin(new Origin("report-de.txt", 0, Format.TEXT))
            .id("report-de")
            .outlet("example.org")
            .text("Gestern starben in Velmora 12 Menschen.", List.of(), List.of())
            .language("de")
            .published(io.corroborate.model.DateStamp.of(java.time.LocalDate.of(2021, 5, 10)))
            .build();
    List<Claim> cs =
        new ClaimExtractor(ExtractOptions.defaults())
            .extract(a, new PlainLanguageLayer().annotate(a));
    assertThat(cs).hasSize(1);
    assertThat(cs.get(0).time()).isInstanceOf(HoldsAt.During.class);
    assertThat(((HoldsAt.During) cs.get(0).time()).interval().startDate())
        .isEqualTo(java.time.LocalDate.of(2021, 5, 9));
  }

  @Test
  void whatASumIsForIsItsSubject() {
    Claim rebuild =
        claims("fr", "La reconstruction du pont d'Ostrand pourrait coûter 600 millions de dollars.")
            .get(0);
    assertThat(rebuild.measure()).isEqualTo("cost");
    assertThat(rebuild.subject().text()).isEqualTo("rebuild");
    Claim cleanup =
        claims("de", "Die Aufräumarbeiten in Velmora kosten 90 Millionen Euro, sagte Teo Varn.")
            .get(0);
    assertThat(cleanup.measure()).isEqualTo("cost");
    assertThat(cleanup.subject().text()).isEqualTo("cleanup");
    Claim plain = claims("fr", "Le projet pourrait coûter 600 millions de dollars.").get(0);
    assertThat(plain.subject().text()).isEqualTo("cost");
  }

  @Test
  void englishKeepsItsClauseRulesAndAnUnknownLanguageReadsNothingNew() {
    assertThat(Figures.of("en")).isEmpty();
    assertThat(Figures.of("xx")).isEmpty();
    assertThat(Figures.of("de")).isPresent();
  }
}
