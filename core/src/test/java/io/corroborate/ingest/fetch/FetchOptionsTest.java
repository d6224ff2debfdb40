package io.corroborate.ingest.fetch;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FetchOptionsTest {
  private final FetchOptions d = FetchOptions.defaults("1.2.3");

  @Test
  void eachWitherChangesItsOwnComponentAndKeepsEveryOther() {
    FetchOptions o =
        d.withUserAgent("Corroborate/1.2.3 (+mailto:desk@example.org)")
            .withTimeout(Duration.ofSeconds(7))
            .withMaxBytes(1234)
            .withHostInterval(Duration.ofMillis(250))
            .withRefetch(true)
            .withCache(Path.of("cache"));
    assertThat(o)
        .isEqualTo(
            new FetchOptions(
                "Corroborate/1.2.3 (+mailto:desk@example.org)",
                d.productToken(),
                d.connectTimeout(),
                Duration.ofSeconds(7),
                1234,
                Duration.ofMillis(250),
                d.maxCrawlDelay(),
                d.maxRedirects(),
                d.maxSitemapDepth(),
                d.maxLinks(),
                true,
                Optional.of(Path.of("cache"))));
    assertThat(d.withRefetch(false)).isEqualTo(d);
  }

  @Test
  void aWitherStillChecksTheOptionsItMakes() {
    assertThatThrownBy(() -> d.withMaxBytes(0)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> d.withTimeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class);
  }
}
