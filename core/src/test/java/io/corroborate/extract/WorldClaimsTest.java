package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Quotations and dated events in languages other than English, read through each language's own
 * quotation marks, speaker cues, event verbs and dates: invented reports of a bridge that fell in
 * the town of Velmora.
 */
class WorldClaimsTest {
  private static final LocalDate PUBLISHED = LocalDate.of(2024, 3, 27);

  static List<Claim> claims(String lang, String text, ClaimKind kind) {
    Article a =
        Article.builder()
            .origin(new Origin("report-" + lang + ".txt", 0, Format.TEXT))
            .id("report-" + lang)
            .outlet("example.org")
            .text(text, List.of(), List.of())
            .language(lang)
            .published(DateStamp.of(PUBLISHED))
            .build();
    return new ClaimExtractor(ExtractOptions.defaults())
        .extract(a, new PlainLanguageLayer().annotate(a)).stream()
            .filter(c -> c.kind() == kind)
            .toList();
  }

  private static String quoted(Claim c) {
    return ((ClaimValue.Text) c.value()).text();
  }

  @Test
  void aQuotationInGuillemetsIsCreditedToTheSpeakerTheCueNames() {
    String text = "«Мы восстановим мост за два года», — заявил мэр Велморы Тео Варн.";
    List<Claim> qs = claims("ru", text, ClaimKind.QUOTE);
    assertThat(qs).hasSize(1);
    Claim q = qs.get(0);
    assertThat(q.measure()).isEqualTo("said");
    assertThat(quoted(q)).isEqualTo("Мы восстановим мост за два года");
    assertThat(q.subject().text()).contains("Тео Варн");
    assertThat(q.attribution().speakers()).hasSize(1);
    assertThat(q.attribution().outlet()).isEqualTo("example.org");
    assertThat(q.evidence().claim().of(text)).startsWith("«").endsWith("»");
  }

  @Test
  void aQuotationInLowAndHighMarksIsCreditedInGerman() {
    String text =
        "„Die Brücke wird bis zum Sommer wieder befahrbar sein“, sagte Bürgermeisterin Anna Kovel.";
    List<Claim> qs = claims("de", text, ClaimKind.QUOTE);
    assertThat(qs).hasSize(1);
    assertThat(quoted(qs.get(0))).isEqualTo("Die Brücke wird bis zum Sommer wieder befahrbar sein");
    assertThat(qs.get(0).subject().text()).contains("Anna Kovel");
  }

  @Test
  void aQuotationInCornerBracketsIsCreditedInJapanese() {
    String text = "ヴェルモラ市長は「橋は二年以内に必ず再建する」と述べた。";
    List<Claim> qs = claims("ja", text, ClaimKind.QUOTE);
    assertThat(qs).hasSize(1);
    assertThat(quoted(qs.get(0))).isEqualTo("橋は二年以内に必ず再建する");
    assertThat(qs.get(0).subject().text()).contains("市長");
  }

  @Test
  void aQuotationRunningOverTwoSentencesIsOneQuote() {
    String text =
        "«Мост рухнул за несколько секунд. Мы начали поиски сразу», — сказал глава спасателей"
            + " Тео Варн.";
    List<Claim> qs = claims("ru", text, ClaimKind.QUOTE);
    assertThat(qs).hasSize(1);
    assertThat(quoted(qs.get(0)))
        .isEqualTo("Мост рухнул за несколько секунд. Мы начали поиски сразу");
    assertThat(qs.get(0).subject().text()).contains("Тео Варн");
    assertThat(qs.get(0).evidence().sentence().of(text)).isEqualTo(text);
  }

