package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Format;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class SnifferTest {
  private static Format sniff(String name, String head) {
    return Sniffer.sniff(name, head.getBytes(StandardCharsets.UTF_8));
  }

  @Test
  void extensionsDecideWhenTheContentHasNoStrongSignature() {
    assertThat(sniff("a.txt", "Plain words.")).isEqualTo(Format.TEXT);
    assertThat(sniff("a.HTM", "<p>para</p>")).isEqualTo(Format.HTML);
    assertThat(sniff("a.ndjson", "{}")).isEqualTo(Format.JSONL);
    assertThat(sniff("a.jsonl.gz", "{}")).isEqualTo(Format.JSONL);
    assertThat(sniff("dir.v2/a.json", "{}")).isEqualTo(Format.JSONL);
    assertThat(sniff("a.atom", "<feed>")).isEqualTo(Format.FEED);
    assertThat(sniff("a.warc", "junk")).isEqualTo(Format.WARC);
  }

  @Test
  void strongContentSignaturesWin() {
    assertThat(sniff("a.txt", "WARC/1.1\r\n")).isEqualTo(Format.WARC);
    assertThat(sniff("a.jsonl", "WARC/1.0\r\n")).isEqualTo(Format.WARC);
    assertThat(sniff("a.txt", "  <!DOCTYPE html><html>")).isEqualTo(Format.HTML);
    assertThat(sniff("a.txt", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\">"))
        .isEqualTo(Format.FEED);
  }

  @Test
  void withoutANameTheContentDecides() {
    assertThat(sniff("-", "<html><body>")).isEqualTo(Format.HTML);
    assertThat(sniff("-", "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"))
        .isEqualTo(Format.FEED);
    assertThat(sniff("-", "{\"maintext\":\"x\"}")).isEqualTo(Format.JSONL);
    assertThat(sniff("-", "Just a story.")).isEqualTo(Format.TEXT);
    assertThat(sniff("README", "\uFEFF<html>")).isEqualTo(Format.HTML);
  }
}
