package io.corroborate.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Month-name dates read through each language's own files, in sentences written for these tests:
 * day, month and year in the language's order and words, a year taken from the article date when
 * the text leaves it out, and nothing read from a month name alone.
 */
class MonthDatesTest {
  private static final Optional<LocalDate> PUBLISHED = Optional.of(LocalDate.of(2021, 5, 10));

  private static List<TimeMention> find(String lang, String text, Optional<LocalDate> published) {
    return MonthDates.of(lang).orElseThrow().find(text, new Span(0, text.length()), published);
  }

  private static String first(String lang, String text) {
    List<TimeMention> ms = find(lang, text, PUBLISHED);
    assertThat(ms).as(lang + ": " + text).isNotEmpty();
    return ms.get(0).timex();
  }

  @Test
  void eachLanguageReadsItsOwnDayMonthAndYear() {
    assertThat(first("fr", "Le 14 mars 2020, la digue a cédé.")).isEqualTo("2020-03-14");
    assertThat(first("fr", "Le 1er mai 2020, la digue a cédé.")).isEqualTo("2020-05-01");
    assertThat(first("es", "El 3 de mayo de 2019 se inundó el valle.")).isEqualTo("2019-05-03");
    assertThat(first("de", "Am 6. Februar 2020 brach der Damm.")).isEqualTo("2020-02-06");
    assertThat(first("it", "Il 2 aprile 2018 è crollato il ponte.")).isEqualTo("2018-04-02");
    assertThat(first("pt", "Em 9 de julho de 2017 a ponte caiu.")).isEqualTo("2017-07-09");
    assertThat(first("ru", "Плотину прорвало 22 марта 2019 года.")).isEqualTo("2019-03-22");
    assertThat(first("uk", "Дамбу прорвало 22 березня 2019 року.")).isEqualTo("2019-03-22");
    assertThat(first("pl", "Tama pękła 4 listopada 2016 r.")).isEqualTo("2016-11-04");
    assertThat(first("tr", "Baraj 6 Şubat 2020'de yıkıldı.")).isEqualTo("2020-02-06");
    assertThat(first("nl", "De dijk brak op 12 januari 2020.")).isEqualTo("2020-01-12");
    assertThat(first("ar", "انهار السد في 5 مارس 2019.")).isEqualTo("2019-03-05");
    assertThat(first("ja", "堤防は2019年3月22日に決壊した。")).isEqualTo("2019-03-22");
    assertThat(first("zh", "大坝于2019年3月22日决堤。")).isEqualTo("2019-03-22");
    assertThat(first("ko", "댐은 2019년 3월 22일에 무너졌다.")).isEqualTo("2019-03-22");
    assertThat(first("hy", "Ամբարտակը փլուզվել է մարտի 22-ին։")).isEqualTo("2021-03-22");
    assertThat(first("ka", "კაშხალი 2019 წლის 22 მარტს ჩამოინგრა.")).isEqualTo("2019-03-22");
    assertThat(first("he", "הסכר קרס ב-22 במרץ 2019.")).isEqualTo("2019-03-22");
    assertThat(first("hi", "बांध 22 मार्च 2019 को टूट गया।")).isEqualTo("2019-03-22");
    assertThat(first("bg", "Язовирът се скъса на 22 март 2019 г.")).isEqualTo("2019-03-22");
    assertThat(first("mk", "Браната пукна на 22 март 2019 година.")).isEqualTo("2019-03-22");
  }

  @Test
  void aSolarHijriDateBecomesItsGregorianDay() {
    // 1 Farvardin 1400 is 21 March 2021.
    assertThat(first("fa", "سد در ۱ فروردین ۱۴۰۰ شکست.")).isEqualTo("2021-03-21");
    assertThat(first("fa", "سد در ۲۲ مارس ۲۰۱۹ شکست.")).isEqualTo("2019-03-22");
  }

  @Test
  void aDateWithoutAYearTakesTheArticlesYearOrTheOneBefore() {
    assertThat(first("fr", "Le 3 mai, la digue a cédé.")).isEqualTo("2021-05-03");
    assertThat(first("fr", "Le 28 décembre, la digue a cédé.")).isEqualTo("2020-12-28");
    assertThat(first("ja", "3月22日に決壊した。")).isEqualTo("2021-03-22");
    List<TimeMention> undated = find("fr", "Le 3 mai, la digue a cédé.", Optional.empty());
    assertThat(undated).hasSize(1);
    assertThat(undated.get(0).resolved()).isFalse();
  }

