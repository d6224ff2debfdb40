package io.corroborate.serve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UploadsTest {
  @Test
  void aFileNameLosesEveryPathAndOddCharacter() {
    assertThat(Uploads.safeName("../../etc/passwd.html")).isEqualTo("passwd.html");
    assertThat(Uploads.safeName("C:\\x\\..\\a b.warc.gz")).isEqualTo("a_b.warc.gz");
    assertThat(Uploads.safeName("...")).isEqualTo("upload");
    assertThat(Uploads.safeName(null)).isEqualTo("upload");
    assertThat(Uploads.safeName(".hidden")).isEqualTo("hidden");
    assertThat(Uploads.safeName("x".repeat(300) + ".txt"))
        .hasSize(Uploads.MAX_NAME)
        .endsWith(".txt");
  }

  @Test
  void aContentTypeNamesTheFormat() {
    assertThat(Uploads.nameFor("text/html; charset=utf-8")).contains("upload.html");
    assertThat(Uploads.nameFor("application/x-ndjson")).contains("upload.jsonl");
    assertThat(Uploads.nameFor("application/pdf")).isEmpty();
  }
}
