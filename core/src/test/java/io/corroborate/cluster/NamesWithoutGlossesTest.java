package io.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A made-up blast at a chemical warehouse in the port of Ostrand, Velmora, told in English, then in
 * a Chinese report that writes every name in characters with no Latin gloss and in a Korean one
 * whose names carry particles: both join the English story on the names they write by sound. A
 * Chinese report and a Korean one on another matter, naming other people, stay apart.
 */
class NamesWithoutGlossesTest {
  @TempDir static Path dir;
  static List<Article> articles;

  @BeforeAll
  static void write() throws Exception {
    put(
        "a-en1.txt",
        "2026-03-05",
        "Explosion at Ostrand port warehouse kills 12 in Velmora",
        "An explosion tore through a chemical warehouse in the port of Ostrand, Velmora, on"
            + " Thursday, fire chief Anna Kovel said. The warehouse is run by Halvik Chemicals.");
    put(
        "a-en2.txt",
        "2026-03-05",
        "Velmora port blast: residents of Ostrand evacuated",
        "Residents of Ostrand were evacuated after the blast at the Halvik Chemicals warehouse."
            + " Velmora's interior minister Teo Varn promised an inquiry.");
    put(
        "a-en3.txt",
        "2026-03-06",
        "Ostrand fire still burning, Kovel says",
        "The fire at the Halvik Chemicals warehouse in Ostrand was still burning on Friday, fire"
            + " chief Anna Kovel told reporters in Velmora.");
    put(
        "b-zh1.txt",
        "2026-03-06",
        "维尔莫拉港口仓库爆炸",
        "维尔莫拉南部港口城市奥斯特兰一座化工仓库周四发生爆炸。消防局局长安娜·科韦尔称，大火仍在燃烧。" + "仓库运营方哈尔维克化工公司表示将配合调查。");
    put(
        "c-ko1.txt",
        "2026-03-06",
        "벨모라 오스트란드 항구 창고 폭발",
        "벨모라 남부 오스트란드 항구의 화학 창고에서 목요일 폭발이 일어났다. 소방서장 안나 코벨은 불길이 여전히"
            + " 타고 있다고 말했다. 창고를 운영하는 할비크 케미컬스는 조사에 협조하겠다고 밝혔다.");
    put(
        "d-zh2.txt",
        "2026-03-06",
        "足球联赛新赛季开幕",
        "新赛季首场比赛在首都体育场举行。主教练佩德罗·桑切斯表示，球队已做好准备。门将卡洛斯·门多萨伤愈复出。");
    put(
        "e-ko2.txt",
        "2026-03-06",
        "새 시즌 축구 리그 개막",
        "새 시즌 첫 경기가 수도 경기장에서 열렸다. 감독 페드로 산체스는 팀이 준비되었다고 말했다.");
    RunSummary run = Corroborate.create().run(List.of(dir.toString()), new RunListener() {});
    articles = new ArrayList<>(run.articles());
    articles.sort(Comparator.comparing(a -> a.origin().file()));
  }

  /** Writes a report whose language the file name gives ("b-zh1.txt": Chinese), as a feed would. */
  private static void put(String name, String date, String title, String body) throws Exception {
    String language = name.substring(2, 4);
    Files.writeString(
        dir.resolve(name),
        "---\nlanguage: "
            + language
            + "\n---\n date "
            + date
            + "\n"
            + title
            + "\n\n"
            + body
            + "\n");
  }

  private static Map<String, StoryAssignment> byFile() {
    StoryClusterer c = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    List<StoryAssignment> as = c.addBatch(articles, id -> Optional.empty());
    Map<String, StoryAssignment> out = new HashMap<>();
    for (Article a : articles) {
      String f = a.origin().file();
      String name = f.substring(f.lastIndexOf('/') + 1);
      as.stream().filter(s -> s.articleId().equals(a.id())).forEach(s -> out.put(name, s));
    }
    return out;
  }

  @Test
  void aChineseReportWithoutLatinGlossesJoinsOnTheNamesItWritesBySound() {
    Map<String, StoryAssignment> s = byFile();
    String blast = s.get("a-en1.txt").storyId();
    assertThat(s.get("a-en3.txt").storyId()).isEqualTo(blast);
    assertThat(s.get("b-zh1.txt").storyId()).as(s.get("b-zh1.txt").reason()).isEqualTo(blast);
  }

  @Test
  void aKoreanReportJoinsOnNamesWithParticlesGluedOn() {
    Map<String, StoryAssignment> s = byFile();
    String blast = s.get("a-en1.txt").storyId();
    assertThat(s.get("c-ko1.txt").storyId()).as(s.get("c-ko1.txt").reason()).isEqualTo(blast);
  }

  @Test
  void reportsOnAnotherMatterNamingOtherPeopleStayApart() {
    Map<String, StoryAssignment> s = byFile();
    String blast = s.get("a-en1.txt").storyId();
    assertThat(s.get("d-zh2.txt").storyId()).as(s.get("d-zh2.txt").reason()).isNotEqualTo(blast);
    assertThat(s.get("e-ko2.txt").storyId()).as(s.get("e-ko2.txt").reason()).isNotEqualTo(blast);
  }
}
