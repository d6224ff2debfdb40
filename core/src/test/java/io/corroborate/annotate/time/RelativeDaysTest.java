package io.corroborate.annotate.time;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Span;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Days named from the article's date in languages other than English ("gestern", "в пятницу",
 * "昨日"), in sentences written for these tests, placed against a report of Monday 10 May 2021.
 */
class RelativeDaysTest {
  private static final Optional<LocalDate> MONDAY = Optional.of(LocalDate.of(2021, 5, 10));

  private static List<TimeMention> find(String lang, String text, Optional<LocalDate> published) {
    return MonthDates.of(lang).orElseThrow().find(text, new Span(0, text.length()), published);
  }

  private static List<String> timexes(String lang, String text) {
    return find(lang, text, MONDAY).stream().map(TimeMention::timex).toList();
  }

  @Test
  void aWordForYesterdayIsTheDayBeforeTheArticle() {
    assertThat(timexes("de", "Gestern wurden in Velmora zwölf Menschen verletzt."))
        .containsExactly("2021-05-09");
    assertThat(timexes("ru", "Вчера в Остранде погибли 12 человек.")).containsExactly("2021-05-09");
    assertThat(timexes("fr", "Avant-hier, la digue d'Ostrand a cédé."))
        .containsExactly("2021-05-08");
    assertThat(timexes("ja", "昨日、12人が死亡した。")).containsExactly("2021-05-09");
    assertThat(timexes("es", "Hoy se confirmaron 12 muertos en Velmora."))
        .containsExactly("2021-05-10");
  }

  @Test
  void aWeekdayIsTheLatestSuchDayOnOrBeforeTheArticle() {
    assertThat(timexes("de", "Am Freitag brach der Damm bei Velmora."))
        .containsExactly("2021-05-07");
    assertThat(timexes("ru", "В пятницу плотину прорвало.")).containsExactly("2021-05-07");
    assertThat(timexes("it", "Lunedì il ponte è crollato.")).containsExactly("2021-05-10");
    assertThat(timexes("ko", "금요일에 댐이 무너졌다.")).containsExactly("2021-05-07");
    assertThat(timexes("zh", "大坝周五决堤。")).containsExactly("2021-05-07");
  }

  @Test
  void aNextWordSendsTheWeekdayForward() {
    assertThat(timexes("de", "Am nächsten Freitag soll der Damm geprüft werden."))
        .containsExactly("2021-05-14");
    assertThat(timexes("fr", "La digue sera inspectée vendredi prochain."))
        .containsExactly("2021-05-14");
    assertThat(MonthDates.weekday(LocalDate.of(2021, 5, 10), DayOfWeek.MONDAY, true))
        .isEqualTo(LocalDate.of(2021, 5, 17));
  }

  @Test
  void aWeekdayBeforeItsDateIsThatDatesAndAMorningIsNoDay() {
    assertThat(timexes("de", "Am Freitag, 22. März 2019, brach der Damm."))
        .containsExactly("2019-03-22");
    // "Morgen" is also the morning: the list leaves it out, so nothing is placed tomorrow.
    assertThat(timexes("de", "Am Morgen brach der Damm.")).isEmpty();
    assertThat(timexes("es", "Por la mañana se rompió la presa.")).isEmpty();
  }

  @Test
  void inAnUndatedArticleTheDayStaysUnresolved() {
    List<TimeMention> ms = find("de", "Gestern brach der Damm.", Optional.empty());
    assertThat(ms).hasSize(1);
    assertThat(ms.get(0).resolution()).isInstanceOf(Resolution.Unresolved.class);
  }
}
