package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.model.ModelJson;
import io.corroborate.testkit.Repo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The dossier of the five real seed articles, end to end with the CoreNLP language layer: the
 * people, organisations and places under all their names, and dates resolved against each article's
 * own date.
 */
@Tag("slow")
class SeedsDossierTest {
  private static JsonNode dossier;

  @BeforeAll
  static void analyzeTheSeeds() throws Exception {
    Path seeds = Repo.sharedOrSkip("corpus/seeds");
    Cli r = Cli.run("analyze", seeds.toString(), "--no-store", "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    dossier = ModelJson.mapper().readTree(r.out());
  }

  private static JsonNode entity(String name) {
    for (JsonNode e : dossier.get("entities")) {
      List<String> names = new ArrayList<>();
      names.add(e.get("name").asText());
      e.get("aliases").forEach(a -> names.add(a.asText()));
      if (names.contains(name)) {
        return e;
      }
    }
    throw new AssertionError("no entity named " + name);
  }

  private static List<String> names(JsonNode e) {
    List<String> names = new ArrayList<>(List.of(e.get("name").asText()));
    e.get("aliases").forEach(a -> names.add(a.asText()));
    return names;
  }

  @Test
  void theTwoPrisonersAndTheLeadersAreFoundUnderAllTheirSpellings() {
    assertThat(names(entity("Paek"))).contains("Paek", "Baek");
    assertThat(entity("Paek").get("type").asText()).isEqualTo("PERSON");
    assertThat(entity("Ri").get("type").asText()).isEqualTo("PERSON");
    assertThat(names(entity("Zelensky"))).contains("Volodymyr Zelensky");
    assertThat(entity("Zelensky").get("articleIds").size()).isGreaterThanOrEqualTo(3);
    assertThat(entity("Kyrylo Budanov").get("type").asText()).isEqualTo("PERSON");
  }

  @Test
  void organisationsAreJoinedWithTheirAcronymsAndOtherNames() {
    assertThat(names(entity("SBU"))).contains("Security Service of Ukraine");
    assertThat(names(entity("NIS"))).contains("National Intelligence Service");
    assertThat(names(entity("Chosun Ilbo"))).contains("Chosun Daily");
    assertThat(names(entity("GUR"))).contains("Main Intelligence Directorate");
    assertThat(entity("SBU").get("reasons").toString()).contains("acronym");
  }

  @Test
  void placesAreJoinedAcrossGenericWords() {
    assertThat(names(entity("Kursk Oblast"))).contains("Kursk region", "Kursk");
    assertThat(entity("Kursk Oblast").get("articleIds").size()).isEqualTo(5);
    assertThat(names(entity("Kyiv")).get(0)).isEqualTo("Kyiv");
  }

  @Test
  void datesAreResolvedAgainstTheDatedArticleAndKeepTheirSentence() {
    List<String> resolved = new ArrayList<>();
    for (JsonNode d : dossier.get("dates")) {
      resolved.add(d.get("text").asText() + "=" + d.get("first").asText());
      assertThat(d.get("sentence").asText()).contains(d.get("text").asText());
    }
    assertThat(resolved).contains("October 10, 2024=2024-10-10", "January 5=2025-01-05");
  }
}
