package io.corroborate.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.LongNode;
import org.junit.jupiter.api.Test;

class JsonDiffTest {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static JsonNode read(String json) throws Exception {
    return JSON.readTree(json);
  }

  @Test
  void equalDocumentsHaveNoDifferenceWhateverTheFieldOrderOrNumberType() throws Exception {
    JsonNode a = read("{\"a\": 0, \"b\": [1, {\"c\": \"x\"}]}");
    JsonNode b = read("{\"b\": [1, {\"c\": \"x\"}], \"a\": 0}");
    ((com.fasterxml.jackson.databind.node.ObjectNode) b).set("a", LongNode.valueOf(0));
    assertThat(JsonDiff.first(a, b)).isEmpty();
  }

  @Test
  void theFirstDifferenceIsNamedByItsPath() throws Exception {
    assertThat(
            JsonDiff.first(
                read("{\"b\": [1, {\"c\": \"x\"}]}"), read("{\"b\": [1, {\"c\": \"y\"}]}")))
        .isEqualTo("/b/1/c: \"x\" against \"y\"");
    assertThat(JsonDiff.first(read("{\"b\": [1, 2]}"), read("{\"b\": [1]}")))
        .startsWith("/b: [1,2] against [1]");
    assertThat(JsonDiff.first(read("{\"a\": 1, \"b\": 2}"), read("{\"a\": 1, \"c\": 2}")))
        .isEqualTo("/b: missing from the second");
    assertThat(JsonDiff.first(read("{\"n\": 1.5}"), read("{\"n\": 2}")))
        .isEqualTo("/n: 1.5 against 2");
  }
}