  @Test
  void aMonthAloneOrAnImpossibleDayIsNoDate() {
    assertThat(find("fr", "En mars, la digue a cédé.", PUBLISHED)).isEmpty();
    assertThat(find("fr", "Le 31 février 2020, rien.", PUBLISHED)).isEmpty();
    assertThat(find("ja", "13月に", PUBLISHED)).isEmpty();
    assertThat(find("ja", "3月22人が", PUBLISHED)).extracting(TimeMention::timex).isEmpty();
  }

  @Test
  void aSignalBeforeTheDateSaysHowTheSentenceHoldsIt() {
    TimeMention m = find("ru", "Число жертв выросло к 5 мая.", PUBLISHED).get(0);
    assertThat(m.relation()).isEqualTo(Relation.AS_OF);
    assertThat(m.text()).isEqualTo("5 мая");
    TimeMention s = find("de", "Seit 3. Mai wird gesucht.", PUBLISHED).get(0);
    assertThat(s.relation()).isEqualTo(Relation.SINCE);
    assertThat(((Resolution.Resolved) s.resolution()).claimed().lastDate())
        .isEqualTo(PUBLISHED.get());
  }

  @Test
  void englishAndUnknownLanguagesHaveNoReader() {
    assertThat(MonthDates.of("en")).isEmpty();
    assertThat(MonthDates.of("xx")).isEmpty();
  }

  @Test
  void aMonthAloneIsADateAfterAWordThatMakesItOne() {
    List<TimeMention> in = find("nl", "De dijk werd in april gerepareerd.", PUBLISHED);
    assertThat(in).extracting(TimeMention::timex).containsExactly("2021-04");
    assertThat(in.get(0).text()).isEqualTo("april");
    assertThat(find("nl", "Halverwege december brak de dijk.", PUBLISHED))
        .extracting(TimeMention::timex)
        .containsExactly("2020-12");
    // without such a word a month name is no date
    assertThat(find("nl", "April is de natste maand in Velmora.", PUBLISHED)).isEmpty();
  }

  @Test
  void aWordForTheStartMiddleOrEndOfAMonthDatesItsThird() {
    // 10 May 2021: March is this year's; its thirds as English reads "early", "mid", "late March"
    String[][] cases = {
      {"de", "Die Brücke wurde Anfang März gesperrt.", "2021-03-01", "2021-03-11"},
      {"de", "Mitte März begannen die Arbeiten.", "2021-03-11", "2021-03-22"},
      {"fr", "Le pont a été fermé fin mars.", "2021-03-22", "2021-04-01"},
      {"es", "El puente se cerró a mediados de marzo.", "2021-03-11", "2021-03-22"},
      {"it", "Il ponte è stato chiuso alla fine di marzo.", "2021-03-22", "2021-04-01"},
      {"pt", "A ponte foi fechada em meados de março.", "2021-03-11", "2021-03-22"},
      {"ru", "Мост закрыли в конце марта.", "2021-03-22", "2021-04-01"},
      {"uk", "Міст закрили на початку березня.", "2021-03-01", "2021-03-11"},
      {"pl", "Most zamknięto w połowie marca.", "2021-03-11", "2021-03-22"},
      {"nl", "Begin maart ging de brug dicht.", "2021-03-01", "2021-03-11"},
    };
    List<String> wrong = new java.util.ArrayList<>();
    for (String[] c : cases) {
      List<TimeMention> ms = find(c[0], c[1], PUBLISHED);
      String got =
          ms.isEmpty()
              ? "none"
              : ms.get(0).resolution() instanceof Resolution.Resolved r
                  ? r.interval().startDate() + ".." + r.interval().end().toLocalDate()
                  : "unresolved";
      if (!got.equals(c[2] + ".." + c[3])) {
        wrong.add(c[0] + ": " + c[1] + " → " + got);
      }
    }
    assertThat(wrong).isEmpty();
    // the month alone is still no date without such a word
    assertThat(find("de", "März war kalt in Velmora.", PUBLISHED)).isEmpty();
  }

