package io.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import io.corroborate.model.Block;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.Role;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class StoryProfileCapTest {
  @Test
  void aProfilePastTwiceTheCapKeepsItsHeaviestTermsOnly() {
    Map<String, Double> profile = new HashMap<>();
    int n = 2 * StoryClusterer.MAX_PROFILE_TERMS + 1;
    for (int i = 0; i < n; i++) {
      profile.put("term" + i, (double) i);
    }
    StoryClusterer.cap(profile);
    assertThat(profile).hasSize(StoryClusterer.MAX_PROFILE_TERMS);
    assertThat(profile).containsKey("term" + (n - 1)).doesNotContainKey("term0");
    assertThat(profile.values().stream().mapToDouble(Double::doubleValue).min().orElseThrow())
        .isEqualTo(n - StoryClusterer.MAX_PROFILE_TERMS);
  }

  @Test
  void aProfileUnderTwiceTheCapIsKeptWhole() {
    Map<String, Double> profile = new HashMap<>();
    for (int i = 0; i < 2 * StoryClusterer.MAX_PROFILE_TERMS; i++) {
      profile.put("term" + i, 1.0);
    }
    StoryClusterer.cap(profile);
    assertThat(profile).hasSize(2 * StoryClusterer.MAX_PROFILE_TERMS);
  }

  /**
   * A story whose reports each bring many words of their own grows past the cap; what its reports
   * share is what stays, so a new report of the event still joins it.
   */
  @Test
  void aStoryPastTheCapStillTakesAReportOfItsEvent() {
    StoryClusterer c = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    String core =
        "Floodwater from the Velmora river broke through the Ostrand levee and flooded the"
            + " lower town, said Teo Varn of the Ostrand water board. ";
    int reports = 3 * StoryClusterer.MAX_PROFILE_TERMS / 100;
    String story = null;
    for (int i = 0; i <= reports; i++) {
      StringBuilder own = new StringBuilder(core);
      for (int w = 0; w < 120; w++) {
        own.append(word(i * 120 + w)).append(' ');
      }
      StoryAssignment a = c.add(article(i, own.toString()), Optional.empty());
      if (i == 0) {
        story = a.storyId();
      } else {
        assertThat(a.storyId()).as("report %d", i).isEqualTo(story);
      }
    }
    StoryAssignment last = c.add(article(reports + 1, core), Optional.empty());
    assertThat(last.storyId()).isEqualTo(story);
    assertThat(c.stories()).hasSize(1);
  }

  /** A made-up word of letters only, different for each {@code n}. */
  private static String word(int n) {
    StringBuilder b = new StringBuilder("vel");
    do {
      b.append((char) ('a' + n % 26));
      n /= 26;
    } while (n > 0);
    return b.append("ok").toString();
  }

  /** A report of {@code body} alone, with an id of its number. */
  static Article article(int i, String body) {
    return Article.builder()
        .id(String.format("%016x", i + 1))
        .origin(new Origin("report-" + i + ".txt", 0, Format.TEXT))
        .blocks(List.of(new Block(body, Role.BODY, 0.9, "paragraph")))
        .build();
  }
}
