package io.corroborate.store.jdbc;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class StoreUrlsTest {
  @Test
  void aPasswordInTheUserPartOrAParameterIsMasked() {
    assertThat(StoreUrls.mask("cannot open postgresql://ann:hunter2@db:5432/news: refused"))
        .isEqualTo("cannot open postgresql://ann:***@db:5432/news: refused");
    assertThat(StoreUrls.mask("jdbc:postgresql://db/news?user=ann&password=hunter2&ssl=true"))
        .isEqualTo("jdbc:postgresql://db/news?user=ann&password=***&ssl=true");
  }

  @Test
  void textWithoutAPasswordIsLeftAlone() {
    assertThat(StoreUrls.mask("store /tmp/news.db: cannot read"))
        .isEqualTo("store /tmp/news.db: cannot read");
    assertThat(StoreUrls.mask("postgresql://ann@db/news")).isEqualTo("postgresql://ann@db/news");
    assertThat(StoreUrls.mask(null)).isNull();
  }
}
