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
 * A made-up ferry fire in the port of Tarvosk, on a ship of Kovrida Lines, told in English and in a
 * Persian report that writes both names with a waw or a yeh read as a consonant ("تاروسک",
 * "کوریدا"): it joins the English story. A Persian report on another matter in the same script
 * stays apart. A made-up quake at Dovan (a short name, carried by two reports only) whose three
 * precise figures one English report states: a Ukrainian report that names Dovan and states the
 * three figures joins; one that states two of them stays apart.
 */
class NamesInArabicScriptTest {
  @TempDir static Path dir;
  static List<Article> articles;

  @BeforeAll
  static void write() throws Exception {
    put(
        "a-en1.txt",
        "2026-05-02",
        "Fire on a Kovrida Lines ferry in Tarvosk",
        "A fire broke out on a Kovrida Lines ferry moored in the port of Tarvosk on Saturday."
            + " Passengers were taken ashore and firefighters worked through the night.");
    put(
        "a-en2.txt",
        "2026-05-02",
        "Tarvosk ferry fire: Kovrida Lines opens an inquiry",
        "Kovrida Lines said it had opened an inquiry into the fire on its ferry in Tarvosk. The port"
            + " of Tarvosk stayed closed on Sunday.");
    put(
        "b-fa1.txt",
        "2026-05-03",
        "آتش سوزی کشتی کوریدا در بندر تاروسک",
        "یک کشتی مسافربری شرکت کوریدا در بندر تاروسک آتش گرفت و مسافران به ساحل منتقل شدند.");
    put(
        "c-fa2.txt",
        "2026-05-03",
        "جشنواره کتاب",
        "نمایشگاه کتاب امسال با حضور ناشران برگزار شد و بازدیدکنندگان زیادی داشت.");
    put(
        "d-en1.txt",
        "2026-05-10",
        "Quake near Dovan kills 3,517",
        "Rescuers near Dovan said 3,517 people died and 22,419 were injured in the earthquake."
            + " The authorities counted 1,284 collapsed buildings.");
    put(
        "d-en2.txt",
        "2026-05-10",
        "Dovan quake: hopes fade for survivors",
        "Rescuers near Dovan said hopes were fading for survivors of the earthquake as the night"
            + " fell.");
    put(
        "e-uk1.txt",
        "2026-05-11",
        "Землетрус біля Довані",
        "Біля Довані загинули 3 517 людей, поранено 22 419, зруйновано 1 284 будинки.");
    put(
        "f-uk2.txt",
        "2026-05-11",
        "Новини міста",
        "У місті цього року збудовано 3 517 квартир, а 1 284 учні пішли до нової школи.");
    RunSummary run = Corroborate.create().run(List.of(dir.toString()), new RunListener() {});
    articles = new ArrayList<>(run.articles());
    articles.sort(Comparator.comparing(a -> a.origin().file()));
  }

  /** Writes a report whose language the file name gives ("b-fa1.txt": Persian), as a feed would. */
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
  void namesWhoseWawOrYehIsAConsonantJoinAPersianReportToItsStory() {
    Map<String, StoryAssignment> s = byFile();
    String fire = s.get("a-en1.txt").storyId();
    assertThat(s.get("a-en2.txt").storyId()).isEqualTo(fire);
    assertThat(s.get("b-fa1.txt").storyId()).as(s.get("b-fa1.txt").reason()).isEqualTo(fire);
  }

  @Test
  void aPersianReportOnAnotherMatterStaysApart() {
    Map<String, StoryAssignment> s = byFile();
    assertThat(s.get("c-fa2.txt").storyId()).isNotEqualTo(s.get("a-en1.txt").storyId());
  }

  @Test
  void aCommonNameSharedDoesNotHideThreePreciseFigures() {
    Map<String, StoryAssignment> s = byFile();
    String quake = s.get("d-en1.txt").storyId();
    assertThat(s.get("d-en2.txt").storyId()).isEqualTo(quake);
    assertThat(s.get("e-uk1.txt").storyId()).as(s.get("e-uk1.txt").reason()).isEqualTo(quake);
    assertThat(s.get("e-uk1.txt").reason()).contains("figure 22419");
  }

  @Test
  void twoPreciseFiguresOfTheStoryJoinNothing() {
    Map<String, StoryAssignment> s = byFile();
    assertThat(s.get("f-uk2.txt").storyId()).isNotEqualTo(s.get("d-en1.txt").storyId());
  }
}
