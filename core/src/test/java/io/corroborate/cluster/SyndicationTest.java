package io.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.model.Article;
import io.corroborate.testkit.Repo;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class SyndicationTest {
  @Test
  void theTwoRunsOfOneMeridianWireStoryFormOneCopyGroupLedByTheEarlier() {
    List<Article> kaldor =
        Corroborate.create()
            .run(List.of(Repo.examples().resolve("kaldor-dam").toString()), new RunListener() {})
            .articles();
    Map<String, String> outletOf =
        kaldor.stream().collect(Collectors.toMap(Article::id, Article::outlet, (a, b) -> a));
    CopyGroups g = new Syndication(SyndicationOptions.defaults()).group(kaldor);
    assertThat(g.groupOf()).containsOnlyKeys(outletOf.keySet());
    List<CopyGroup> copies = g.groups().stream().filter(c -> c.articleIds().size() > 1).toList();
    assertThat(copies).hasSize(1);
    CopyGroup wire = copies.get(0);
    assertThat(wire.articleIds().stream().map(outletOf::get))
        .containsExactly("The Daily Lantern", "Northgate Herald");
    assertThat(wire.original()).isEqualTo(wire.articleIds().get(0)).isEqualTo(wire.id());
    assertThat(wire.similarity()).isGreaterThan(0.5);
  }

  @Test
  void containmentCountsACopyCutShortAsACopy() {
    Syndication s = new Syndication(SyndicationOptions.defaults());
    String full =
        "the river rose two metres overnight and the lower town was evacuated before dawn while"
            + " engineers opened two spillway gates and the water authority warned of more rain";
    String cut = full.substring(0, full.indexOf(" while"));
    assertThat(Syndication.containment(s.shingles(cut), s.shingles(full))).isEqualTo(1.0);
    assertThat(Syndication.containment(s.shingles(cut), s.shingles("a different text entirely")))
        .isZero();
  }
}
