package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.Ids;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import io.corroborate.testkit.BadInputs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcMetadata;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResource;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcArchiveReaderTest {
  @TempDir Path dir;

  static final Instant FETCHED = Instant.parse("2025-02-20T06:30:00Z");
  static final String PAGE =
      BadInputs.page(
          "Ferry resumes", "The harbour ferry ran again on Tuesday after a week of storms.");

  /**
   * A small crawl: warcinfo, request, response (HTML), metadata, response (an image), resource
   * (HTML).
   */
  static Written crawl(WarcCompression compression) throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    List<Long> offsets = new ArrayList<>();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
      offsets.add(w.position());
      w.write(
          new Warcinfo.Builder()
              .fields(Map.of("software", List.of("hand-made test crawl")))
              .build());
      offsets.add(w.position());
      w.write(
          new WarcRequest.Builder("https://harbour.example/ferry")
              .date(FETCHED)
              .body(new HttpRequest.Builder("GET", "/ferry").build())
              .build());
      offsets.add(w.position());
      HttpResponse http =
          new HttpResponse.Builder(200, "OK")
              .body(
                  MediaType.parse("text/html; charset=windows-1252"),
                  PAGE.replace("ran", "ran \u2013 at last \u2013")
                      .getBytes(Charset.forName("windows-1252")))
              .build();
      w.write(
          new WarcResponse.Builder("https://harbour.example/ferry")
              .date(FETCHED)
              .body(http)
              .build());
      offsets.add(w.position());
      w.write(
          new WarcMetadata.Builder()
              .targetURI("https://harbour.example/ferry")
              .fields(Map.of("fetchTimeMs", List.of("12")))
              .build());
      offsets.add(w.position());
      HttpResponse png =
          new HttpResponse.Builder(200, "OK")
              .body(MediaType.parse("image/png"), new byte[] {(byte) 0x89, 'P', 'N', 'G'})
              .build();
      w.write(
          new WarcResponse.Builder("https://harbour.example/logo.png")
              .date(FETCHED)
              .body(png)
              .build());
      offsets.add(w.position());
      w.write(
          new WarcResource.Builder(URI.create("https://harbour.example/bridge"))
              .date(FETCHED)
              .body(
                  MediaType.HTML_UTF8,
                  BadInputs.page("Bridge", "The bridge closed for repairs.")
                      .getBytes(StandardCharsets.UTF_8))
              .build());
    }
    return new Written(out.toByteArray(), offsets);
  }

  record Written(byte[] bytes, List<Long> offsets) {}

  @Test
  void htmlResponsesAndResourcesAreDocumentsAndTheRestIsPassedOver() throws IOException {
    Written crawl = crawl(WarcCompression.NONE);
    Collected c = Collected.file(Collected.write(dir, "crawl.warc", crawl.bytes()));
    assertThat(c.rejections).isEmpty();
    assertThat(c.docs).hasSize(2);
    RawDocument ferry = c.docs.get(0);
    assertThat(ferry.format()).isEqualTo(Format.WARC);
    assertThat(ferry.origin().offset()).isEqualTo(crawl.offsets().get(2));
    assertThat(ferry.hint("url"))
        .contains(new FieldSource("url", "https://harbour.example/ferry", "warc WARC-Target-URI"));
    assertThat(ferry.hint("fetched"))
        .contains(new FieldSource("fetched", "2025-02-20T06:30:00Z", "warc WARC-Date"));
    assertThat(ferry.hint("published")).isEmpty();
    assertThat(ferry.charset()).isEqualTo("windows-1252");
    assertThat(ferry.charsetSource()).isEqualTo("http Content-Type charset windows-1252");
    assertThat(ferry.content()).contains("ran \u2013 at last \u2013");
    assertThat(ferry.contentId())
        .isEqualTo(
            Ids.sha256(
                PAGE.replace("ran", "ran \u2013 at last \u2013")
                    .getBytes(Charset.forName("windows-1252"))));
    RawDocument bridge = c.docs.get(1);
    assertThat(bridge.origin().offset()).isEqualTo(crawl.offsets().get(5));
    assertThat(bridge.hint("url").map(FieldSource::value))
        .contains("https://harbour.example/bridge");
    assertThat(bridge.charset()).isEqualTo("UTF-8");
  }

  @Test
  void gzippedWarcRecordsKeepTheirCompressedOffsets() throws IOException {
    Written crawl = crawl(WarcCompression.GZIP);
    Collected c = Collected.file(Collected.write(dir, "crawl.warc.gz", crawl.bytes()));
    assertThat(c.rejections).isEmpty();
    assertThat(c.docs)
        .extracting(d -> d.origin().offset())
        .containsExactly(crawl.offsets().get(2), crawl.offsets().get(5));
  }

  @Test
  void warcIsSniffedWhateverTheName() throws IOException {
    Collected c =
        Collected.stream(new Ingest(IngestOptions.defaults()), crawl(WarcCompression.GZIP).bytes());
    assertThat(c.docs).hasSize(2).allSatisfy(d -> assertThat(d.format()).isEqualTo(Format.WARC));
  }

  @Test
  void recordOverTheLimitIsRejectedAndTheNextOneIsRead() {
    byte[] big =
        BadInputs.warcResponse(
            1, "https://harbour.example/big", BadInputs.page("Big", "x".repeat(4000)));
    byte[] small =
        BadInputs.warcResponse(
            2, "https://harbour.example/small", BadInputs.page("Small", "The ferry ran."));
    Ingest ingest = new Ingest(IngestOptions.defaults().withMaxRecordBytes(2000));
    Collected c =
        Collected.file(ingest, Collected.write(dir, "big.warc", BadInputs.concat(big, small)));
    assertThat(c.onlyRejection().kind()).isEqualTo(Rejection.Kind.TOO_LARGE);
    assertThat(c.onlyRejection().offset()).isZero();
    assertThat(c.docs)
        .singleElement()
        .satisfies(d -> assertThat(d.origin().offset()).isEqualTo(big.length));
  }

  @Test
  void warcWithoutHtmlSaysSo() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.NONE)) {
      w.write(new Warcinfo.Builder().fields(Map.of("software", List.of("x"))).build());
    }
    Rejection r =
        Collected.file(Collected.write(dir, "info.warc", out.toByteArray())).onlyRejection();
    assertThat(r.kind()).isEqualTo(Rejection.Kind.NO_ARTICLE);
    assertThat(r.reason()).contains("among 1 records");
  }

  @Test
  void textThatIsNotAWarcIsAMalformedRecord() {
    Rejection r =
        Collected.file(Collected.write(dir, "fake.warc", "this is not a web archive\n"))
            .onlyRejection();
    assertThat(r.kind()).isEqualTo(Rejection.Kind.UNREADABLE);
    assertThat(r.reason()).startsWith("malformed WARC record");
  }

  @Test
  void contentLengthThatIsNotANumberIsAMalformedRecordNotACrash() {
    byte[] good =
        BadInputs.warcResponse(
            1, "https://harbour.example/a", BadInputs.page("A", "The ferry ran."));
    String bad =
        new String(
                BadInputs.warcResponse(
                    2, "https://harbour.example/b", BadInputs.page("B", "The bridge shut.")),
                StandardCharsets.ISO_8859_1)
            .replaceFirst("Content-Length: (\\d+)\r\n\r\nHTTP", "Content-Length: 2x9\r\n\r\nHTTP");
    Collected c =
        Collected.file(
            Collected.write(
                dir,
                "nan.warc",
                BadInputs.concat(good, bad.getBytes(StandardCharsets.ISO_8859_1))));
    assertThat(c.docs).hasSize(1);
    assertThat(c.onlyRejection().kind()).isEqualTo(Rejection.Kind.UNREADABLE);
    assertThat(c.onlyRejection().offset()).isEqualTo(good.length);
    assertThat(c.onlyRejection().reason()).startsWith("malformed WARC record");
  }
}
