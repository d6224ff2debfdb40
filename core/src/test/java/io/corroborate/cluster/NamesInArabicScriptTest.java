package io.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A made-up ferry fire in the port of Tarvosk, on a ship of Kovrida Lines, told in English and in a
 * Persian report that writes both names with a waw or a yeh read as a consonant ("تاروسک",
 * "کوریدا"): it joins the English story. A Persian report on another matter in the same script
 * stays apart. A made-up quake at Dovan (a short name, carried by two reports only) whose three
 * precise figures one English report states: a Ukrainian report that names Dovan and states the
 * three figures joins; one that states two of them stays apart.
 */
class NamesInArabicScriptTest {
  private static final List<Article> ARTICLES =
      ReportFiles.read(
          """
          a-en1.txt 2026-05-02 Fire on a Kovrida Lines ferry in Tarvosk
          A fire broke out on a Kovrida Lines ferry moored in the port of Tarvosk on Saturday.
          Passengers were taken ashore and firefighters worked through the night.

          a-en2.txt 2026-05-02 Tarvosk ferry fire: Kovrida Lines opens an inquiry
          Kovrida Lines said it had opened an inquiry into the fire on its ferry in Tarvosk. The port
          of Tarvosk stayed closed on Sunday.

          b-fa1.txt 2026-05-03 آتش سوزی کشتی کوریدا در بندر تاروسک
          یک کشتی مسافربری شرکت کوریدا در بندر تاروسک آتش گرفت و مسافران به ساحل منتقل شدند.

          c-fa2.txt 2026-05-03 جشنواره کتاب
          نمایشگاه کتاب امسال با حضور ناشران برگزار شد و بازدیدکنندگان زیادی داشت.

          d-en1.txt 2026-05-10 Quake near Dovan kills 3,517
          Rescuers near Dovan said 3,517 people died and 22,419 were injured in the earthquake.
          The authorities counted 1,284 collapsed buildings.

          d-en2.txt 2026-05-10 Dovan quake: hopes fade for survivors
          Rescuers near Dovan said hopes were fading for survivors of the earthquake as the night
          fell.

          e-uk1.txt 2026-05-11 Землетрус біля Довані
          Біля Довані загинули 3 517 людей, поранено 22 419, зруйновано 1 284 будинки.

          f-uk2.txt 2026-05-11 Новини міста
          У місті цього року збудовано 3 517 квартир, а 1 284 учні пішли до нової школи.
          """);

  @Test
  void namesWhoseWawOrYehIsAConsonantJoinAPersianReportToItsStory() {
    ReportFiles.assertInStoryOf(ARTICLES, "a-en1.txt", "a-en2.txt", "b-fa1.txt");
  }

  @Test
  void aPersianReportOnAnotherMatterStaysApart() {
    ReportFiles.assertNotInStoryOf(ARTICLES, "a-en1.txt", "c-fa2.txt");
  }

  @Test
  void aCommonNameSharedDoesNotHideThreePreciseFigures() {
    ReportFiles.assertInStoryOf(ARTICLES, "d-en1.txt", "d-en2.txt", "e-uk1.txt");
    assertThat(ReportFiles.byFile(ARTICLES).get("e-uk1.txt").reason()).contains("figure 22419");
  }

  @Test
  void twoPreciseFiguresOfTheStoryJoinNothing() {
    ReportFiles.assertNotInStoryOf(ARTICLES, "d-en1.txt", "f-uk2.txt");
  }
}
