package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** What {@code serve} refuses before it opens anything. */
class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void theTokenIsGivenOnceNotAsBothAFileAndAnOption() throws Exception {
    Path token = dir.resolve("token");
    Files.writeString(token, "s3cret\n");
    Path db = dir.resolve("news.db");
    Cli r =
        Cli.run("serve", "--db", db.toString(), "--token-file", token.toString(), "--token", "x");
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err()).startsWith("give the token once: --token-file or --token, not both");
    assertThat(db).doesNotExist();
  }

  @Test
  void anEmptyTokenFileIsAUsageErrorNamingTheFile() throws Exception {
    Path token = dir.resolve("token");
    Files.writeString(token, "  \n");
    Path db = dir.resolve("news.db");
    Cli r = Cli.run("serve", "--db", db.toString(), "--token-file", token.toString());
    assertThat(r.exit()).isEqualTo(ExitCodes.USAGE);
    assertThat(r.err())
        .isEqualTo("corroborate: the token file " + token + " is empty" + System.lineSeparator());
    assertThat(db).doesNotExist();
  }

  @Test
  void aBadPostgresqlUrlIsReportedWithoutItsPassword() throws Exception {
    Cli r = Cli.run("serve", "--db", "postgresql://ann:hunter2@127.0.0.1:1/news", "--plain");
    assertThat(r.exit()).isEqualTo(ExitCodes.IO_OR_STORE);
    assertThat(r.err()).contains("postgresql://ann@127.0.0.1:1/news").doesNotContain("hunter2");
  }
}
