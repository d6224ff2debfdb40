package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.clean.Clean;
import io.corroborate.clean.CleanOptions;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import io.corroborate.pipeline.Doc;
import io.corroborate.pipeline.Outcome;
import io.corroborate.testkit.BadInputs;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import net.jqwik.api.lifecycle.BeforeContainer;

/**
 * Fuzzes every ingest reader and the cleaner: a small seed file of each format (under {@code
 * src/test/resources/io/corroborate/ingest/fuzz}) is mutated with byte flips, cuts, repeats and
 * hostile fragments (NUL bytes, stacks of combining marks, deep nesting, broken WARC headers, huge
 * tokens), read, and every document cleaned. Whatever comes out, nothing throws, every rejection
 * names the input with an offset inside it and a reason in words, and every document cleans into an
 * article or a rejection with its reason.
 *
 * <p>The default run tries each property 250 times (a few seconds each, set in {@code
 * junit-platform.properties}); a longer campaign runs with {@code -Djqwik.tries.default=200000}.
 * jqwik prints the seed of a failure and keeps it for the next run; a failure found becomes a named
 * test in {@link HostileInputTest}.
 */
class ReaderFuzzTest {
  private static Path dir;
  private static final Clean CLEAN = new Clean(CleanOptions.defaults());

  @BeforeContainer
  static void makeDir() throws IOException {
    dir = Files.createTempDirectory("reader-fuzz");
  }

  @AfterContainer
  static void removeDir() throws IOException {
    try (Stream<Path> s = Files.walk(dir)) {
      s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    }
  }

  /** Fragments that broke a reader or the cleaner once, or are made to. */
  private static final List<String> HOSTILE =
      List.of(
          "\0",
          "\u0300".repeat(60),
          "<x>".repeat(700),
          "[".repeat(1_200),
          "{\"a\":".repeat(600),
          "\r\nWARC/1.0\r\n",
          "Content-Length: 12x\r\n",
          "Content-Length: 99999999\r\n",
          "\r\n\r\n",
          "<script>",
          "</item>",
          "]]>",
          "<![CDATA[",
          "&#0;&#xD800;&bogus;",
          "\n".repeat(300),
          "a".repeat(6_000),
          "\u202e\ufeff\u200b",
          "<meta charset=\"koi8-r\">",
          "<?xml version=\"1.0\" encoding=\"ebcdic\"?>");

  /** One change to a seed: where (as a share of its length), how much, and what to put in. */
  record Mutation(Kind kind, double at, int length, String fragment, byte value) {
    enum Kind {
      FLIP,
      INSERT,
      DELETE,
      REPEAT,
      TRUNCATE
    }

    byte[] apply(byte[] b) {
      int pos = (int) Math.min(b.length, Math.floor(at * b.length));
      int end = Math.min(b.length, pos + length);
      return switch (kind) {
        case FLIP -> {
          if (b.length == 0) {
            yield b;
          }
          byte[] c = b.clone();
          c[Math.min(pos, b.length - 1)] ^= value == 0 ? 1 : value;
          yield c;
        }
        case INSERT ->
            BadInputs.concat(
                slice(b, 0, pos),
                fragment.getBytes(StandardCharsets.UTF_8),
                slice(b, pos, b.length));
        case DELETE -> BadInputs.concat(slice(b, 0, pos), slice(b, end, b.length));
        case REPEAT -> {
          ByteArrayOutputStream out = new ByteArrayOutputStream();
          out.writeBytes(slice(b, 0, end));
          byte[] piece = slice(b, pos, end);
          for (int i = 0; i < Math.min(50, length); i++) {
            out.writeBytes(piece);
          }
          out.writeBytes(slice(b, end, b.length));
          yield out.toByteArray();
        }
        case TRUNCATE -> slice(b, 0, pos);
      };
    }

