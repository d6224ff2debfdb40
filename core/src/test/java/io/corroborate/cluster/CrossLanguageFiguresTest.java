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
 * A made-up flood whose only name is short ("Talvo": too few consonants to tell names apart alone),
 * told in English and then in German: the German report joins on the name and a figure both state
 * in their own writing ("1,284", "1.284"); a German report that shares the name but no figure, and
 * one that shares the figure but not the name, stay apart.
 */
class CrossLanguageFiguresTest {
  @TempDir static Path dir;
  static List<Article> articles;

  @BeforeAll
  static void write() throws Exception {
    put(
        "a-en1.txt",
        "2026-05-04",
        "Floods in Talvo put 1,284 homes under water",
        "The river burst its banks at Talvo overnight. The town council said 1,284 homes were under"
            + " water and the level stood at 4.7 metres, the highest on record.");
    put(
        "a-en2.txt",
        "2026-05-05",
        "Talvo flood: water begins to recede",
        "Water began to recede in Talvo on Tuesday. Of the 1,284 homes flooded, about half were"
            + " reachable again, the council said, after the river peaked at 4.7 metres.");
    put(
        "a-en3.txt",
        "2026-05-05",
        "Talvo counts the cost of its worst flood",
        "Residents of Talvo returned to mud-filled streets. Insurers said claims for the 1,284"
            + " flooded homes would run into millions.");
    put(
        "b-de1.txt",
        "2026-05-05",
        "Hochwasser in Talvo",
        "Nach dem Hochwasser in Talvo stehen nach Angaben der Stadt 1.284 Häuser unter Wasser. Der"
            + " Pegel erreichte 4,7 Meter.");
    put(
        "c-de2.txt",
        "2026-05-05",
        "Wahl in Talvo: Bürgermeisterin im Amt bestätigt",
        "Die Bürgermeisterin von Talvo bleibt im Amt. Sie gewann die Stichwahl gegen ihren"
            + " Herausforderer deutlich, teilte der Wahlleiter mit.");
    put(
        "d-de3.txt",
        "2026-05-05",
        "Zugunglück bei Ostwerder",
        "Bei Ostwerder ist ein Regionalzug entgleist. Die Bahn brachte 1.284 Fahrgäste mit Bussen"
            + " weiter, verletzt wurde niemand.");
    RunSummary run = Corroborate.create().run(List.of(dir.toString()), new RunListener() {});
    articles = new ArrayList<>(run.articles());
    articles.sort(Comparator.comparing(a -> a.origin().file()));
  }

  private static void put(String name, String date, String title, String body) throws Exception {
    Files.writeString(dir.resolve(name), " date " + date + "\n" + title + "\n\n" + body + "\n");
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
  void aReportInAnotherLanguageJoinsOnAShortNameAndAFigureBothState() {
    Map<String, StoryAssignment> s = byFile();
    String flood = s.get("a-en1.txt").storyId();
    assertThat(s.get("a-en2.txt").storyId()).isEqualTo(flood);
    assertThat(s.get("b-de1.txt").storyId()).isEqualTo(flood);
    assertThat(s.get("b-de1.txt").reason()).contains("figure 1284");
  }

  @Test
  void theNameAloneOrTheFigureAloneJoinsNothing() {
    Map<String, StoryAssignment> s = byFile();
    String flood = s.get("a-en1.txt").storyId();
    assertThat(s.get("c-de2.txt").storyId()).isNotEqualTo(flood);
    assertThat(s.get("d-de3.txt").storyId()).isNotEqualTo(flood);
  }

  @Test
  void figuresReadAlikeInEveryWriting() {
    assertThat(FigureKeys.of("1,284 homes under 4.7 m of water", "en"))
        .containsExactly("1284", "4.7");
    assertThat(FigureKeys.of("1.284 Häuser unter 4,7 Meter Wasser", "de"))
        .containsExactly("1284", "4.7");
    assertThat(FigureKeys.of("1 284 maisons sous 4,7 mètres d'eau", "fr"))
        .containsExactly("1284", "4.7");
    assertThat(FigureKeys.of("死者1万6000人超", "ja")).containsExactly("16000");
    assertThat(FigureKeys.of("2,5 Millionen Euro Schaden", "de")).containsExactly("2500000");
  }

  @Test
  void arabicIndicAndPersianDigitsGiveTheSameKeys() {
    assertThat(FigureKeys.of("غمرت المياه ١٬٢٨٤ منزلا", "ar")).containsExactly("1284");
    assertThat(FigureKeys.of("آب ۱۲۸۴ خانه را فرا گرفت", "fa")).containsExactly("1284");
  }

  @Test
  void aPercentageIsAKeyOfItsOwnInEveryWriting() {
    assertThat(FigureKeys.of("Er hält 7,4 % der Anteile", "de")).containsExactly("7.4%");
    assertThat(FigureKeys.of("Hissenin %7,4'sini aldı", "tr")).containsExactly("7.4%");
    assertThat(FigureKeys.of("Он купил 7,4 процента акций", "ru")).containsExactly("7.4%");
    assertThat(FigureKeys.of("He bought 7.4% of the shares", "en")).containsExactly("7.4%");
  }

  @Test
  void smallRoundAndYearFiguresAndDatesGiveNoKey() {
    assertThat(FigureKeys.of("12 dead, 500 hurt, 2,000 homeless in 2024; on 23.03.2024", "en"))
        .isEmpty();
    assertThat(FigureKeys.of("Am 23. März 2024 kamen 12 Menschen ums Leben", "de")).isEmpty();
  }
}