  @Test
  void aQuotationNobodyIsSaidToHaveSaidIsNoQuote() {
    assertThat(
            claims(
                "fr",
                "Les habitants de Velmora parlent depuis des années d'un « pont de la dernière"
                    + " chance » sur le fleuve.",
                ClaimKind.QUOTE))
        .isEmpty();
    // a name in quotation marks is not a quotation either, though a speaker stands beside it
    assertThat(
            claims("ru", "Мэр Тео Варн заявил, что «Мостострой» закончит работы.", ClaimKind.QUOTE))
        .isEmpty();
  }

  @Test
  void aSeparableVerbAroundItsDateDatesItsEvent() {
    List<Claim> nl =
        claims(
            "nl", "Teo Varn maakte op 14 maart bekend dat de brug dicht blijft.", ClaimKind.EVENT);
    assertThat(nl).extracting(Claim::measure).containsExactly("announced");
    assertThat(((ClaimValue.When) nl.get(0).value()).interval().startDate())
        .isEqualTo(LocalDate.of(2024, 3, 14));
    List<Claim> de =
        claims(
            "de",
            "Die Stadt Velmora gab am 14. März bekannt, dass die Brücke gesperrt bleibt.",
            ClaimKind.EVENT);
    assertThat(de).extracting(Claim::measure).containsExactly("announced");
    assertThat(((ClaimValue.When) de.get(0).value()).interval().startDate())
        .isEqualTo(LocalDate.of(2024, 3, 14));
    // the verb's own words never stand inside a date
    assertThat(claims("nl", "Teo Varn maakte de cijfers bekend.", ClaimKind.EVENT)).isEmpty();
  }

  @Test
  void anEventVerbBesideADateIsADatedEvent() {
    List<Claim> de =
        claims("de", "Die Brücke in Velmora stürzte am 26. März ein.", ClaimKind.EVENT);
    assertThat(de).hasSize(1);
    assertThat(de.get(0).measure()).isEqualTo("failed");
    assertThat(((ClaimValue.When) de.get(0).value()).interval().startDate())
        .isEqualTo(LocalDate.of(2024, 3, 26));

    List<Claim> ru = claims("ru", "Мост в Велморе обрушился 26 марта.", ClaimKind.EVENT);
    assertThat(ru).extracting(Claim::measure).containsExactly("failed");

    List<Claim> ja = claims("ja", "ヴェルモラの橋は3月26日に崩落した。", ClaimKind.EVENT);
    assertThat(ja).extracting(Claim::measure).containsExactly("failed");
    assertThat(((ClaimValue.When) ja.get(0).value()).interval().startDate())
        .isEqualTo(LocalDate.of(2024, 3, 26));
  }

  @Test
  void aDateWithNoEventVerbBesideItIsNoEvent() {
    assertThat(claims("de", "Der Bericht der Stadt Velmora erschien am 26. März.", ClaimKind.EVENT))
        .isEmpty();
    // the verb and the date stand in different sentences
    assertThat(
            claims("ru", "Мост в Велморе обрушился. Комиссия соберётся 29 марта.", ClaimKind.EVENT))
        .isEmpty();
  }

  @Test
  void englishKeepsItsOwnReaders() {
    assertThat(WorldClaims.of("en")).isEmpty();
    assertThat(WorldClaims.of("de")).isPresent();
  }

  private static List<Claim> undatedEvents(String lang, String text, List<LocalDate> storyDays) {
    Article a =
        Article.builder()
            .origin(new Origin("undated-" + lang + ".txt", 0, Format.TEXT))
            .id("undated-" + lang)
            .outlet("example.org")
            .text(text, List.of(), List.of())
            .language(lang)
            .build();
    return new ClaimExtractor(ExtractOptions.defaults())
        .extract(a, new PlainLanguageLayer().annotate(a), storyDays).stream()
            .filter(c -> c.kind() == ClaimKind.EVENT)
            .toList();
  }