    private static byte[] slice(byte[] b, int from, int to) {
      return java.util.Arrays.copyOfRange(b, from, Math.max(from, to));
    }
  }

  @Provide
  Arbitrary<List<Mutation>> mutations() {
    Arbitrary<Mutation> one =
        Combinators.combine(
                Arbitraries.of(Mutation.Kind.class),
                Arbitraries.doubles().between(0, 1),
                Arbitraries.integers().between(1, 400),
                Arbitraries.of(HOSTILE),
                Arbitraries.bytes())
            .as(Mutation::new);
    return one.list().ofMinSize(1).ofMaxSize(6);
  }

  @Property
  void mutatedTextFilesAreReadOrRejectedWithAReason(@ForAll("mutations") List<Mutation> m) {
    check("article.txt", "a.txt", m, false);
  }

  @Property
  void mutatedHtmlPagesAreReadOrRejectedWithAReason(@ForAll("mutations") List<Mutation> m) {
    check("page.html", "a.html", m, false);
  }

  @Property
  void mutatedJsonLinesAreReadOrRejectedWithAReason(@ForAll("mutations") List<Mutation> m) {
    check("news.jsonl", "a.jsonl", m, false);
  }

  @Property
  void mutatedGzippedJsonLinesAreReadOrRejectedWithAReason(@ForAll("mutations") List<Mutation> m) {
    check("news.jsonl", "a.jsonl.gz", m, true);
  }

  @Property
  void mutatedJsonDocumentsAreReadOrRejectedWithAReason(@ForAll("mutations") List<Mutation> m) {
    check("article.json", "a.json", m, false);
  }

  @Property
  void mutatedWarcFilesAreReadOrRejectedWithAReason(@ForAll("mutations") List<Mutation> m) {
    check("capture.warc", "a.warc", m, false);
  }

  @Property
  void mutatedGzippedWarcFilesAreReadOrRejectedWithAReason(@ForAll("mutations") List<Mutation> m) {
    check("capture.warc", "a.warc.gz", m, true);
  }

  @Property
  void mutatedRssFeedsAreReadOrRejectedWithAReason(@ForAll("mutations") List<Mutation> m) {
    check("feed.rss", "a.rss", m, false);
  }

  @Property
  void mutatedAtomFeedsAreReadOrRejectedWithAReason(@ForAll("mutations") List<Mutation> m) {
    check("feed.atom", "a.atom", m, false);
  }

  private static void check(String seed, String name, List<Mutation> mutations, boolean gzip) {
    byte[] bytes = seed(seed);
    for (Mutation m : mutations) {
      bytes = m.apply(bytes);
    }
    byte[] file = gzip ? BadInputs.gzip(bytes) : bytes;
    Path p = Collected.write(dir, name, file);
    Collected c = Collected.file(p);
    assertThat(c.docs.size() + c.rejections.size())
        .as("something is said of every input")
        .isPositive();
    for (Rejection r : c.rejections) {
      assertThat(r.file()).isEqualTo(p.toString());
      assertThat(r.offset())
          .as(r.describe())
          .isBetween(0L, (long) Math.max(file.length, bytes.length));
      assertThat(r.reason()).as(r.describe()).isNotBlank().doesNotContain("java.", "Exception:");
    }
    for (RawDocument d : c.docs) {
      Outcome o = CLEAN.apply(Doc.of(d));
      if (o instanceof Outcome.Rejected rejected) {
        assertThat(rejected.rejection().reason())
            .as(rejected.rejection().describe())
            .isNotBlank()
            .doesNotContain("java.", "Exception:");
      } else {
        assertThat(((Outcome.Done) o).doc().expectArticle().text()).isNotBlank();
      }
    }
  }

  private static byte[] seed(String name) {
    try (InputStream in = ReaderFuzzTest.class.getResourceAsStream("fuzz/" + name)) {
      if (in == null) {
        throw new IllegalStateException("missing fuzz seed " + name);
      }
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
