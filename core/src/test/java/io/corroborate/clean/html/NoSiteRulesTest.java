package io.corroborate.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The extractor is general: no domain of the benchmark's pages appears in the main source tree. */
class NoSiteRulesTest {
  @Test
  void noBenchmarkDomainAppearsInTheMainSources() throws IOException {
    Path evaldata = Repo.sharedOrSkip("bench/trafilatura-eval/evaldata.json");
    Set<String> domains = new TreeSet<>();
    JsonNode root = new ObjectMapper().readTree(evaldata.toFile());
    for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
      String key = it.next();
      try {
        String host = URI.create(key.strip().replace(" ", "%20")).getHost();
        if (host != null && host.contains(".")) {
          host = host.toLowerCase(Locale.ROOT);
          domains.add(host.startsWith("www.") ? host.substring(4) : host);
        }
      } catch (IllegalArgumentException e) {
        // keys that are not URLs name no domain
      }
    }
    assertThat(domains).hasSizeGreaterThan(100);
    Path main = Repo.root().resolve("core/src/main");
    List<String> hits = new ArrayList<>();
    try (Stream<Path> files = Files.walk(main)) {
      for (Path f : files.filter(Files::isRegularFile).toList()) {
        String text = Files.readString(f).toLowerCase(Locale.ROOT);
        for (String d : domains) {
          if (text.contains(d)) {
            hits.add(main.relativize(f) + ": " + d);
          }
        }
      }
    }
    assertThat(hits).as("benchmark domains in core/src/main").isEmpty();
  }
}
