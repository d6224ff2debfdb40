package io.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two made-up events in one country in the same week, read in one batch: an attack on a concert
 * hall in Varnsk, told in English and Japanese, and an earthquake at Dunmir, told in Japanese. The
 * Japanese reports on the earthquake share with the attack's Japanese reports the country's name
 * (in katakana, whose key meets "Kestravia"), the month and one figure (140 dead there, 140
 * aftershocks here), and none of their wording: Japanese is written without spaces, and its words
 * are compared once the dictionary has split them, so the earthquake stays apart from the attack.
 */
class TwoEventsInOneCountryInJapaneseTest {
  @TempDir static Path dir;
  static Map<String, StoryAssignment> stories;

  @BeforeAll
  static void write() throws Exception {
    TwoEventsInOneCountryTest.writeEnglishAttackReports(dir);
    ReportFiles.put(
        dir,
        "b-ja1.txt",
        "2026-03-11",
        "ヴァルンスクのコンサートホールで襲撃",
        "ケストラビアのヴァルンスクにあるルーメン・ホールで、武装集団がコンサートの観客に発砲し、"
            + "ホールに火を放った。3月の襲撃で140人が死亡した。容疑者4人が拘束され、"
            + "テオ・ヴァルン内相は検問所の設置を命じた。");
    ReportFiles.put(
        dir,
        "b-ja2.txt",
        "2026-03-12",
        "ヴァルンスク：コンサートホール襲撃で容疑者を拘束",
        "ヴァルンスクのルーメン・ホールでの襲撃を受け、ケストラビア警察は容疑者4人を取り調べた。"
            + "3月の襲撃で140人が死亡し、ホールは全焼した。テオ・ヴァルン内相はテロだと述べた。");
    ReportFiles.put(
        dir,
        "b-ja3.txt",
        "2026-03-12",
        "ヴァルンスクのホール襲撃、犠牲者を追悼",
        "ケストラビアでは、3月にヴァルンスクのルーメン・ホールが襲撃され死亡した140人を追悼した。"
            + "武装集団はホール内で観客に発砲し、テオ・ヴァルン内相は容疑者への厳しい対応を表明した。");
    // the earthquake in Japanese: only the country, the month and one figure shared
    ReportFiles.put(
        dir,
        "c-ja1.txt",
        "2026-03-12",
        "ドゥンミルで地震、集合住宅が倒壊",
        "3月、マグニチュード6.8の地震がケストラビアのドゥンミル市を襲った。地震学者は余震140回を"
            + "観測した。集合住宅が倒壊したため住民はテントで夜を過ごし、救助隊が犬とともにがれきの中を"
            + "捜索している。");
    ReportFiles.put(
        dir,
        "c-ja2.txt",
        "2026-03-13",
        "ドゥンミル：救助隊ががれきの中で生存者を捜索",
        "ケストラビアのドゥンミルでは、3月の地震で倒壊した集合住宅のがれきの中で救助隊が生存者を" + "捜索している。余震140回が続き、住民はテントで眠っている。");
    ReportFiles.put(
        dir,
        "c-ja3.txt",
        "2026-03-13",
        "余震続くドゥンミル、住民はテント暮らし",
        "3月の地震以来140回の余震が続き、ケストラビアのドゥンミルでは住民が集合住宅に戻れずにいる。" + "地震学者は警戒を呼びかけ、救助隊はがれきの中で捜索を続けている。");
    List<Article> articles = ReportFiles.read(dir);
    stories = ReportFiles.byFile(articles);
  }

  @Test
  void theAttacksReportsInEnglishAndJapaneseFormOneStory() {
    String attack = stories.get("a-en1.txt").storyId();
    for (String f : List.of("a-en5.txt", "b-ja1.txt", "b-ja2.txt", "b-ja3.txt")) {
      assertThat(stories.get(f).storyId()).as(f + ": " + stories.get(f).reason()).isEqualTo(attack);
    }
  }

  @Test
  void anEarthquakeInTheCountrySharingItsNameAndAFigureStaysApartFromTheAttack() {
    String attack = stories.get("a-en1.txt").storyId();
    for (String f : List.of("c-ja1.txt", "c-ja2.txt", "c-ja3.txt")) {
      assertThat(stories.get(f).storyId())
          .as(f + ": " + stories.get(f).reason())
          .isNotEqualTo(attack);
    }
  }

  @Test
  void theEarthquakesReportsFormOneStoryOnTheirWording() {
    String quake = stories.get("c-ja1.txt").storyId();
    for (String f : List.of("c-ja2.txt", "c-ja3.txt")) {
      assertThat(stories.get(f).storyId()).as(f + ": " + stories.get(f).reason()).isEqualTo(quake);
    }
  }
}
