package io.corroborate.cluster;

import io.corroborate.model.Article;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A made-up blast at a chemical warehouse in the port of Ostrand, Velmora, told in English, then in
 * a Chinese report that writes every name in characters with no Latin gloss and in a Korean one
 * whose names carry particles: both join the English story on the names they write by sound. A
 * Chinese report and a Korean one on another matter, naming other people, stay apart.
 */
class NamesWithoutGlossesTest {
  private static final List<Article> ARTICLES =
      ReportFiles.read(
          """
          a-en1.txt 2026-03-05 Explosion at Ostrand port warehouse kills 12 in Velmora
          An explosion tore through a chemical warehouse in the port of Ostrand, Velmora, on
          Thursday, fire chief Anna Kovel said. The warehouse is run by Halvik Chemicals.

          a-en2.txt 2026-03-05 Velmora port blast: residents of Ostrand evacuated
          Residents of Ostrand were evacuated after the blast at the Halvik Chemicals warehouse.
          Velmora's interior minister Teo Varn promised an inquiry.

          a-en3.txt 2026-03-06 Ostrand fire still burning, Kovel says
          The fire at the Halvik Chemicals warehouse in Ostrand was still burning on Friday, fire
          chief Anna Kovel told reporters in Velmora.

          b-zh1.txt 2026-03-06 维尔莫拉港口仓库爆炸
          维尔莫拉南部港口城市奥斯特兰一座化工仓库周四发生爆炸。消防局局长安娜·科韦尔称，大火仍在燃烧。\
          仓库运营方哈尔维克化工公司表示将配合调查。

          c-ko1.txt 2026-03-06 벨모라 오스트란드 항구 창고 폭발
          벨모라 남부 오스트란드 항구의 화학 창고에서 목요일 폭발이 일어났다. 소방서장 안나 코벨은 불길이 여전히
          타고 있다고 말했다. 창고를 운영하는 할비크 케미컬스는 조사에 협조하겠다고 밝혔다.

          d-zh2.txt 2026-03-06 足球联赛新赛季开幕
          新赛季首场比赛在首都体育场举行。主教练佩德罗·桑切斯表示，球队已做好准备。门将卡洛斯·门多萨伤愈复出。

          e-ko2.txt 2026-03-06 새 시즌 축구 리그 개막
          새 시즌 첫 경기가 수도 경기장에서 열렸다. 감독 페드로 산체스는 팀이 준비되었다고 말했다.
          """);

  @Test
  void aChineseReportWithoutLatinGlossesJoinsOnTheNamesItWritesBySound() {
    ReportFiles.assertInStoryOf(ARTICLES, "a-en1.txt", "a-en3.txt", "b-zh1.txt");
  }

  @Test
  void aKoreanReportJoinsOnNamesWithParticlesGluedOn() {
    ReportFiles.assertInStoryOf(ARTICLES, "a-en1.txt", "c-ko1.txt");
  }

  @Test
  void reportsOnAnotherMatterNamingOtherPeopleStayApart() {
    ReportFiles.assertNotInStoryOf(ARTICLES, "a-en1.txt", "d-zh2.txt", "e-ko2.txt");
  }
}
