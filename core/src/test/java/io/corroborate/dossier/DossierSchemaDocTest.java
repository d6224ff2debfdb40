package io.corroborate.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.model.ModelJson;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.nio.file.Files;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/**
 * The JSON form's documentation ({@code docs/dossier-schema.md}) names every field a real dossier
 * carries, and the schema id it documents is the one written.
 */
class DossierSchemaDocTest {
  @Test
  void everyFieldOfTheExampleDossierIsDocumented() throws IOException {
    String doc = Files.readString(Repo.root().resolve("docs/dossier-schema.md"));
    Corroborate c =
        Corroborate.builder().annotate(new PlainLanguageLayer(), AnnotationCache.none()).build();
    RunSummary run =
        c.run(List.of(Repo.examples().resolve("kaldor-dam").toString()), new RunListener() {});
    List<Dossier> dossiers = c.dossiers(run);
    assertThat(dossiers).isNotEmpty();
    JsonNode json = ModelJson.mapper().readTree(ModelJson.write(dossiers.get(0)));
    Set<String> fields = new TreeSet<>();
    collect(json, fields);
    assertThat(fields)
        .contains("schema", "findings", "attributes", "reasons", "independentOrigins");
    assertThat(fields).allSatisfy(f -> assertThat(doc).as("field %s", f).contains("`" + f + "`"));
    assertThat(doc).contains("`" + Dossier.SCHEMA + "`");
    assertThat(json.get("schema").asText()).isEqualTo(Dossier.SCHEMA);
  }

  private static void collect(JsonNode node, Set<String> out) {
    if (node.isObject()) {
      Iterator<Map.Entry<String, JsonNode>> it = node.fields();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> e = it.next();
        out.add(e.getKey());
        collect(e.getValue(), out);
      }
    } else if (node.isArray()) {
      node.forEach(n -> collect(n, out));
    }
  }
}
