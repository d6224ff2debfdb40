package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.RawDocument;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HtmlReaderTest {
  @TempDir Path dir;

  private static final String BODY = "<p>The caf\u00e9 on the quay re-opened on Tuesday.</p>";

  @Test
  void metaCharsetDecidesTheDecoding() {
    String html =
        "<!doctype html><html><head><meta charset=\"windows-1252\"><title>Quay</title></head><body>"
            + BODY
            + "</body></html>";
    RawDocument d =
        Collected.file(
                Collected.write(dir, "a.html", html.getBytes(Charset.forName("windows-1252"))))
            .only();
    assertThat(d.format()).isEqualTo(Format.HTML);
    assertThat(d.content()).contains("caf\u00e9");
    assertThat(d.charset()).isEqualTo("windows-1252");
    assertThat(d.charsetSource()).isEqualTo("html meta charset windows-1252");
  }

  @Test
  void httpEquivIsReadAndLatin1IsReadAsWindows1252() {
    String html =
        "<html><head><meta http-equiv=\"Content-Type\" content=\"text/html; charset=ISO-8859-1\"></head><body>"
            + "<p>\u201cQuoted\u201d caf\u00e9</p></body></html>";
    RawDocument d =
        Collected.file(
                Collected.write(dir, "b.htm", html.getBytes(Charset.forName("windows-1252"))))
            .only();
    assertThat(d.content()).contains("\u201cQuoted\u201d caf\u00e9");
    assertThat(d.charset()).isEqualTo("windows-1252");
    assertThat(d.charsetSource()).startsWith("html meta http-equiv ISO-8859-1");
  }

  @Test
  void declarationThatDoesNotFitGivesWayToUtf8() {
    String html = "<html><head><meta charset=\"us-ascii\"></head><body>" + BODY + "</body></html>";
    RawDocument d =
        Collected.file(Collected.write(dir, "c.html", html.getBytes(StandardCharsets.UTF_8)))
            .only();
    // us-ascii is read as windows-1252, which accepts these bytes: the declaration wins, as in
    // browsers
    assertThat(d.charset()).isEqualTo("windows-1252");
    String bad =
        "<html><head><meta charset=\"utf-8\"></head><body><p>caf\u00e9 \u00e0 la \u00e9</p></body></html>";
    RawDocument d2 =
        Collected.file(
                Collected.write(dir, "d.html", bad.getBytes(Charset.forName("windows-1252"))))
            .only();
    assertThat(d2.charset()).isEqualTo("windows-1252");
    assertThat(d2.charsetSource()).contains("html meta charset utf-8 does not fit");
    assertThat(d2.content()).contains("caf\u00e9");
  }

  @Test
  void htmlIsSniffedInsideATextyOrNamelessFile() {
    String html = "<!DOCTYPE html>\n<html><body>" + BODY + "</body></html>";
    assertThat(Collected.file(Collected.write(dir, "saved.txt", html)).only().format())
        .isEqualTo(Format.HTML);
    assertThat(Collected.file(Collected.write(dir, "noext", html)).only().format())
        .isEqualTo(Format.HTML);
    assertThat(
            Collected.stream(
                    new Ingest(IngestOptions.defaults()), html.getBytes(StandardCharsets.UTF_8))
                .only()
                .format())
        .isEqualTo(Format.HTML);
  }

  @Test
  void sidecarAndCallerOutletApplyToHtmlToo() {
    Path p = Collected.write(dir, "e.html", "<html><body>" + BODY + "</body></html>");
    Collected.write(dir, "e.meta.json", "{\"url\":\"https://quay.example/cafe\"}");
    RawDocument d =
        Collected.file(new Ingest(IngestOptions.defaults().withOutlet("Quay Times")), p).only();
    assertThat(d.hint("url").map(FieldSource::value)).contains("https://quay.example/cafe");
    assertThat(d.hint("outlet").map(FieldSource::value)).contains("Quay Times");
  }
}
