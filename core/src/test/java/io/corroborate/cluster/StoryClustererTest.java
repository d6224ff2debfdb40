package io.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.extract.PlainLayer;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.testkit.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class StoryClustererTest {
  @TempDir static Path dir;
  static List<Article> kaldor;
  static List<Article> fire;

  @BeforeAll
  static void read() throws Exception {
    kaldor = read(Repo.examples().resolve("kaldor-dam"));
    Path f = dir.resolve("fire");
    Files.createDirectories(f);
    write(
        f,
        "f1.txt",
        "2026-03-07",
        "Fire guts Tollen textile mill, two workers missing",
        "A fire broke out overnight at the Halvorsen textile mill in Tollen, destroying the main"
            + " weaving hall. Fire chief Marta Quell said two night-shift workers were missing and"
            + " forty firefighters fought the blaze until dawn. The cause of the fire is not yet"
            + " known; the mill's owner, Halvorsen Textiles, said it would cooperate with the"
            + " inspectors.");
    write(
        f,
        "f2.txt",
        "2026-03-08",
        "Tollen mill fire: missing workers found dead",
        "Rescuers found the bodies of the two workers missing since the fire at the Halvorsen"
            + " textile mill in Tollen. Fire chief Marta Quell said the weaving hall roof had"
            + " collapsed on them. Halvorsen Textiles suspended production and the labour"
            + " inspectorate opened an inquiry into the mill's fire exits.");
    write(
        f,
        "f3.txt",
        "2026-03-11",
        "Inspectors say Tollen mill's fire exits were locked",
        "Labour inspectors told the Tollen council that two fire exits of the Halvorsen textile"
            + " mill were chained shut on the night of the fire. Halvorsen Textiles denied the"
            + " finding. Marta Quell, the fire chief, said her crews had to cut the chains.");
    fire = read(f);
  }

  private static void write(Path d, String name, String date, String title, String body)
      throws Exception {
    Files.writeString(d.resolve(name), " date " + date + "\n" + title + "\n\n" + body + "\n");
  }

  private static List<Article> read(Path d) {
    RunSummary run = Corroborate.create().run(List.of(d.toString()), new RunListener() {});
    List<Article> out = new ArrayList<>(run.articles());
    out.sort(
        (a, b) ->
            a.published()
                .map(DateStamp::date)
                .orElseThrow()
                .compareTo(b.published().map(DateStamp::date).orElseThrow()));
    return out;
  }

  private static List<StoryAssignment> cluster(StoryClusterer c, List<Article> articles) {
    List<StoryAssignment> out = new ArrayList<>();
    for (Article a : articles) {
      out.add(
          c.add(a, Optional.of(PlainLayer.annotate(a.text(), a.published().map(DateStamp::date)))));
    }
    return out;
  }

  @Test
  void allTwelveKaldorDamReportsFormOneStory() {
    StoryClusterer c = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    List<StoryAssignment> as = cluster(c, kaldor);
    assertThat(kaldor).hasSize(12);
    assertThat(c.stories()).hasSize(1);
    assertThat(as.get(0).started()).isTrue();
    assertThat(as.subList(1, as.size())).allMatch(a -> !a.started());
    Story s = c.stories().get(0);
    assertThat(s.id()).isEqualTo("s" + kaldor.get(0).id().substring(0, 10));
    assertThat(s.title()).contains("Dam breach");
    assertThat(s.first()).isPresent();
    assertThat(as.get(1).reason()).startsWith("joined: shares entities");
  }

  @Test
  void kaldorReportsWithoutAnnotationsStillFormOneStory() {
    StoryClusterer c = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    kaldor.forEach(a -> c.add(a, Optional.empty()));
    assertThat(c.stories()).hasSize(1);
  }

  @Test
  void anUnrelatedFactoryFireStartsItsOwnStory() {
    StoryClusterer c = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    List<Article> mixed = new ArrayList<>();
    for (int i = 0; i < kaldor.size(); i++) {
      mixed.add(kaldor.get(i));
      if (i < fire.size()) {
        mixed.add(fire.get(i));
      }
    }
    cluster(c, mixed);
    assertThat(c.stories()).hasSize(2);
    assertThat(c.stories().get(1).articleIds())
        .containsExactlyElementsOf(fire.stream().map(Article::id).toList());
    assertThat(c.stories().get(1).title()).contains("Fire guts Tollen");
  }

  @Test
  void theSameOrderGivesTheSameStoriesAndReasons() {
    List<Article> mixed = new ArrayList<>(fire);
    mixed.addAll(kaldor);
    StoryClusterer a = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    StoryClusterer b = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    assertThat(cluster(a, mixed)).isEqualTo(cluster(b, mixed));
    assertThat(a.stories()).isEqualTo(b.stories());
  }

  @Test
  void aNewArticleDoesNotMoveEarlierAssignments() {
    StoryClusterer c = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    cluster(c, fire);
    List<Story> before = c.stories();
    cluster(c, kaldor);
    List<Story> after = c.stories();
    for (Story s : before) {
      Story now = after.stream().filter(x -> x.id().equals(s.id())).findFirst().orElseThrow();
      assertThat(now.articleIds()).startsWith(s.articleIds().toArray(String[]::new));
    }
    assertThat(after.get(0).articleIds()).hasSameSizeAs(before.get(0).articleIds());
  }

  @Test
  void restoredArticlesRebuildTheirStoriesAndNewArticlesJoinThem() {
    StoryClusterer first = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    List<StoryAssignment> as = cluster(first, kaldor.subList(0, 6));
    StoryClusterer next = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    for (int i = 0; i < 6; i++) {
      next.restore(kaldor.get(i), Optional.empty(), as.get(i).storyId());
    }
    assertThat(next.stories()).isEqualTo(first.stories());
    StoryAssignment a = next.add(kaldor.get(6), Optional.empty());
    assertThat(a.started()).isFalse();
    assertThat(a.storyId()).isEqualTo(as.get(0).storyId());
  }

  /** A made-up word per number: the same number gives the same word. */
  private static String word(int n) {
    StringBuilder w = new StringBuilder();
    String consonants = "bdfgklmnprstvz";
    String vowels = "aeiou";
    int x = n + 1;
    while (x > 0) {
      w.append(consonants.charAt(x % consonants.length()));
      x /= consonants.length();
      w.append(vowels.charAt(x % vowels.length()));
      x /= vowels.length();
    }
    return w.append("ven").toString();
  }

  @Test
  void aReportFindsItsStoryAmongMoreStoriesThanAreScoredThatShareItsCommonWords() throws Exception {
    Path d = dir.resolve("crowd");
    Files.createDirectories(d);
    int crowd = StoryClusterer.MAX_SCORED + 40;
    for (int i = 0; i < crowd; i++) {
      StringBuilder body =
          new StringBuilder("The fire at the mill left workers missing, officials said.");
      for (int j = 0; j < 30; j++) {
        body.append(' ').append(word(i * 100 + j));
      }
      write(
          d,
          String.format("c%04d.txt", i),
          "2026-03-09",
          "Fire at a mill " + word(i * 100 + 99),
          body + ".");
    }
    List<Article> others = read(d);
    StoryClusterer c = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    fire.subList(0, 2).forEach(a -> c.add(a, Optional.empty()));
    others.forEach(a -> c.add(a, Optional.empty()));
    assertThat(c.stories()).hasSizeGreaterThan(StoryClusterer.MAX_SCORED + 1);
    StoryAssignment late = c.add(fire.get(2), Optional.empty());
    assertThat(late.started()).isFalse();
    assertThat(late.storyId()).isEqualTo(c.stories().get(0).id());
    assertThat(c.stories().get(0).articleIds()).contains(fire.get(2).id());
  }

  @Test
  void withoutEmbeddingsTheNoneEmbedderReturnsAnEmptyVector() {
    assertThat(Embedder.none().model()).isEqualTo("none");
    assertThat(Embedder.none().embed("anything")).isEmpty();
    assertThat(Embedder.none().embedAll(List.of("a", "b"))).hasSize(2);
  }
}
