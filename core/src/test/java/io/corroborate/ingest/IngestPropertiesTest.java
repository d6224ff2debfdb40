package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import io.corroborate.testkit.BadInputs;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/** Whatever bytes a file holds, reading it never throws and always says something. */
class IngestPropertiesTest {
  private static Path dir;

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("ingest-props");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (var s = Files.walk(dir)) {
      s.sorted(java.util.Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of(
        "a.txt",
        "a.html",
        "a.jsonl",
        "a.json",
        "a.warc",
        "a.warc.gz",
        "a.rss",
        "a.xml",
        "a.jsonl.gz",
        "a.txt.gz",
        "noext");
  }

  /** Random bytes, random text, and near-misses: real prefixes with random tails, maybe gzipped. */
  @Provide
  Arbitrary<byte[]> contents() {
    Arbitrary<byte[]> bytes = Arbitraries.bytes().array(byte[].class).ofMaxSize(3000);
    Arbitrary<byte[]> text =
        Arbitraries.strings().ofMaxLength(2000).map(s -> s.getBytes(StandardCharsets.UTF_8));
    Arbitrary<String> prefix =
        Arbitraries.of(
            "WARC/1.0\r\n",
            "WARC/1.1\r\nContent-Length: 99999\r\nWARC-Type: response\r\n\r\n",
            "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel>",
            "<feed xmlns=\"http://www.w3.org/2005/Atom\">",
            "<!doctype html><meta charset=\"",
            "{\"maintext\":\"",
            "---\ntitle: ",
            " date 2025-02-",
            "\uFEFF",
            "[\n{");
    Arbitrary<byte[]> nearMiss =
        Combinators.combine(prefix, bytes, Arbitraries.of(false, true))
            .as(
                (p, tail, gz) -> {
                  byte[] b = BadInputs.concat(p.getBytes(StandardCharsets.UTF_8), tail);
                  return gz ? BadInputs.gzip(b) : b;
                });
    Arbitrary<byte[]> cutWarc =
        Arbitraries.integers()
            .between(0, 900)
            .map(
                n -> {
                  byte[] rec =
                      BadInputs.warcResponse(
                          1, "https://x.example/a", BadInputs.page("T", "Some text of the page."));
                  return java.util.Arrays.copyOf(rec, Math.min(n, rec.length));
                });
    return Arbitraries.oneOf(bytes, text, nearMiss, cutWarc);
  }

  @Property(tries = 400)
  void anyFileGivesDocumentsOrRejectionsAndNeverThrows(
      @ForAll("names") String name, @ForAll("contents") byte[] content) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, content);
    Collected c = new Collected();
    new Ingest(IngestOptions.defaults().withMaxRecordBytes(2048)).read(Input.of(p), c);
    assertThat(c.docs.size() + c.rejections.size()).isPositive();
    for (RawDocument d : c.docs) {
      assertThat(d.origin().file()).isEqualTo(p.toString());
      assertThat(d.contentId()).hasSize(64);
    }
    for (Rejection r : c.rejections) {
      assertThat(r.file()).isNotBlank();
      assertThat(r.reason()).isNotBlank();
    }
  }

  @Property(tries = 100)
  void anyStandardInputGivesDocumentsOrRejectionsAndNeverThrows(
      @ForAll("contents") byte[] content) {
    Collected c = Collected.stream(new Ingest(IngestOptions.defaults()), content);
    assertThat(c.docs.size() + c.rejections.size()).isPositive();
  }
}
