package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Rejection;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class CharsetsTest {
  private final IngestOptions options = IngestOptions.defaults();

  @Test
  void validUtf8IsUtf8() {
    Charsets.Result r =
        Charsets.decode("caf\u00e9".getBytes(StandardCharsets.UTF_8), 0, List.of(), options);
    assertThat(r).isEqualTo(new Charsets.Decoded("caf\u00e9", "UTF-8", "valid UTF-8"));
  }

  @Test
  void unknownDeclaredCharsetIsNotedAndDetectionGoesOn() {
    Charsets.Result r =
        Charsets.decode(
            "plain".getBytes(StandardCharsets.US_ASCII),
            0,
            List.of(new Charsets.Declared("x-klingon", "html meta charset")),
            options);
    assertThat(r)
        .isInstanceOfSatisfying(
            Charsets.Decoded.class,
            d -> {
              assertThat(d.charset()).isEqualTo("UTF-8");
              assertThat(d.source()).contains("unknown charset x-klingon");
            });
  }

  @Test
  void undecodableBytesNameTheFirstBadOffsetFromTheRecordStart() {
    byte[] bytes = {'o', 'k', (byte) 0x81, (byte) 0x8D, (byte) 0x90, (byte) 0x9D};
    Charsets.Result r = Charsets.decode(bytes, 1000, List.of(), options);
    assertThat(r)
        .isInstanceOfSatisfying(
            Charsets.Failed.class,
            f -> {
              assertThat(f.kind()).isEqualTo(Rejection.Kind.ENCODING);
              assertThat(f.reason()).contains("first bad byte at offset 1002");
            });
  }

  @Test
  void metaDeclarationsAreFoundInTheHead() {
    assertThat(
            Charsets.htmlDeclared(
                "<html><head><META CHARSET='Shift_JIS'>".getBytes(StandardCharsets.US_ASCII)))
        .contains(new Charsets.Declared("Shift_JIS", "html meta charset"));
    assertThat(
            Charsets.htmlDeclared(
                "<meta http-equiv=\"content-type\" content=\"text/html;charset=koi8-r\">"
                    .getBytes(StandardCharsets.US_ASCII)))
        .contains(new Charsets.Declared("koi8-r", "html meta http-equiv"));
    assertThat(
            Charsets.htmlDeclared(
                "<?xml version=\"1.0\" encoding=\"iso-8859-2\"?><html>"
                    .getBytes(StandardCharsets.US_ASCII)))
        .contains(new Charsets.Declared("iso-8859-2", "xml declaration"));
    assertThat(
            Charsets.htmlDeclared(
                "<html><p>nothing declared</p>".getBytes(StandardCharsets.US_ASCII)))
        .isEmpty();
  }

  @Test
  void textWithTabsAndNewlinesIsNotBinaryButControlSoupIs() {
    assertThat(Charsets.binaryReason("a\tb\r\nc\f".getBytes(StandardCharsets.US_ASCII), 7, 0.05))
        .isEmpty();
    byte[] soup = new byte[100];
    java.util.Arrays.fill(soup, (byte) 0x07);
    assertThat(Charsets.binaryReason(soup, soup.length, 0.05))
        .hasValueSatisfying(s -> assertThat(s).contains("control bytes"));
  }
}
