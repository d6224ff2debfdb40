package io.corroborate.bench.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.bench.news.SyntheticNews;
import io.corroborate.store.StorySummary;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeBenchTest {
  @Test
  void madeUpNewsIsTheSameForTheSameSeedAndVariesBetweenStories() throws Exception {
    List<String> a = new SyntheticNews(7).story(3, 5);
    assertThat(new SyntheticNews(7).story(3, 5)).isEqualTo(a);
    assertThat(new SyntheticNews(8).story(3, 5)).isNotEqualTo(a);
    Set<String> titles = new HashSet<>();
    Set<String> outlets = new HashSet<>();
    ObjectMapper json = new ObjectMapper();
    for (int s = 0; s < 10; s++) {
      for (String line : new SyntheticNews(7).story(s, 5)) {
        JsonNode j = json.readTree(line);
        assertThat(j.get("maintext").asText()).hasSizeGreaterThan(300);
        titles.add(j.get("title").asText());
        outlets.add(j.get("source_domain").asText());
      }
    }
    assertThat(titles).hasSizeGreaterThan(40);
    assertThat(outlets).hasSizeGreaterThan(10);
  }

  @Test
  void theRareWordOfATitleIsTheOneFewestTitlesShare() {
    Instant now = Instant.parse("2026-01-01T00:00:00Z");
    List<StorySummary> stories =
        List.of(
            new StorySummary(
                "a",
                "Flood in Marvik: residents evacuated",
                1,
                1,
                0,
                0,
                Optional.empty(),
                Optional.empty(),
                now),
            new StorySummary(
                "b",
                "Flood in Ostrava: residents evacuated",
                1,
                1,
                0,
                0,
                Optional.empty(),
                Optional.empty(),
                now));
    assertThat(ServeBench.rareWords(stories)).containsExactly("Marvik", "Ostrava");
  }

  @Test
  void spreadKeepsEveryIdOnce() {
    List<String> ids = List.of("a", "b", "c", "d", "e", "f", "g", "h", "i");
    assertThat(ServeBench.spread(ids))
        .containsExactlyInAnyOrderElementsOf(ids)
        .startsWith("a", "h");
  }

  @Test
  void percentilesAreNearestRank() {
    long[] sorted = new long[100];
    for (int i = 0; i < 100; i++) {
      sorted[i] = i + 1;
    }
    assertThat(ServeBench.percentile(sorted, 0.50)).isEqualTo(50);
    assertThat(ServeBench.percentile(sorted, 0.99)).isEqualTo(99);
    assertThat(ServeBench.percentile(new long[] {7}, 0.99)).isEqualTo(7);
    assertThat(ServeBench.median(new double[] {1, 2, 10})).isEqualTo(2);
    assertThat(ServeBench.median(new double[] {1, 3})).isEqualTo(2);
  }

  @Test
  void bothLoopsWriteTheFiguresTheyShareByOneMethod() {
    ServeBench.Target t = new ServeBench.Target("search_common", "a word", 1, i -> List.of());
    assertThat(
            ServeBench.figureLines(
                t,
                new double[] {1.5, 2.25},
                200,
                3,
                40,
                ServeBench.figure(t, "unanswered", "%.0f", 2)))
        .containsExactly(
            "figure bench.serve search_common_server_cpu_ms 1.500",
            "figure bench.serve search_common_process_cpu_ms 2.250",
            "figure bench.serve search_common_requests_per_s 200.0",
            "figure bench.serve search_common_p50_ms 3.00",
            "figure bench.serve search_common_p99_ms 40.00",
            "figure bench.serve search_common_unanswered 2");
  }

  @Test
  void aSmallRunFillsAStoreAndPrintsEveryFigure(@TempDir Path dir) {
    StringWriter out = new StringWriter();
    CommandLine cl = new CommandLine(new ServeBench()).setOut(new PrintWriter(out));
    int exit =
        cl.execute(
            "--db", dir.resolve("small.db").toString(),
            "--articles", "30",
            "--per-story", "10",
            "--clients", "2",
            "--requests", "10",
            "--search-requests", "5",
            "--warmup", "0",
            "--reps", "1",
            "--mixed", "5");
    assertThat(exit).as(out.toString()).isZero();
    assertThat(out.toString()).contains("30 articles");
    for (String target :
        List.of(
            "dossier",
            "story",
            "findings",
            "entities",
            "story_page",
            "article",
            "search_name",
            "search_common")) {
      for (String figure :
          List.of(
              "_requests_per_s ",
              "_p50_ms ",
              "_p99_ms ",
              "_spread ",
              "_server_cpu_ms ",
              "_process_cpu_ms ")) {
        assertThat(out.toString()).contains("figure bench.serve " + target + figure);
      }
    }
    // Every kind of the mixed load is answered as it should be, and nothing fails on the server.
    assertThat(out.toString())
        .contains(
            "upload 201",
            "bad_multipart 400",
            "too_large 413",
            "no_token 401",
            "figure bench.serve mixed_server_errors 0",
            "figure bench.serve heap_used_max_mb ");
  }
}
