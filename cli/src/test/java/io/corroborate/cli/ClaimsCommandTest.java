package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.model.ModelJson;
import io.corroborate.testkit.Repo;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** {@code corroborate claims} on the example story, end to end with the CoreNLP language layer. */
@Tag("slow")
class ClaimsCommandTest {
  private static List<JsonNode> claims(String... extra) throws Exception {
    List<String> args =
        new ArrayList<>(
            List.of(
                "claims",
                Repo.examples().resolve("kaldor-dam").toString(),
                "--no-store",
                "--json"));
    args.addAll(List.of(extra));
    Cli r = Cli.run(args.toArray(String[]::new));
    assertThat(r.exit()).as(r.err()).isZero();
    List<JsonNode> out = new ArrayList<>();
    for (String line : r.out().lines().toList()) {
      out.add(ModelJson.mapper().readTree(line));
    }
    return out;
  }

  @Test
  void theDeathTollsComeWithWhoSaysThemAndTheOutletThatPublished() throws Exception {
    List<JsonNode> all = claims();
    assertThat(all)
        .anySatisfy(
            c -> {
              assertThat(c.get("claim").get("measure").asText()).isEqualTo("dead");
              assertThat(c.get("valueText").asText()).isEqualTo("17");
              assertThat(c.get("chain").asText())
                  .contains("National Civil Protection Authority")
                  .endsWith("Civic Ledger - Disasters & Infrastructure");
            });
    assertThat(all)
        .anySatisfy(
            c -> {
              assertThat(c.get("claim").get("measure").asText()).isEqualTo("dead");
              assertThat(c.get("valueText").asText()).isEqualTo("at least 20");
              assertThat(c.get("chain").asText()).contains("Valinska");
              assertThat(c.get("claim").get("value").get("bounds").get("low").asDouble())
                  .isEqualTo(20.0);
            });
    for (JsonNode c : all) {
      assertThat(c.get("sentence").asText()).contains(c.get("valueText").asText());
    }
  }

  @Test
  void kindFiltersTheClaims() throws Exception {
    List<JsonNode> quotes = claims("--kind", "QUOTE");
    assertThat(quotes)
        .isNotEmpty()
        .allSatisfy(c -> assertThat(c.get("claim").get("kind").asText()).isEqualTo("QUOTE"));
  }
}
