package io.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import io.corroborate.model.Block;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.Role;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class HostileTextClusteringTest {
  @Test
  void aBodyOfTwoThousandCapitalisedWordsIsClusteredWithoutOverflowingTheStack() {
    String body = "Word ".repeat(2000) + "ends here.";
    Article a =
        Article.builder()
            .id("0123456789abcdef")
            .origin(new Origin("hostile.txt", 0, Format.TEXT))
            .blocks(List.of(new Block("the start. " + body, Role.BODY, 0.9, "paragraph")))
            .build();
    StoryClusterer c = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    StoryAssignment s = c.add(a, Optional.empty());
    assertThat(s.started()).isTrue();
    assertThat(c.stories())
        .singleElement()
        .satisfies(st -> assertThat(st.articleIds()).containsExactly(a.id()));
  }
}
