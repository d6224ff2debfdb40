package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.model.ModelJson;
import io.corroborate.testkit.Repo;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CommandLineTest {
  @TempDir Path dir;

  private Path writeStory() throws Exception {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(
        in.resolve("courier.txt"),
        """
         date 2031-03-02 The Veldan river rose two metres overnight and forced the evacuation of the lower town, officials said.

        Engineers at the Orsk dam opened two spillway gates at dawn, the water authority said in a statement.
        """);
    Files.writeString(
        in.resolve("wire.txt"),
        """
        ---
        title: Gates opened at Orsk dam
        outlet: Harbor Wire
        published: 2031-03-03
        ---
        About 3,000 people left their homes in Veldan, the regional governor told reporters on Thursday.

        Engineers at the Orsk dam opened two spillway gates as the Veldan river rose overnight.
        """);
    return in;
  }

  @Test
  void analyzeWritesAMarkdownDossierListingEachArticleWithWhatIsKnown() throws Exception {
    Path in = writeStory();
    Cli r = Cli.run("analyze", in.toString(), "--db", dir.resolve("c.db").toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out())
        .startsWith("# Dossier: The Veldan river rose")
        .contains("2 articles from 1 outlet and 1 that names no outlet");
    assertThat(r.out()).contains("| 2031-03-02 | unnamed outlet (courier.txt) |");
    assertThat(r.err()).contains("2 article(s) (2 new in the store), 0 rejected");
  }

  @Test
  void outputNamesTheBiggestStoryAndPutsTheOthersBesideIt() throws Exception {
    Path in = dir.resolve("two-stories");
    Files.createDirectories(in);
    Files.writeString(
        in.resolve("a-fire.txt"),
        " date 2031-05-05\nFire guts Tollen textile mill\n\nA fire destroyed the weaving hall of"
            + " the Halvorsen textile mill in Tollen overnight, fire chief Marta Quell said.\n");
    for (int i = 1; i <= 3; i++) {
      Files.writeString(
          in.resolve("b-ferry-" + i + ".txt"),
          " date 2031-05-0"
              + (3 + i)
              + "\nFerry Marisol Dawn capsizes off Kestrava\n\nThe ferry Marisol Dawn capsized off"
              + " the port of Kestrava. Captain Ilmar Dovgal sent a distress call and the Kestrava"
              + " coast guard said "
              + (30 + i)
              + " people were dead.\n");
    }
    Path out = dir.resolve("two.md");
    Cli r =
        Cli.run(
            "analyze",
            in.toString(),
            "--db",
            dir.resolve("two.db").toString(),
            "-o",
            out.toString());
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(Files.readString(out)).contains("3 articles").contains("Marisol Dawn");
    try (var others = Files.list(dir)) {
      assertThat(others.map(p -> p.getFileName().toString()))
          .anySatisfy(n -> assertThat(n).startsWith("two-s").endsWith(".md"));
    }
  }

  @Test
  void analyzeWritesHtmlAndJsonFilesChosenByExtension() throws Exception {
    Path in = writeStory();
    Path html = dir.resolve("d.html");
    Path json = dir.resolve("d.json");
    assertThat(Cli.run("analyze", in.toString(), "--no-store", "-o", html.toString()).exit())
        .isZero();
    assertThat(Cli.run("analyze", in.toString(), "--no-store", "-o", json.toString()).exit())
        .isZero();
    assertThat(Files.readString(html)).startsWith("<!DOCTYPE html>").contains("Veldan river");
    JsonNode n = ModelJson.mapper().readTree(json.toFile());
    assertThat(n.get("schema").asText()).isEqualTo("corroborate.dossier/4");
    assertThat(n.get("articles")).hasSize(2);
    assertThat(Files.exists(dir.resolve("corroborate.db"))).isFalse();
  }

  @Test
  void ingestTwiceStoresEachArticleOnceAndArticlesListsThem() throws Exception {
    Path in = writeStory();
    String db = dir.resolve("c.db").toString();
    Cli first = Cli.run("ingest", in.toString(), "--db", db, "--json");
    assertThat(first.exit()).isZero();
    assertThat(ModelJson.mapper().readTree(first.out()).get("added").asInt()).isEqualTo(2);
    Cli second = Cli.run("ingest", in.toString(), "--db", db, "--json");
    JsonNode n = ModelJson.mapper().readTree(second.out());
    assertThat(n.get("added").asInt()).isZero();
    assertThat(n.get("articles").findValuesAsText("outcome")).containsOnly("already-stored");
    Cli list = Cli.run("articles", "--db", db);
    assertThat(list.out().lines().count()).isEqualTo(3);
    assertThat(list.out()).contains("Harbor Wire").contains("Gates opened at Orsk dam");
  }

  @Test
  void showFindsAnArticleByIdPrefixWithTheEvidenceOfItsFields() throws Exception {
    Path in = writeStory();
    String db = dir.resolve("c.db").toString();
    Cli.run("ingest", in.toString(), "--db", db);
    String line =
        Cli.run("articles", "--db", db, "--json")
            .out()
            .lines()
            .filter(l -> l.contains("Harbor Wire"))
            .findFirst()
            .orElseThrow();
    String id = ModelJson.mapper().readTree(line).get("id").asText();
    Cli show = Cli.run("show", id.substring(0, 6), "--db", db, "--removed");
    assertThat(show.exit()).as(show.err()).isZero();
    assertThat(show.out())
        .contains("outlet:    Harbor Wire")
        .contains("3,000 people")
        .contains("removed (");
    assertThat(Cli.run("show", "ffffffffffff", "--db", db).exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aMissingInputIsRejectedTheRunGoesOnAndTheExitCodeSaysSo() throws Exception {
    Path in = writeStory();
    String db = dir.resolve("c.db").toString();
    Cli r = Cli.run("ingest", dir.resolve("nope.txt").toString(), in.toString(), "--db", db);
    assertThat(r.exit()).isEqualTo(ExitCodes.SOME_REJECTED);
    assertThat(r.out()).contains("2 article(s)").contains("1 rejected");
    assertThat(Cli.run("articles", "--db", db, "--rejected").out())
        .contains("nope.txt")
        .contains("no such file");
  }

  @Test
  void strictModeStopsAtTheFirstBadInputWithExitThree() throws Exception {
    Path in = writeStory();
    Cli r =
        Cli.run(
            "analyze", "--strict", "--no-store", dir.resolve("nope.txt").toString(), in.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.IO_OR_STORE);
    assertThat(r.err()).contains("nope.txt");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(Cli.run("analyze").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run("frobnicate").exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(Cli.run().exit()).isEqualTo(ExitCodes.USAGE);
  }

  @Test
  void aStoreThatCannotBeOpenedExitsThreeNamingIt() throws Exception {
    Path in = writeStory();
    Path notDb = dir.resolve("notes.db");
    Files.writeString(notDb, "not a database ".repeat(300));
    Cli r = Cli.run("ingest", in.toString(), "--db", notDb.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.IO_OR_STORE);
    assertThat(r.err()).contains("notes.db");
  }

  @Test
  void extractPrintsMainTextAndWithRolesEveryPassage() throws Exception {
    Path in = writeStory();
    Cli text = Cli.run("extract", in.resolve("wire.txt").toString());
    assertThat(text.exit()).isZero();
    assertThat(text.out()).startsWith("Gates opened at Orsk dam").contains("About 3,000 people");
    Cli roles = Cli.run("extract", "--roles", in.resolve("courier.txt").toString());
    assertThat(roles.out()).contains("body").contains("kept");
  }

  @Test
  void analyzeOfTheSeedsListsFiveArticlesWithTheDateOfTheOneThatHasADateLine() throws Exception {
    Path seeds = Repo.sharedOrSkip("corpus/seeds");
    Cli r = Cli.run("analyze", seeds.toString(), "--no-store", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    JsonNode articles = ModelJson.mapper().readTree(r.out()).get("articles");
    assertThat(articles).hasSize(5);
    boolean dated = false;
    for (JsonNode a : articles) {
      if (a.get("origin").get("file").asText().contains("001_")) {
        assertThat(a.get("published").asText()).startsWith("2025-02-19");
        dated = true;
      }
    }
    assertThat(dated).isTrue();
  }
}
