package io.corroborate.testkit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;

/**
 * A dossier's JSON made comparable across the doors it came through: each door names the file an
 * article came from as it saw it (a path on the command line, an uploaded file's name on the
 * server, a Hadoop path in the Spark job), so the file is reduced to its name.
 *
 * <pre>{@code
 * assertThat(JsonDiff.first(DossierJson.comparable(a), DossierJson.comparable(b))).isEmpty();
 * }</pre>
 */
public final class DossierJson {
  private DossierJson() {}

  /** A copy of {@code dossier} with each article's origin file reduced to its name. */
  public static JsonNode comparable(JsonNode dossier) {
    JsonNode copy = dossier.deepCopy();
    for (JsonNode a : copy.path("articles")) {
      ObjectNode origin = (ObjectNode) a.get("origin");
      origin.put("file", Path.of(origin.get("file").asText()).getFileName().toString());
    }
    return copy;
  }
}
