package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.Ids;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TextReaderTest {
  @TempDir Path dir;

  @Test
  void dateLineRunningIntoTheBodyGivesThePublicationDate() throws Exception {
    Path p =
        Collected.write(
            dir,
            "a.txt",
            " date 2025-02-19 The ferry ran again on Tuesday.\n\nIt had stopped for a week.");
    RawDocument d = Collected.file(p).only();
    assertThat(d.hint("published"))
        .contains(new FieldSource("published", "2025-02-19", "leading date line"));
    assertThat(d.content())
        .startsWith("The ferry ran again on Tuesday.")
        .doesNotContain("2025-02-19");
    assertThat(d.format()).isEqualTo(Format.TEXT);
    assertThat(d.origin().offset()).isZero();
    assertThat(d.contentId()).isEqualTo(Ids.sha256(Files.readAllBytes(p)));
    assertThat(d.charset()).isEqualTo("UTF-8");
  }

  @Test
  void dateLineOnItsOwnLineIsRemovedFromTheBody() {
    RawDocument d =
        Collected.file(Collected.write(dir, "b.txt", "date 2024-12-31\nThe wall was finished.\n"))
            .only();
    assertThat(d.hint("published").map(FieldSource::value)).contains("2024-12-31");
    assertThat(d.content()).isEqualTo("The wall was finished.\n");
  }

  @Test
  void impossibleDateIsNotAHint() {
    RawDocument d =
        Collected.file(Collected.write(dir, "c.txt", "date 2024-13-45 The wall was finished.\n"))
            .only();
    assertThat(d.hint("published")).isEmpty();
  }

  @Test
  void frontMatterGivesTitleOutletAuthorsAndDates() {
    String text =
        "---\ntitle: \"Harbour wall to be rebuilt\"\noutlet: The Harbour Ledger\nurl: https://ledger.example/wall\n"
            + "authors:\n  - Ada Lane\n  - Bo Chen\npublished: 2025-02-19 10:15:00\nlanguage: en\n---\nThe council voted on Monday.\n";
    RawDocument d = Collected.file(Collected.write(dir, "fm.txt", text)).only();
    assertThat(d.hint("title").map(FieldSource::value)).contains("Harbour wall to be rebuilt");
    assertThat(d.hint("outlet"))
        .contains(new FieldSource("outlet", "The Harbour Ledger", "front matter outlet"));
    assertThat(d.hint("url").map(FieldSource::value)).contains("https://ledger.example/wall");
    assertThat(d.hints("author"))
        .extracting(FieldSource::value)
        .containsExactly("Ada Lane", "Bo Chen");
    assertThat(d.hint("published").map(FieldSource::value)).contains("2025-02-19T10:15:00Z");
    assertThat(d.hint("language").map(FieldSource::value)).contains("en");
    assertThat(d.content()).isEqualTo("The council voted on Monday.\n");
  }

  @Test
  void sidecarWinsOverFrontMatterAndFrontMatterOverTheCaller() {
    Path p =
        Collected.write(
            dir,
            "story.txt",
            "---\noutlet: Front Matter Weekly\ndate: 2025-01-02\n---\nThe council voted.\n");
    Collected.write(
        dir,
        "story.meta.json",
        "{\"outlet\":\"Sidecar Daily\",\"title\":\"Vote\",\"authors\":[\"Cy Dee\"],\"published\":\"2025-01-03\"}");
    Ingest ingest = new Ingest(IngestOptions.defaults().withOutlet("Caller News"));
    RawDocument d = Collected.file(ingest, p).only();
    assertThat(d.hints("outlet"))
        .extracting(FieldSource::value)
        .containsExactly("Sidecar Daily", "Front Matter Weekly", "Caller News");
    assertThat(d.hint("outlet").get().source()).isEqualTo("sidecar story.meta.json outlet");
    assertThat(d.hint("published").map(FieldSource::value)).contains("2025-01-03");
    assertThat(d.hint("author").map(FieldSource::value)).contains("Cy Dee");
  }

  @Test
  void sidecarNamedAfterTheFullFileNameIsFound() {
    Path p = Collected.write(dir, "x.txt", "The council voted.\n");
    Collected.write(dir, "x.txt.meta.json", "{\"outlet\":\"Full Name Gazette\"}");
    assertThat(Collected.file(p).only().hint("outlet").map(FieldSource::value))
        .contains("Full Name Gazette");
  }

  @Test
  void brokenSidecarIsRejectedButTheArticleIsStillRead() {
    Path p = Collected.write(dir, "y.txt", "The council voted.\n");
    Collected.write(dir, "y.meta.json", "{\"outlet\": ");
    Collected c = Collected.file(p);
    assertThat(c.docs).hasSize(1);
    assertThat(c.onlyRejection().file()).endsWith("y.meta.json");
    assertThat(c.onlyRejection().kind()).isEqualTo(Rejection.Kind.UNREADABLE);
  }

  @Test
  void callerOutletIsTheOnlyOutletWhenTheFileSaysNone() {
    Ingest ingest = new Ingest(IngestOptions.defaults().withOutlet("Caller News"));
    RawDocument d =
        Collected.file(ingest, Collected.write(dir, "z.txt", "The council voted.\n")).only();
    assertThat(d.hint("outlet"))
        .contains(new FieldSource("outlet", "Caller News", "given by the caller"));
  }

  @Test
  void noOutletHintWithoutAnySource() {
    assertThat(
            Collected.file(Collected.write(dir, "n.txt", "The council voted.\n"))
                .only()
                .hint("outlet"))
        .isEmpty();
  }

  @Test
  void windows1252TextFallsBackAndSaysWhy() {
    byte[] bytes =
        "The caf\u00e9 said \u201cno\u201d to the plan.\n"
            .getBytes(Charset.forName("windows-1252"));
    RawDocument d = Collected.file(Collected.write(dir, "w.txt", bytes)).only();
    assertThat(d.content()).contains("caf\u00e9", "\u201cno\u201d");
    assertThat(d.charset()).isEqualTo("windows-1252");
    assertThat(d.charsetSource()).contains("not valid UTF-8");
  }

  @Test
  void byteOrderMarksDecideTheCharset() {
    byte[] utf16 = "\uFEFFThe caf\u00e9 opened.".getBytes(StandardCharsets.UTF_16BE);
    RawDocument d = Collected.file(Collected.write(dir, "u16.txt", utf16)).only();
    assertThat(d.content()).isEqualTo("The caf\u00e9 opened.");
    assertThat(d.charsetSource()).isEqualTo("byte order mark");
    byte[] utf8 = "\uFEFF date 2025-02-19 The caf\u00e9 opened.".getBytes(StandardCharsets.UTF_8);
    RawDocument d8 = Collected.file(Collected.write(dir, "u8.txt", utf8)).only();
    assertThat(d8.hint("published").map(FieldSource::value)).contains("2025-02-19");
    assertThat(d8.content()).isEqualTo("The caf\u00e9 opened.");
  }

  @Test
  void whitespaceOnlyFileIsEmpty() {
    assertThat(Collected.file(Collected.write(dir, "ws.txt", "  \n\n\t ")).onlyRejection().kind())
        .isEqualTo(Rejection.Kind.EMPTY);
  }

  @Test
  void gzippedTextIsReadThroughGzip() {
    byte[] gz =
        io.corroborate.testkit.BadInputs.gzip(
            "date 2025-02-19 The ferry ran.\n".getBytes(StandardCharsets.UTF_8));
    RawDocument d = Collected.file(Collected.write(dir, "t.txt.gz", gz)).only();
    assertThat(d.content()).isEqualTo("The ferry ran.\n");
    assertThat(d.hint("published").map(FieldSource::value)).contains("2025-02-19");
  }
}
