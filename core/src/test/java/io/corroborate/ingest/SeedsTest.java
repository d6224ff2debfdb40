package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.RawDocument;
import io.corroborate.testkit.Repo;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** The five real seed articles in ../shared (read at run time, never copied). */
class SeedsTest {
  @Test
  void seedsReadAsFiveTextDocumentsAndTheDateLineGivesThePublicationDate() {
    Path seeds = Repo.sharedOrSkip("corpus/seeds");
    Collected c = Collected.run(new Ingest(IngestOptions.defaults()), seeds.toString());
    assertThat(c.rejections).isEmpty();
    assertThat(c.docs)
        .hasSize(5)
        .allSatisfy(
            d -> {
              assertThat(d.format()).isEqualTo(Format.TEXT);
              assertThat(d.content()).isNotBlank();
              assertThat(d.charset()).isEqualTo("UTF-8");
            });
    assertThat(c.docs).extracting(RawDocument::contentId).doesNotHaveDuplicates();
    RawDocument d001 =
        c.docs.stream()
            .filter(d -> Path.of(d.origin().file()).getFileName().toString().startsWith("001"))
            .findFirst()
            .orElseThrow();
    assertThat(d001.hint("published"))
        .contains(new FieldSource("published", "2025-02-19", "leading date line"));
    assertThat(d001.content()).doesNotStartWith(" ").doesNotContain("date 2025-02-19");
  }
}
