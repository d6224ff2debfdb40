package io.corroborate.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import io.corroborate.store.StorySummary;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The story page's answers kept by the server follow the store when a story is written again. */
class StoryAnswersServedTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void aDossierRewrittenInTheStoreIsAnsweredAnew(@TempDir Path dir) throws Exception {
    try (TestServer s = new TestServer(dir, true)) {
      StorySummary old = s.store.stories().get(0);
      String id = old.id();
      String dossier = "/api/stories/" + id + "/dossier";
      String findings = "/api/findings?story=" + id;
      String entities = "/api/entities?story=" + id;
      JsonNode before = JSON.readTree(s.get(dossier).body());
      int findingsBefore = JSON.readTree(s.get(findings).body()).get("items").size();
      int entitiesBefore = JSON.readTree(s.get(entities).body()).get("items").size();
      assertThat(findingsBefore).isPositive();
      assertThat(entitiesBefore).isPositive();
      // Asked again, the same answers.
      assertThat(JSON.readTree(s.get(dossier).body())).isEqualTo(before);
      assertThat(JSON.readTree(s.get(findings).body()).get("items")).hasSize(findingsBefore);

      // Another writer (another process, say) stores the story again, with a finding and an
      // entity fewer; only its update time tells the story's row apart.
      JsonNode after = before.deepCopy();
      ((ArrayNode) after.get("findings")).remove(0);
      ((ArrayNode) after.get("entities")).remove(0);
      s.store.putDossier(
          new StorySummary(
              id,
              old.title(),
              old.articles(),
              old.outlets(),
              old.findings(),
              old.conflicts(),
              old.first(),
              old.last(),
              old.updated().plusSeconds(1)),
          JSON.writeValueAsString(after));

      assertThat(JSON.readTree(s.get(dossier).body())).isEqualTo(after);
      assertThat(JSON.readTree(s.get(findings).body()).get("items")).hasSize(findingsBefore - 1);
      assertThat(JSON.readTree(s.get(entities).body()).get("items")).hasSize(entitiesBefore - 1);
    }
  }
}
