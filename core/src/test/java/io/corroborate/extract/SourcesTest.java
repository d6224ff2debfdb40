package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Who a figure is credited to, and when it holds, in languages read through their own lexicons:
 * invented reports of a flood written for these tests, each labelled with the attribution chain of
 * its figures ("source ← outlet", the cited outlet in between when there is one).
 */
class SourcesTest {
  private static final Map<String, Map<String, String>> CHAINS = new LinkedHashMap<>();

  private static void chain(String lang, String sentence, String chain) {
    CHAINS.computeIfAbsent(lang, k -> new LinkedHashMap<>()).put(sentence, chain);
  }

  static {
    // a verb after a comma credits the name opening its sentence
    chain(
        "fa",
        "پلیس ولمورا هم با اعلام بازداشت ۱۱ مظنون در شهر، افزود که تحقیقات ادامه دارد.",
        "پلیس ولمورا ← example.org");
    // a relaying phrase: the party after it speaks, the agency before it relays
    chain(
        "fa",
        "خبرگزاری ولمورا به نقل از پلیس گفته ۱۲ نفر زخمی شدند.",
        "پلیس ← خبرگزاری ولمورا ← example.org");
    chain("de", "Laut Polizei starben 12 Menschen in der Flut.", "Polizei ← example.org");
    chain(
        "de",
        "Die Aussage von Velmora, 12 Menschen seien gestorben, überzeugte niemanden.",
        "Velmora ← example.org");
    // the body that counts the dead is the source of its count
    chain("de", "Die Behörden zählten 12 Tote in Velmora.", "Behörden ← example.org");
    chain(
        "de",
        "Mindestens 40 Menschen wurden verletzt, sagte Innenminister Karl Beispiel.",
        "Innenminister Karl Beispiel ← example.org");
    chain(
        "de",
        "Der Sprecher der Feuerwehr sagte, 12 Menschen seien gestorben.",
        "Sprecher der Feuerwehr ← example.org");
    chain(
        "fr",
        "Selon le ministère de la Santé, 40 personnes ont été blessées.",
        "ministère de la Santé ← example.org");
    chain(
        "fr",
        "La crue a fait 12 morts, a déclaré le préfet Jean Exemple.",
        "préfet Jean Exemple ← example.org");
    chain(
        "es",
        "Al menos 12 personas murieron, dijo el ministro del Interior.",
        "ministro del Interior ← example.org");
    chain("es", "Según la agencia Ejemplo, 12 personas murieron.", "agencia Ejemplo ← example.org");
    chain("ru", "По данным спасателей, погибли 27 человек.", "спасателей ← example.org");
    chain(
        "ru",
        "Погибли 27 человек, заявил глава ведомства Иван Примеров.",
        "глава ведомства Иван Примеров ← example.org");
    chain("ru", "По данным «Примера», погибли 27 человек.", "Примера ← example.org");
    chain("uk", "За даними рятувальників, загинули 27 людей.", "рятувальників ← example.org");
    chain("pl", "Według policji w powodzi zginęło 9 osób.", "policji ← example.org");
    chain("it", "Secondo la polizia, 20 persone sono morte.", "polizia ← example.org");
    chain("pt", "Segundo os bombeiros, 35 pessoas morreram.", "bombeiros ← example.org");
    chain("nl", "Volgens de politie kwamen 12 mensen om het leven.", "politie ← example.org");
    chain("tr", "Valiliğe göre selde 12 kişi öldü.", "Valiliğe ← example.org");
    chain("tr", "Bakan Örnek'e göre selde 12 kişi öldü.", "Bakan Örnek ← example.org");
    chain(
        "tr",
        "Örnekköy Valisi Ali Deneme, kentte 12 kişinin hayatını kaybettiğini açıkladı.",
        "Örnekköy Valisi Ali Deneme ← example.org");
    chain(
        "ar",
        "وقال المتحدث باسم الوزارة إن عدد القتلى ارتفع إلى 12.",
        "المتحدث باسم الوزارة ← example.org");
    chain("ja", "警察によると、洪水で9人が死亡した。", "警察 ← example.org");
    chain("ja", "市当局は、洪水で9人が死亡したと発表した。", "市当局 ← example.org");
    chain("ko", "경찰에 따르면 이번 홍수로 9명이 숨졌다.", "경찰 ← example.org");
    chain("zh", "据新华社报道，洪水造成至少9人死亡。", "新华社 ← example.org");
    chain("he", "לפי המשטרה, 12 הרוגים בשיטפון.", "המשטרה ← example.org");
    chain("hi", "पुलिस के मुताबिक बाढ़ में 12 लोगों की मौत हो गई।", "पुलिस ← example.org");
    chain("bg", "Според полицията загинаха 12 души.", "полицията ← example.org");
    chain("mk", "Според полицијата загинаа 12 луѓе.", "полицијата ← example.org");
    chain("ka", "პოლიციის ცნობით, დაიღუპა 12 ადამიანი.", "პოლიციის ← example.org");
    chain("hy", "Ըստ ոստիկանության՝ զոհերի թիվը 12 է։", "ոստիկանության ← example.org");
    chain("fa", "به گفته پلیس ۱۲ نفر کشته شدند.", "پلیس ← example.org");
    chain("fa", "پلیس ولمورا خبر داد که ۱۲ نفر کشته شدند.", "پلیس ولمورا ← example.org");
    // A name that opens its sentence alone is a source when the text writes it capitalised inside
    // a sentence too; a word that opens sentences only is not.
    chain(
        "nl",
        "De aandelen van Varnsk daalden. Varnsk hield vol dat 12 procent van de accounts nep was.",
        "Varnsk ← example.org");
    chain(
        "de", "Damals war es ruhig. Damals sagte er, 12 Menschen seien gestorben.", "example.org");
    // A publication is cited, not a speaker; a figure with no cue is the outlet's own.
    chain("ru", "Погибли 27 человек, передает агентство Пример.", "агентство Пример ← example.org");
    chain("de", "In der Stadt starben 12 Menschen.", "example.org");
    chain("ja", "住民は、洪水で9人が死亡したと話した。", "example.org");
    chain("fr", "Il a dit que 12 personnes ont été tuées.", "example.org");
  }

