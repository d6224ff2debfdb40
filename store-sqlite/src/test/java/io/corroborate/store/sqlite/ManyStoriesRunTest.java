package io.corroborate.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.AnalyzeResult;
import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.ingest.IngestException;
import io.corroborate.ingest.IngestOptions;
import io.corroborate.model.Article;
import io.corroborate.store.StorySummary;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run over a folder of many short reports, each its own story: the session stores articles and
 * dossiers a batch at a time, and every article, membership and dossier is there once.
 */
class ManyStoriesRunTest {
  private static final int FILES = 600;

  @TempDir Path dir;

  /** Short reports on unrelated subjects: made-up words, so that each starts a story. */
  private Path folder() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    java.util.Random random = new java.util.Random(5);
    String[] syllables = {"ka", "lo", "mi", "ren", "tor", "va", "shi", "den", "pra", "gul", "bel"};
    for (int i = 0; i < FILES; i++) {
      StringBuilder text = new StringBuilder("Report " + i + ":");
      for (int w = 0; w < 20; w++) {
        text.append(' ');
        for (int k = 0; k < 4; k++) {
          text.append(syllables[random.nextInt(syllables.length)]);
        }
      }
      Files.writeString(in.resolve(String.format("r%05d.txt", i)), text + ".\n");
    }
    return in;
  }

  @Test
  void aRunOfManyStoriesStoresEveryArticleMembershipAndDossierOnce() throws Exception {
    Path in = folder();
    Path db = dir.resolve("many.db");
    List<String> heard = new ArrayList<>();
    AnalyzeResult r;
    try (SqliteStore store = SqliteStore.open(db)) {
      Corroborate c = Corroborate.builder().build();
      r =
          c.session(store)
              .add(
                  List.of(in.toString()),
                  new RunListener() {
                    @Override
                    public void article(Article a) {
                      heard.add(a.id());
                    }
                  });
    }
    assertThat(r.articles()).hasSize(FILES);
    assertThat(r.added()).isEqualTo(FILES);
    assertThat(heard).as("the listener hears each article once").hasSize(FILES);
    assertThat(new HashSet<>(heard)).hasSize(FILES);
    Set<String> stories = new HashSet<>();
    r.touched().forEach(s -> stories.add(s.id()));
    assertThat(stories).hasSize(r.touched().size());
    try (SqliteStore store = SqliteStore.open(db)) {
      assertThat(store.articleCount()).isEqualTo(FILES);
      assertThat(store.memberships()).hasSize(FILES);
      assertThat(store.stories())
          .extracting(StorySummary::id)
          .containsExactlyInAnyOrderElementsOf(stories);
      for (StorySummary s : store.stories()) {
        assertThat(store.dossierJson(s.id())).as(s.id()).isPresent();
      }
      int members = store.stories().stream().mapToInt(StorySummary::articles).sum();
      assertThat(members).isEqualTo(FILES);
      // a re-run adds nothing and keeps every story
      AnalyzeResult again =
          Corroborate.builder()
              .build()
              .session(store)
              .add(List.of(in.toString()), new RunListener() {});
      assertThat(again.added()).isZero();
      assertThat(store.articleCount()).isEqualTo(FILES);
      assertThat(store.memberships()).hasSize(FILES);
      assertThat(store.stories()).hasSize(stories.size());
    }
  }

  @Test
  void aStrictRunStoppedAtABadFileLeavesTheStoreAsItWas() throws Exception {
    Path in = folder();
    Files.write(in.resolve("r00600-bad.txt"), new byte[] {0, 1, 2, 3, 0, 0, 0, 9, 9, 9, 0, 1});
    try (SqliteStore store = SqliteStore.open(dir.resolve("strict.db"))) {
      Corroborate c =
          Corroborate.builder().ingest(IngestOptions.defaults().withStrict(true)).build();
      assertThatThrownBy(
              () ->
                  store.atomically(
                      () -> c.session(store).add(List.of(in.toString()), new RunListener() {})))
          .isInstanceOf(IngestException.class);
      assertThat(store.articleCount()).isZero();
      assertThat(store.memberships()).isEmpty();
      assertThat(store.stories()).isEmpty();
    }
  }
}