  @Test
  void anUndatedReportsEventIsDatedByTheDaysItsStorysReportsAgreeOn() {
    List<LocalDate> story =
        List.of(PUBLISHED, PUBLISHED, PUBLISHED.plusDays(1), PUBLISHED.plusDays(3));
    List<Claim> hy = undatedEvents("hy", "Վելմորայի կամուրջը 26-ին գիշերը փլուզվել է։", story);
    assertThat(hy).extracting(Claim::measure).containsExactly("failed");
    assertThat(((ClaimValue.When) hy.get(0).value()).interval().startDate())
        .isEqualTo(LocalDate.of(2024, 3, 26));
    List<Claim> nl =
        undatedEvents("nl", "Teo Varn had halverwege maart bekendgemaakt dat hij vertrekt.", story);
    assertThat(nl).extracting(Claim::measure).containsExactly("announced");
    // without dated reports in its story, the same report dates nothing
    assertThat(undatedEvents("hy", "Վելմորայի կամուրջը 26-ին գիշերը փլուզվել է։", List.of()))
        .isEmpty();
    assertThat(
            undatedEvents(
                "nl",
                "Teo Varn had halverwege maart bekendgemaakt dat hij vertrekt.",
                List.of(PUBLISHED, PUBLISHED.plusYears(1))))
        .isEmpty();
  }

  @Test
  void aVerbLastLanguageDatesTheVerbThatEndsTheClauseOfItsDate() {
    // fifteen words of place and cause stand between the date and the verb that ends the clause
    String hy =
        "Մարտի 26-ին Վելմորայի կենտրոնական հրապարակի մոտ գտնվող հին երկաթե կամուրջը ուժեղ"
            + " քամու և անձրևի պատճառով անսպասելիորեն արագ փլուզվել է։";
    List<Claim> events = claims("hy", hy, ClaimKind.EVENT);
    assertThat(events).extracting(Claim::measure).containsExactly("failed");
    assertThat(((ClaimValue.When) events.get(0).value()).interval().startDate())
        .isEqualTo(LocalDate.of(2024, 3, 26));

    String fa =
        "پل ولمورا در روز ۲۶ مارس پس از برخورد یک کشتی باری بزرگ با یکی از پایه های اصلی آن"
            + " به طور کامل فرو ریخت.";
    assertThat(claims("fa", fa, ClaimKind.EVENT))
        .extracting(Claim::measure)
        .containsExactly("failed");
  }

  @Test
  void aVerbSecondLanguageKeepsTheShortWindowBetweenADateAndAFarVerb() {
    // the same distance in Russian, whose verb need not end the clause, dates nothing
    String ru =
        "26 марта в центре Велморы старый железный мост у главной площади из-за сильного ветра"
            + " и дождя и плохого ремонта неожиданно быстро обрушился.";
    assertThat(claims("ru", ru, ClaimKind.EVENT)).isEmpty();
    // and in a verb-last language a verb before its date keeps the short window
    String hy =
        "Կամուրջը փլուզվել է Վելմորայի կենտրոնական հրապարակի մոտ ուժեղ քամու և անձրևի"
            + " պատճառով, ինչպես հայտնի դարձավ հետագայում բոլորին Մարտի 26-ին։";
    assertThat(claims("hy", hy, ClaimKind.EVENT)).isEmpty();
  }

  @Test
  void aDayInTheGenitiveBeforeAPartOfTheDayIsADateInArmenian() {
    List<LocalDate> story = List.of(PUBLISHED, PUBLISHED, PUBLISHED.plusDays(1));
    List<Claim> hy = undatedEvents("hy", "Վելմորայի կամուրջը 26-ի գիշերը փլուզվել է։", story);
    assertThat(hy).extracting(Claim::measure).containsExactly("failed");
    assertThat(((ClaimValue.When) hy.get(0).value()).interval().startDate())
        .isEqualTo(LocalDate.of(2024, 3, 26));
    // a genitive number with no part of the day after it is no date
    assertThat(undatedEvents("hy", "Վելմորայի կամուրջի 26-ի հենասյունը փլուզվել է։", story))
        .isEmpty();
  }
}
