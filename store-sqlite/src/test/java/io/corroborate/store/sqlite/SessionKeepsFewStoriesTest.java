package io.corroborate.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.AnalyzeResult;
import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.Session;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.store.Membership;
import io.corroborate.store.StorySummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A session keeps in memory the articles of the stories it rewrote most recently only, so that its
 * heap does not grow with the store; a story whose articles it dropped reads them back from the
 * store when a new report joins it.
 */
class SessionKeepsFewStoriesTest {
  private static final int STORIES = 150;

  @TempDir Path dir;

  private static String report(int i) {
    Random random = new Random(i);
    String[] syllables = {"ka", "lo", "mi", "ren", "tor", "va", "shi", "den", "pra", "gul", "bel"};
    StringBuilder text = new StringBuilder("Report " + i + ":");
    for (int w = 0; w < 24; w++) {
      text.append(' ');
      for (int k = 0; k < 4; k++) {
        text.append(syllables[random.nextInt(syllables.length)]);
      }
    }
    return text + ".\n";
  }

  @Test
  void aSessionKeepsTheArticlesOfItsRecentStoriesOnlyAndReadsTheOthersBack() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < STORIES; i++) {
      Files.writeString(in.resolve(String.format("r%05d.txt", i)), report(i));
    }
    try (SqliteStore store = SqliteStore.open(dir.resolve("few.db"))) {
      Corroborate c = Corroborate.builder().annotate(new PlainLanguageLayer(), store).build();
      Session session = c.session(store);
      AnalyzeResult first = session.add(List.of(in.toString()), new RunListener() {});
      assertThat(first.touched()).as("each report starts a story").hasSize(STORIES);
      assertThat(session.articlesKept())
          .as("the articles of the most recent stories only")
          .isPositive()
          .isLessThan(STORIES);

      // the first story's articles were dropped long ago: a report that joins it reads them back
      Path more = dir.resolve("more.txt");
      Files.writeString(more, report(0) + "Officials said more on Friday.\n");
      AnalyzeResult second = session.add(List.of(more.toString()), new RunListener() {});
      assertThat(second.touched()).hasSize(1);
      StorySummary story = second.touched().get(0);
      assertThat(story.articles()).as("the dropped article and the new one").isEqualTo(2);
      List<String> members =
          store.memberships().stream()
              .filter(m -> m.storyId().equals(story.id()))
              .map(Membership::articleId)
              .toList();
      assertThat(members).hasSize(2).containsAll(second.articles());
      String earlier =
          members.stream().filter(first.articles()::contains).findFirst().orElseThrow();
      assertThat(store.dossierJson(story.id()).orElseThrow()).contains(earlier);
      assertThat(session.articlesKept()).isLessThan(STORIES);
    }
  }
}
