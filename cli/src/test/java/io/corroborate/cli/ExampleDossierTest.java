package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.model.ModelJson;
import io.corroborate.testkit.Repo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** The dossier of the example story, as its answer key (examples/README.md) says it should read. */
@Tag("slow")
class ExampleDossierTest {
  private static JsonNode dossier;

  @BeforeAll
  static void analyzeTheExamples() throws Exception {
    Cli r =
        Cli.run(
            "analyze", Repo.examples().resolve("kaldor-dam").toString(), "--no-store", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    dossier = ModelJson.mapper().readTree(r.out());
  }

  private static List<String> figures(String measure) {
    List<String> out = new ArrayList<>();
    for (JsonNode f : dossier.get("figures")) {
      if (f.get("measure").asText().equals(measure)) {
        out.add(
            f.get("value").asText()
                + " @ "
                + f.get("holds").asText()
                + " by "
                + f.get("chain").asText());
      }
    }
    return out;
  }

  @Test
  void theDeathTollShowsTheAuthoritysUpdatesAndTheGovernorsHigherFigure() {
    List<String> dead = figures("dead");
    assertThat(dead)
        .anyMatch(
            f ->
                f.startsWith("14 @ 2026-03-09")
                    && f.contains("National Civil Protection Authority"));
    assertThat(dead)
        .anyMatch(
            f ->
                f.startsWith("17 @ 2026-03-20")
                    && f.contains("National Civil Protection Authority"));
    assertThat(dead)
        .anyMatch(f -> f.startsWith("at least 20 @ 2026-03-08") && f.contains("Valinska"));
    assertThat(figures("injured")).anyMatch(f -> f.startsWith("31 @ 2026-03-06"));
    assertThat(figures("casualties"))
        .anyMatch(f -> f.startsWith("40 @ 2026-03-06") && f.contains("governor"));
  }

  @Test
  void theEngineerIsOnePersonUnderBothSpellingsAndTheTownUnderBoth() {
    List<String> engineer = new ArrayList<>();
    List<String> town = new ArrayList<>();
    for (JsonNode e : dossier.get("entities")) {
      List<String> names = new ArrayList<>(List.of(e.get("name").asText()));
      e.get("aliases").forEach(a -> names.add(a.asText()));
      if (names.contains("Miroslav Tezhdan")) {
        engineer.addAll(names);
      }
      if (names.contains("Brenitsa") && e.get("type").asText().equals("LOCATION")) {
        town.addAll(names);
      }
    }
    assertThat(engineer).contains("Miroslav Tejdan");
    assertThat(town).contains("Brenica");
  }

  @Test
  void theOutletKnownOnlyByItsDomainInOneRecordIsCountedOnce() {
    List<String> outlets = new ArrayList<>();
    dossier.get("sources").forEach(s -> outlets.add(s.get("outlet").asText()));
    assertThat(outlets).hasSize(10).contains("Ostrel Today").doesNotContain("ostreltoday.example");
  }
}
