package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.Ids;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import io.corroborate.testkit.BadInputs;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesReaderTest {
  @TempDir Path dir;

  static final String LINE_A =
      "{\"url\":\"https://ledger.example/wall\",\"title\":\"Wall vote\",\"maintext\":\"The council voted.\\n\\nWork starts in May.\","
          + "\"date_publish\":\"2025-02-19 10:15:00\",\"date_modify\":null,\"date_download\":\"2025-02-20 06:00:00\","
          + "\"authors\":[\"Ada Lane\",\"Bo Chen\"],\"source_domain\":\"ledger.example\",\"language\":\"en\"}";
  static final String LINE_B =
      "{\"url\":\"https://ledger.example/ferry\",\"title\":\"Ferry\",\"maintext\":\"The ferry ran.\",\"date_publish\":\"2025-02-18\"}";

  @Test
  void newsPleaseFieldsBecomeHints() {
    RawDocument d = Collected.file(Collected.write(dir, "a.jsonl", LINE_A + "\n")).only();
    assertThat(d.format()).isEqualTo(Format.JSONL);
    assertThat(d.content()).isEqualTo("The council voted.\n\nWork starts in May.");
    assertThat(d.hint("url"))
        .contains(new FieldSource("url", "https://ledger.example/wall", "jsonl url"));
    assertThat(d.hint("title").map(FieldSource::value)).contains("Wall vote");
    assertThat(d.hint("outlet"))
        .contains(new FieldSource("outlet", "ledger.example", "jsonl source_domain"));
    assertThat(d.hints("author"))
        .extracting(FieldSource::value)
        .containsExactly("Ada Lane", "Bo Chen");
    assertThat(d.hint("published"))
        .contains(new FieldSource("published", "2025-02-19T10:15:00Z", "jsonl date_publish"));
    assertThat(d.hint("updated")).isEmpty();
    assertThat(d.hint("fetched").map(FieldSource::value)).contains("2025-02-20T06:00:00Z");
    assertThat(d.hint("language").map(FieldSource::value)).contains("en");
    assertThat(d.contentId()).isEqualTo(Ids.sha256("The council voted.\n\nWork starts in May."));
  }

  @Test
  void eachLineKeepsItsOwnByteOffset() {
    String text = LINE_A + "\r\n\n" + LINE_B + "\n";
    Collected c = Collected.file(Collected.write(dir, "b.jsonl", text));
    assertThat(c.rejections).isEmpty();
    assertThat(c.docs)
        .extracting(d -> d.origin().offset())
        .containsExactly(0L, (long) (LINE_A.getBytes(StandardCharsets.UTF_8).length + 3));
  }

  @Test
  void malformedLineIsRejectedWithItsOffsetAndReadingGoesOn() {
    String bad = "{\"maintext\": \"no end";
    String text = LINE_A + "\n" + bad + "\n" + "[1,2]\n" + "{\"title\":\"no text\"}\n" + LINE_B;
    Collected c = Collected.file(Collected.write(dir, "c.jsonl", text));
    assertThat(c.docs).hasSize(2);
    long second = LINE_A.getBytes(StandardCharsets.UTF_8).length + 1;
    long third = second + bad.length() + 1;
    assertThat(c.rejections)
        .extracting(Rejection::offset)
        .containsExactly(second, third, third + 6);
    assertThat(c.rejections)
        .extracting(Rejection::kind)
        .containsExactly(
            Rejection.Kind.UNREADABLE, Rejection.Kind.UNREADABLE, Rejection.Kind.NO_ARTICLE);
    assertThat(c.rejections.get(0).reason()).startsWith("line 2 is not valid JSON");
  }

  @Test
  void lineOverTheRecordLimitIsRejectedWithoutStoppingTheFile() {
    String big = "{\"maintext\":\"" + "x".repeat(5000) + "\"}";
    Ingest small = new Ingest(IngestOptions.defaults().withMaxRecordBytes(1000));
    Collected c =
        Collected.file(small, Collected.write(dir, "d.jsonl", big + "\n" + LINE_B + "\n"));
    assertThat(c.onlyRejection().kind()).isEqualTo(Rejection.Kind.TOO_LARGE);
    assertThat(c.onlyRejection().offset()).isZero();
    assertThat(c.docs)
        .singleElement()
        .satisfies(d -> assertThat(d.origin().offset()).isEqualTo(big.length() + 1));
  }

  @Test
  void invalidUtf8LineIsAnEncodingRejection() {
    byte[] bytes =
        BadInputs.concat(
            LINE_B.getBytes(StandardCharsets.UTF_8),
            "\n{\"maintext\":\"caf".getBytes(StandardCharsets.US_ASCII),
            new byte[] {(byte) 0xE9},
            "\"}\n".getBytes(StandardCharsets.US_ASCII));
    Collected c = Collected.file(Collected.write(dir, "e.jsonl", bytes));
    assertThat(c.docs).hasSize(1);
    assertThat(c.onlyRejection().kind()).isEqualTo(Rejection.Kind.ENCODING);
    assertThat(c.onlyRejection().offset()).isEqualTo(LINE_B.length() + 1);
  }

  @Test
  void gzippedJsonLinesStreamAndATruncatedOneStopsAtTheCut() {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < 2000; i++) {
      sb.append("{\"url\":\"https://ledger.example/")
          .append(i)
          .append("\",\"maintext\":\"Story number ")
          .append(i)
          .append(" about the wall.\"}\n");
    }
    byte[] gz = BadInputs.gzip(sb.toString().getBytes(StandardCharsets.UTF_8));
    assertThat(Collected.file(Collected.write(dir, "f.jsonl.gz", gz)).docs).hasSize(2000);
    Collected cut =
        Collected.file(Collected.write(dir, "g.jsonl.gz", Arrays.copyOf(gz, gz.length * 2 / 3)));
    assertThat(cut.docs).hasSizeBetween(1, 1999);
    Rejection r = cut.onlyRejection();
    assertThat(r.kind()).isEqualTo(Rejection.Kind.TRUNCATED);
    RawDocument last = cut.docs.get(cut.docs.size() - 1);
    assertThat(r.offset()).isGreaterThan(last.origin().offset());
  }

  @Test
  void prettyPrintedJsonFileIsOneArticle() {
    String pretty =
        "{\n  \"url\": \"https://ledger.example/wall\",\n  \"maintext\": \"The council voted.\",\n  \"title\": \"Wall\"\n}\n";
    RawDocument d = Collected.file(Collected.write(dir, "h.json", pretty)).only();
    assertThat(d.hint("title").map(FieldSource::value)).contains("Wall");
    String array = "[\n" + LINE_A + ",\n" + LINE_B + "\n]";
    Collected c = Collected.file(Collected.write(dir, "i.json", array));
    assertThat(c.docs).hasSize(2);
    assertThat(c.docs.get(1).origin().offset()).isEqualTo(LINE_A.length() + 4);
  }

  @Test
  void onlyBlankLinesIsEmpty() {
    assertThat(Collected.file(Collected.write(dir, "j.jsonl", "\n \n\r\n")).onlyRejection().kind())
        .isEqualTo(Rejection.Kind.EMPTY);
  }

  @Test
  void jsonLinesAreSniffedFromStandardInput() {
    Collected c =
        Collected.stream(
            new Ingest(IngestOptions.defaults()),
            (LINE_A + "\n" + LINE_B).getBytes(StandardCharsets.UTF_8));
    assertThat(c.docs).hasSize(2).allSatisfy(d -> assertThat(d.origin().file()).isEqualTo("-"));
  }
}
