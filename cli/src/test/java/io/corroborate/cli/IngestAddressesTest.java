package io.corroborate.cli;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.testkit.LocalSite;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code ingest} and {@code analyze} on http(s) addresses served by a real local server. */
class IngestAddressesTest {
  @TempDir Path dir;
  LocalSite site;

  @BeforeEach
  void start() throws IOException {
    site = LocalSite.start();
    site.page(
        "/bridge.html",
        "text/html; charset=utf-8",
        WatchCommandTest.page(
            "Velka bridge reopens",
            "Harbor Wire",
            "2026-04-02",
            "The bridge over the Velka river reopened to traffic on Monday after six months of repairs, the city said."
                + "</p><p>Engineers replaced 40 of the bridge's 120 steel cables, the city's transport office said."));
  }

  @AfterEach
  void stop() {
    site.close();
  }

  @Test
  void aReRunReadsTheKeptResponseAndRefetchAsksAgain() {
    String db = dir.resolve("news.db").toString();
    Cli first =
        Cli.run(
            "ingest",
            site.url("/bridge.html"),
            site.url("/gone.html"),
            "--db",
            db,
            "--host-interval",
            "0s",
            "--json");
    assertThat(first.exit()).as(first.err()).isEqualTo(1);
    assertThat(first.out())
        .contains("\"added\" : 1")
        .contains("\"file\" : \"" + site.url("/gone.html") + "\"")
        .contains("\"kind\" : \"FETCH\"")
        .contains("\"reason\" : \"HTTP 404\"");
    assertThat(Path.of(db + ".fetch")).isDirectory();

    Cli again = Cli.run("ingest", site.url("/bridge.html"), "--db", db, "--host-interval", "0s");
    assertThat(again.exit()).as(again.err()).isZero();
    assertThat(again.out()).contains("1 article(s) (0 new in the store)");
    assertThat(site.requests("/bridge.html")).hasSize(1);

    Cli refetch =
        Cli.run(
            "ingest", site.url("/bridge.html"), "--db", db, "--host-interval", "0s", "--refetch");
    assertThat(refetch.out()).contains("1 article(s) (0 new in the store)");
    assertThat(site.requests("/bridge.html")).hasSize(2);
  }

  @Test
  void aFileOfAddressesIsReadWithTheAtSign() throws IOException {
    Path list = dir.resolve("links.txt");
    Files.writeString(list, "# today's links\n" + site.url("/bridge.html") + "\n");
    Cli r =
        Cli.run(
            "analyze",
            "@" + list,
            "--no-annotate",
            "--db",
            dir.resolve("a.db").toString(),
            "--host-interval",
            "0s",
            "--json");
    assertThat(r.exit()).as(r.err()).isZero();
    assertThat(r.out()).contains("Velka bridge reopens").contains(site.url("/bridge.html"));
  }
}