  private static List<Claim> claims(String lang, String text, LocalDate published) {
    return FloodReport.claims(lang, text, published);
  }

  @Test
  void eachLanguageCreditsTheSourceNamedByItsCue() {
    List<String> wrong = new ArrayList<>();
    CHAINS.forEach(
        (lang, sentences) ->
            sentences.forEach(
                (sentence, want) -> {
                  List<Claim> cs = claims(lang, sentence, LocalDate.of(2021, 5, 10));
                  if (cs.isEmpty()) {
                    wrong.add(lang + ": " + sentence + " → no figure");
                    return;
                  }
                  String got = cs.get(0).attribution().chain();
                  if (!got.equals(want)) {
                    wrong.add(lang + ": " + sentence + " → " + got + " (want " + want + ")");
                  }
                }));
    assertThat(wrong).isEmpty();
  }

  @Test
  void aCitedPublicationIsCitedAndTheCueIsKept() {
    Claim c =
        claims("ru", "Погибли 27 человек, передает агентство Пример.", LocalDate.of(2021, 5, 10))
            .get(0);
    assertThat(c.attribution().speakers()).isEmpty();
    assertThat(c.attribution().cited()).extracting(Voice::cue).containsExactly("передает");
  }

  @Test
  void aFigureHoldsAtTheDateItsSentenceNames() {
    String text = "Число погибших возросло до 143 человек к 5 мая.";
    Claim c = claims("ru", text, LocalDate.of(2021, 5, 10)).get(0);
    assertThat(c.time()).isInstanceOf(HoldsAt.During.class);
    HoldsAt.During d = (HoldsAt.During) c.time();
    assertThat(d.interval().startDate()).isEqualTo(LocalDate.of(2021, 5, 5));
    assertThat(d.span().of(text)).isEqualTo("5 мая");
    Claim far =
        claims(
                "ru",
                "Прошлое наводнение было 22 января 2020 года; теперь в городе погибли 27 человек.",
                LocalDate.of(2021, 5, 10))
            .get(0);
    assertThat(far.time()).isInstanceOf(HoldsAt.ArticleDate.class);
    Claim undated = claims("ru", "Погибли 27 человек.", LocalDate.of(2021, 5, 10)).get(0);
    assertThat(undated.time()).isInstanceOf(HoldsAt.ArticleDate.class);
  }

  @Test
  void aDayWrittenAfterItsMonthIsNotACount() {
    // "մարտի 22-ին" is 22 March; the count is the 12.
    List<Claim> cs = claims("hy", "Մարտի 22-ին զոհերի թիվը հասավ 12-ի։", LocalDate.of(2021, 5, 10));
    assertThat(cs).extracting(c -> ((ClaimValue.Amount) c.value()).value()).containsExactly(12.0);
  }

  private static Attribution attribution(String lang, String sentence) {
    List<Claim> cs = claims(lang, sentence, LocalDate.of(2021, 5, 10));
    assertThat(cs).as(sentence).isNotEmpty();
    return cs.get(0).attribution();
  }

  @Test
  void aPersonOrABodyCitedIsASpeakerNotAnOutletToRelay() {
    Attribution ministry = attribution("ar", "قتل 12 شخصا في الفيضان، نقلا عن وزارة الصحة.");
    assertThat(ministry.cited()).isEmpty();
    assertThat(ministry.speakers()).extracting(Voice::name).containsExactly("وزارة الصحة");
    Attribution president =
        attribution("ru", "«Президент Ивании Иван Примеров заявил, что погибли 27 человек»,");
    assertThat(president.cited()).isEmpty();
    // A name alone in quotation marks is still an outlet's.
    assertThat(attribution("ru", "По данным «Примера», погибли 27 человек.").cited())
        .extracting(Voice::name)
        .containsExactly("Примера");
  }

  @Test
  void aParticleAfterAnOutletsNameAndAPeriodAfterAnAcronymAreNoPartOfIt() {
    assertThat(attribution("ja", "ヴェルモラ通信などによると、洪水で9人が死亡した。").chain())
        .isEqualTo("ヴェルモラ通信 ← example.org");
    assertThat(attribution("fr", "La crue a fait 12 morts, rapporte la chaîne VTR.").cited())
        .extracting(Voice::name)
        .containsExactly("chaîne VTR");
  }
}
