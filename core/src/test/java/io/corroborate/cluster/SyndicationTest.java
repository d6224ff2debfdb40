package io.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.model.Article;
import io.corroborate.model.Block;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.Role;
import io.corroborate.testkit.Repo;
import java.util.ArrayList;
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

  @Test
  void aStoryOfThousandsOfCopiesOfOneTextIsOneGroupWithBoundedComparisons() {
    SyndicationOptions options = SyndicationOptions.defaults();
    String wire =
        "The river rose two metres overnight and the lower town was evacuated before dawn while"
            + " engineers opened two spillway gates and the water authority warned of more rain"
            + " on Tuesday, the mayor said at a briefing in the town hall.";
    List<Article> copies = new ArrayList<>();
    int n = 3_000;
    for (int i = 0; i < n; i++) {
      copies.add(
          Article.builder()
              .id(String.format("%016x", i))
              .origin(new Origin("feed.xml", i, Format.FEED))
              .blocks(List.of(new Block(wire + " Item " + i + ".", Role.BODY, 0.9, "paragraph")))
              .build());
    }
    Syndication s = new Syndication(options);
    CopyGroups g = s.group(copies);
    assertThat(g.groups()).singleElement().satisfies(c -> assertThat(c.articleIds()).hasSize(n));
    // Every pair would be n * (n - 1) / 2 = 4,498,500 confirmations.
    assertThat(s.confirmedPairs()).isLessThanOrEqualTo((long) n * options.maxComparisons());
  }
}
