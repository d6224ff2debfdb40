package io.corroborate.serve;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class OpenApiTest {
  @Test
  void everyRegisteredRouteIsDescribedAndEveryDescribedRouteIsRegistered(@TempDir Path dir)
      throws Exception {
    try (TestServer s = new TestServer(dir, false)) {
      JsonNode spec = new ObjectMapper().readTree(s.get("/api/openapi.json").body());
      assertThat(spec.get("openapi").asText()).startsWith("3.");
      TreeSet<String> described = new TreeSet<>();
      for (Iterator<Map.Entry<String, JsonNode>> paths = spec.get("paths").fields();
          paths.hasNext(); ) {
        Map.Entry<String, JsonNode> p = paths.next();
        p.getValue()
            .fieldNames()
            .forEachRemaining(m -> described.add(m.toUpperCase(Locale.ROOT) + " " + p.getKey()));
      }
      assertThat(new TreeSet<>(s.server.routes())).isEqualTo(described);
    }
  }
}