  @Test
  void aDayAloneWithItsSuffixIsTheLatestSuchDay() {
    // 10 May 2021: the 26th is the 26th of April, the 3rd the 3rd of May
    assertThat(first("hy", "Կամուրջը 26-ին գիշերը փլուզվել է։")).isEqualTo("2021-04-26");
    assertThat(first("hy", "Ամբարտակը 3-ին փլուզվեց։")).isEqualTo("2021-05-03");
    // a clock time is no day, nor is a number with no suffix
    assertThat(find("hy", "Այն փլուզվել է 1։27-ին։", PUBLISHED)).isEmpty();
    assertThat(find("hy", "Փլուզվել է 26 տուն։", PUBLISHED)).isEmpty();
    // a genitive ending is a count's as often as a day's ("հասավ 12-ի")
    assertThat(find("hy", "Զոհերի թիվը հասավ 12-ի։", PUBLISHED)).isEmpty();
    List<TimeMention> undated = find("hy", "Կամուրջը 26-ին գիշերը փլուզվել է։", Optional.empty());
    assertThat(undated).hasSize(1);
    assertThat(undated.get(0).resolved()).isFalse();
  }

  private static List<TimeMention> inStory(String lang, String text, List<LocalDate> days) {
    return MonthDates.of(lang)
        .orElseThrow()
        .find(text, new Span(0, text.length()), Optional.empty(), days);
  }

  @Test
  void anUndatedReportsDateTakesTheReadingMostOfTheStorysReportsGive() {
    List<LocalDate> story =
        List.of(
            LocalDate.of(2021, 3, 22),
            LocalDate.of(2021, 3, 23),
            LocalDate.of(2021, 3, 30),
            LocalDate.of(2022, 8, 1));
    List<TimeMention> hy = inStory("hy", "Ամբարտակը փլուզվել է մարտի 22-ին։", story);
    assertThat(hy).extracting(TimeMention::timex).containsExactly("2021-03-22");
    assertThat(((Resolution.Resolved) hy.get(0).resolution()).basis()).isEqualTo("story dates");
    assertThat(inStory("fr", "Le 21 mars, la digue a cédé.", story))
        .extracting(TimeMention::timex)
        .containsExactly("2021-03-21");
    assertThat(inStory("hy", "Կամուրջը 20-ին գիշերը փլուզվել է։", story))
        .extracting(TimeMention::timex)
        .containsExactly("2021-03-20");
    assertThat(inStory("nl", "De dijk werd in maart gerepareerd.", story))
        .extracting(TimeMention::timex)
        .containsExactly("2021-03");
  }

  @Test
  void anUndatedReportsDateStaysUnresolvedWhenTheStoryDoesNotSettleIt() {
    // reports a year apart read "22 March" as two days
    List<LocalDate> split = List.of(LocalDate.of(2021, 3, 25), LocalDate.of(2022, 3, 25));
    assertThat(inStory("fr", "Le 22 mars, la digue a cédé.", split).get(0).resolved()).isFalse();
    // one dated report is too little to go on
    List<LocalDate> one = List.of(LocalDate.of(2021, 3, 25));
    assertThat(inStory("fr", "Le 22 mars, la digue a cédé.", one).get(0).resolved()).isFalse();
    // a weekday or "yesterday" needs the report's own day
    List<LocalDate> story = List.of(LocalDate.of(2021, 3, 22), LocalDate.of(2021, 3, 23));
    assertThat(inStory("de", "Am Freitag brach der Damm.", story).get(0).resolved()).isFalse();
    assertThat(inStory("de", "Gestern brach der Damm.", story).get(0).resolved()).isFalse();
    // a dated report reads its own dates, whatever the story
    assertThat(
            MonthDates.of("fr")
                .orElseThrow()
                .find(
                    "Le 22 mars, la digue a cédé.",
                    new Span(0, 28),
                    Optional.of(LocalDate.of(2023, 4, 1)),
                    story))
        .extracting(TimeMention::timex)
        .containsExactly("2023-03-22");
  }
}
