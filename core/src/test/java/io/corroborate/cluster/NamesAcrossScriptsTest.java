package io.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A made-up dam breach at Velmora in the Ostrand valley, where the engineer Teo Varn had warned of
 * cracks, told in English and then in one report each in Georgian (a script without capitals, where
 * every word is a candidate name) and Ukrainian (which names the town and the engineer, whose name
 * is short): both join the English story. A Ukrainian report on another matter that names the
 * engineer alone stays apart. A quake told in English and in a Georgian report that names no place
 * the English reports name joins on three precise figures both state; a Georgian report that shares
 * two of them stays apart.
 */
class NamesAcrossScriptsTest {
  private static final List<Article> ARTICLES =
      ReportFiles.read(
          """
          a-en1.txt 2026-04-02 Dam breach floods Velmora
          The dam above Velmora gave way before dawn and flooded the lower town. Engineer Teo Varn
          said he had warned the Ostrand valley council about cracks in the wall.

          a-en2.txt 2026-04-02 Velmora residents flee rising water
          Families in Velmora climbed onto roofs as the water rose. The Ostrand valley authority
          opened schools as shelters. Teo Varn, who inspected the dam last year, called for an
          inquiry.

          a-en3.txt 2026-04-03 Ostrand valley counts the damage after the Velmora dam collapse
          Rescue teams searched the streets of Velmora on Thursday. Teo Varn told reporters that
          repairs had been postponed twice.

          a-en4.txt 2026-04-03 Inquiry ordered into Velmora dam
          The governor of the Ostrand valley ordered an inquiry into the dam at Velmora. Teo Varn
          will be heard as a witness.

          b-ka1.txt 2026-04-03 ველმორაში კაშხალი გაირღვა
          ველმორაში კაშხალი გაირღვა და ქალაქის ქვედა ნაწილი დატბორა. ოსტრანდის ხეობაში
          მაშველები ღამით აგრძელებენ ძებნას, ხოლო ხელისუფლებამ საგანგებო მდგომარეობა
          გამოაცხადა. ველმორის მერიამ მოსახლეობას სიფრთხილისკენ მოუწოდა და სკოლები
          თავშესაფრად გადააკეთა.

          c-uk1.txt 2026-04-03 У Велморі прорвало дамбу
          Вода затопила нижню частину міста. Інженер Тео Варн каже, що попереджав владу про
          тріщини.

          d-uk2.txt 2026-04-03 Варн отримав премію
          Інженер Тео Варн отримав премію за проєкт мосту в Кирилівці.

          e-en1.txt 2026-04-05 Quake in the Orvassa highlands kills 3,517
          Rescuers in the Orvassa highlands said 3,517 people died and 22,419 were injured. The
          authorities counted 1,284 collapsed buildings.

          e-en2.txt 2026-04-06 Orvassa quake: hopes fade for survivors
          The toll of the Orvassa earthquake stood at 3,517 on Monday, with 22,419 injured and 1,284
          buildings down.

          f-ka1.txt 2026-04-06 მიწისძვრა მთიანეთში
          მიწისძვრის შედეგად დაღუპულია 3 517 ადამიანი, დაშავებულია 22 419, ჩამოინგრა 1 284
          შენობა.

          g-ka2.txt 2026-04-06 ახალი სკოლები
          წელს ქალაქში 3 517 ბინა აშენდა და 1 284 მოსწავლემ ახალ სკოლაში დაიწყო სწავლა.
          """);

  @Test
  void wordsOfAnUncasedScriptThatNoOtherReportCarriesDoNotKeepItsReportApart() {
    ReportFiles.assertInStoryOf(ARTICLES, "a-en1.txt", "a-en4.txt", "b-ka1.txt");
  }

  @Test
  void aShortNameThatRunsThroughMostReportsCountsAsADistinctiveOne() {
    ReportFiles.assertInStoryOf(ARTICLES, "a-en1.txt", "c-uk1.txt");
  }

  @Test
  void threePreciseFiguresJoinAReportThatSharesNoName() {
    ReportFiles.assertInStoryOf(ARTICLES, "e-en1.txt", "e-en2.txt", "f-ka1.txt");
    assertThat(ReportFiles.byFile(ARTICLES).get("f-ka1.txt").reason()).contains("figure 22419");
  }

  @Test
  void twoPreciseFiguresAloneJoinNothing() {
    ReportFiles.assertNotInStoryOf(ARTICLES, "e-en1.txt", "g-ka2.txt");
  }

  @Test
  void theShortNameAloneJoinsNothing() {
    ReportFiles.assertNotInStoryOf(ARTICLES, "a-en1.txt", "d-uk2.txt");
  }
}
