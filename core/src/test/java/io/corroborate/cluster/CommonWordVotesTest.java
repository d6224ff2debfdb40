package io.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * A word shared by more stories than {@link StoryClusterer#MAX_VOTED} votes for the latest of them
 * only; a report still finds an older story through the rarer words it shares with it.
 */
class CommonWordVotesTest {
  @Test
  void anOldStoryPastTheCommonWordsVotesIsFoundByItsRareWords() {
    StoryClusterer c = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    int stories = StoryClusterer.MAX_VOTED + 40;
    String first = null;
    for (int i = 0; i < stories; i++) {
      StoryAssignment a =
          c.add(StoryProfileCapTest.article(i, "Ostrand " + words(i)), Optional.empty());
      if (i == 0) {
        first = a.storyId();
      }
    }
    assertThat(c.stories()).as("each made-up report tells its own story").hasSize(stories);

    StoryAssignment later =
        c.add(StoryProfileCapTest.article(stories, "Ostrand " + words(0)), Optional.empty());

    assertThat(later.storyId()).isEqualTo(first);
  }

  /** Thirty made-up words of letters only, none shared by another {@code n}. */
  private static String words(int n) {
    StringBuilder b = new StringBuilder();
    for (int w = 0; w < 30; w++) {
      int k = n * 30 + w;
      b.append("vel");
      do {
        b.append((char) ('a' + k % 26));
        k /= 26;
      } while (k > 0);
      b.append("ok ");
    }
    return b.toString();
  }
}
