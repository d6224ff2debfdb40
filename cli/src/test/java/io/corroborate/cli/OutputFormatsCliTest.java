package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.model.ModelJson;
import io.corroborate.testkit.Repo;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The format options of articles, claims and dossier, run as a user runs them. */
class OutputFormatsCliTest {
  @TempDir Path dir;

  private static List<CSVRecord> csv(String text) throws Exception {
    return CSVFormat.RFC4180
        .builder()
        .setHeader()
        .setSkipHeaderRecord(true)
        .get()
        .parse(new StringReader(text))
        .getRecords();
  }

  @Test
  void articlesAsCsvHaveOneRowPerStoredArticle() throws Exception {
    String db = dir.resolve("c.db").toString();
    Cli ingest =
        Cli.run("ingest", Repo.examples().resolve("kaldor-dam").toString(), "--db", db, "-q");
    assertThat(ingest.exit()).as(ingest.err()).isZero();
    Cli r = Cli.run("articles", "--db", db, "--format", "CSV");
    assertThat(r.exit()).as(r.err()).isZero();
    List<CSVRecord> rows = csv(r.out());
    assertThat(rows).hasSize(12);
    assertThat(rows).extracting(x -> x.get("outlet")).contains("The Maradin Courier");
    assertThat(rows).allSatisfy(x -> assertThat(x.get("id")).hasSize(16));
  }

  @Test
  void anUnknownFormatIsAUsageErrorNamingIt() {
    Cli r = Cli.run("articles", "--db", dir.resolve("c.db").toString(), "--format", "xlsx");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).contains("xlsx").contains("csv");
  }

  /** A stored story's findings as CSV and ClaimReview, and its claims as CSV (CoreNLP layer). */
  @Test
  @Tag("slow")
  void aStoredStoryIsWrittenAsCsvAndClaimReview() throws Exception {
    String db = dir.resolve("c.db").toString();
    Cli analyze =
        Cli.run("analyze", Repo.examples().resolve("kaldor-dam").toString(), "--db", db, "-q");
    assertThat(analyze.exit()).as(analyze.err()).isZero();
    Cli stories = Cli.run("stories", "--db", db, "--json");
    String story =
        ModelJson.mapper()
            .readTree(stories.out().lines().findFirst().orElseThrow())
            .get("id")
            .asText();

    Cli findings = Cli.run("dossier", story, "--db", db, "--format", "csv");
    assertThat(findings.exit()).as(findings.err()).isZero();
    List<CSVRecord> rows = csv(findings.out());
    assertThat(rows).extracting(x -> x.get("verdict")).contains("conflict", "agree");
    assertThat(rows).anySatisfy(x -> assertThat(x.get("low")).isNotEmpty());

    Cli reviews =
        Cli.run(
            "dossier",
            story,
            "--db",
            db,
            "--format",
            "claimreview",
            "--reviewer",
            "Harbor Desk",
            "--review-url",
            "https://desk.example/kaldor.html");
    assertThat(reviews.exit()).as(reviews.err()).isZero();
    JsonNode all = ModelJson.mapper().readTree(reviews.out());
    assertThat(all).isNotEmpty();
    assertThat(all.get(0).get("@type").asText()).isEqualTo("ClaimReview");
    assertThat(all.get(0).get("author").get("name").asText()).isEqualTo("Harbor Desk");
    assertThat(all.get(0).get("url").asText()).startsWith("https://desk.example/kaldor.html#f-");
    assertThat(all.findValuesAsText("alternateName")).contains("sources disagree");

    Path jsonld = dir.resolve("reviews.jsonld");
    Cli byFile = Cli.run("dossier", story, "--db", db, "-o", jsonld.toString());
    assertThat(byFile.exit()).as(byFile.err()).isZero();
    assertThat(Files.readString(jsonld, StandardCharsets.UTF_8)).contains("\"ClaimReview\"");

    Cli claims = Cli.run("claims", "--story", story, "--db", db, "--format", "csv");
    assertThat(claims.exit()).as(claims.err()).isZero();
    assertThat(csv(claims.out()))
        .anySatisfy(
            x -> {
              assertThat(x.get("measure")).isEqualTo("dead");
              assertThat(x.get("low")).isNotEmpty();
            });
  }
}
