package io.corroborate.serve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class DossierPartsTest {
  private static JsonNode parts(String json) throws IOException {
    return ApiServer.listedParts(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void theListsKeepFindingsEntitiesAndProfilesWholeAndPassOverTheRest() throws IOException {
    JsonNode p =
        parts(
            "{\"schema\":4,\"articles\":[{\"text\":\"Velmora \\\"flood\\\" {x}\",\"findings\":[1]}],"
                + "\"findings\":[{\"id\":\"conflict:dead\",\"kind\":\"CONFLICT\","
                + "\"support\":[{\"articleId\":\"a1\",\"value\":\"14\"}]}],"
                + "\"figures\":{\"entities\":[\"not these\"]},"
                + "\"entities\":[{\"name\":\"Anna Kovel\",\"aliases\":[\"A. Kovel\"]}],"
                + "\"profiles\":[],\"timeline\":[]}");
    assertThat(p.fieldNames()).toIterable().containsExactly("findings", "entities", "profiles");
    assertThat(p.path("findings").get(0).path("support").get(0).path("value").asText())
        .isEqualTo("14");
    assertThat(p.path("entities")).hasSize(1);
    assertThat(p.path("entities").get(0).path("aliases").get(0).asText()).isEqualTo("A. Kovel");
  }

  @Test
  void aDossierWithoutListsHasEmptyParts() throws IOException {
    assertThat(parts("{\"schema\":4,\"articles\":[]}").size()).isZero();
  }

  @Test
  void storedTextThatIsNotAnObjectIsAnError() {
    assertThatThrownBy(() -> parts("[1,2]")).isInstanceOf(IOException.class);
  }
}
