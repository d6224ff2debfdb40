package io.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.model.Article;
import io.corroborate.testkit.Repo;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.ObjectInputStream;
import java.io.ObjectOutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Articles read apart ({@link StoryClusterer#prepare}, as a Spark map task reads them) and added
 * later to another clusterer, after a trip through Java serialization, form exactly the stories,
 * assignments, scores and reasons that adding the articles themselves forms.
 */
class PreparedArticlesTest {
  @TempDir Path dir;

  @Test
  void preparedArticlesFormTheStoriesTheirArticlesForm() throws Exception {
    // Made-up reports besides the example story: a flood told in English (one report writing a
    // name in another case, so a clusterer shows the first form it saw) and in German, and a fire.
    report(
        "flood1.txt",
        "2031-04-02",
        "Velmora river floods the old town",
        "The Velmora river burst its banks on Tuesday and flooded the old town of Ostrand. Mayor"
            + " Anna Kovel said 300 homes were under water and the McArdle Bridge was closed.");
    report(
        "flood2.txt",
        "2031-04-03",
        "Ostrand counts the cost of the Velmora flood",
        "Mayor Anna Kovel said the flood damaged 300 homes in Ostrand. The Mcardle Bridge over the"
            + " Velmora river will stay closed for a week, engineers said.");
    report(
        "flood-de.txt",
        "2031-04-03",
        "Hochwasser in Ostrand: Velmora tritt über die Ufer",
        "Die Velmora ist in Ostrand über die Ufer getreten. Bürgermeisterin Anna Kovel sagte, 300"
            + " Häuser stünden unter Wasser. Die McArdle-Brücke bleibt gesperrt.");
    report(
        "fire.txt",
        "2031-04-02",
        "Warehouse fire in Brennick harbour",
        "A fire destroyed a grain warehouse in the harbour of Brennick overnight, the fire service"
            + " said. Teo Varn, who owns the warehouse, said nobody was hurt.");
    Corroborate core = Corroborate.create();
    RunSummary run =
        core.run(
            List.of(Repo.examples().resolve("kaldor-dam").toString(), dir.toString()),
            new RunListener() {});
    List<Article> articles = run.articles();

    StoryClusterer direct = core.clusterer();
    List<StoryAssignment> expected =
        direct.addBatch(articles, id -> Optional.ofNullable(run.annotations().get(id)));

    StoryClusterer reader = core.clusterer();
    List<StoryClusterer.Prepared> prepared = new ArrayList<>();
    for (Article a : articles) {
      prepared.add(
          roundTrip(reader.prepare(a, Optional.ofNullable(run.annotations().get(a.id())))));
    }
    StoryClusterer later = core.clusterer();
    List<StoryAssignment> actual = later.addPrepared(prepared);

    assertThat(direct.stories()).anySatisfy(s -> assertThat(s.articleIds()).hasSizeGreaterThan(3));
    assertThat(direct.stories()).hasSizeGreaterThan(1);
    assertThat(actual).isEqualTo(expected);
    assertThat(later.stories()).isEqualTo(direct.stories());
    // A prepared article is never changed by the clusterers it goes into: a second one agrees.
    assertThat(core.clusterer().addPrepared(prepared)).isEqualTo(expected);
  }

  private void report(String name, String date, String title, String body) throws Exception {
    Files.writeString(
        dir.resolve(name),
        "---\ntitle: " + title + "\npublished: " + date + "T09:00:00+00:00\n---\n" + body + "\n");
  }

  private static StoryClusterer.Prepared roundTrip(StoryClusterer.Prepared p) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(p);
    }
    try (ObjectInputStream in =
        new ObjectInputStream(new ByteArrayInputStream(bytes.toByteArray()))) {
      return (StoryClusterer.Prepared) in.readObject();
    }
  }
}
