package io.corroborate.ingest;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.corroborate.internal.Failures;
import io.corroborate.model.Format;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.zip.GZIPInputStream;

/**
 * The ingest stage's front door: expands command-line inputs into files and reads each into raw
 * documents or rejections. Formats: plain text, HTML, news-please JSON Lines, WARC (CC-NEWS),
 * RSS/Atom, each possibly gzipped, told apart by {@link Sniffer}. Bad content never throws: it
 * becomes a {@link Rejection} naming the file and offset, and reading goes on; in strict mode the
 * first rejection throws an {@link IngestException} instead. Memory stays bounded: container
 * formats stream record by record, and no record over {@link IngestOptions#maxRecordBytes()} is
 * held.
 *
 * <pre>{@code
 * Ingest in = new Ingest(IngestOptions.defaults());
 * for (Input i : in.expand(List.of("articles/")).inputs()) in.read(i, sink);
 * }</pre>
 */
public final class Ingest {
  /** Bytes examined to tell formats apart (after decompression for gzip). */
  private static final int SNIFF_BYTES = 8192;

  private final IngestOptions options;
  private final Path workingDirectory;
  private final ObjectMapper json;
  private final Optional<UrlResolver> urls;

  public Ingest(IngestOptions options) {
    this(options, Path.of(""));
  }

  /**
   * Reads relative arguments and globs against {@code workingDirectory} instead of the process's.
   */
  public Ingest(IngestOptions options, Path workingDirectory) {
    this(options, workingDirectory, Optional.empty());
  }

  /**
   * Also takes http(s) addresses among the arguments, turned into inputs by {@code urls} (see
   * {@code ingest.fetch.Links}); without one an address is rejected with a reason that says so.
   */
  public Ingest(IngestOptions options, Path workingDirectory, Optional<UrlResolver> urls) {
    this.options = Objects.requireNonNull(options, "options");
    this.workingDirectory = Objects.requireNonNull(workingDirectory, "workingDirectory");
    this.urls = Objects.requireNonNull(urls, "urls");
    // JSON nested past the limit fails to parse, so that it is rejected instead of recursed into.
    JsonFactory factory =
        JsonFactory.builder()
            .streamReadConstraints(
                StreamReadConstraints.builder().maxNestingDepth(options.maxNestingDepth()).build())
            .build();
    this.json = new ObjectMapper(factory).enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
  }

  public IngestOptions options() {
    return options;
  }

  /**
   * Files, directories (recursively, in name order), glob patterns and {@code -}; see {@link
   * Expander}. Arguments that name nothing readable come back as rejections (in strict mode the
   * first one throws).
   */
  public Expansion expand(List<String> args) {
    return new Expander(workingDirectory, urls)
        .expand(
            args,
            r -> {
              if (options.strict()) {
                throw new IngestException(r);
              }
            });
  }

  /** Reads one input, giving every document and rejection to {@code sink}, in input order. */
  public void read(Input input, Sink sink) {
    if (input.path().isEmpty()) {
      read(input.name(), System.in, sink);
      return;
    }
    Tally out = new Tally(options.strict() ? new Strict(sink) : sink);
    Path path = input.path().get();
    Source source = new Source(input.name(), input.path(), false, input.remote());
    try {
      if (Files.isDirectory(path)) {
        out.reject(source.reject(0, Rejection.Kind.UNSUPPORTED, "a directory (expand it first)"));
        return;
      }
      long size = Files.size(path);
      if (size > options.maxFileBytes()) {
        out.reject(
            source.reject(
                0,
                Rejection.Kind.TOO_LARGE,
                "limit: file is "
                    + size
                    + " bytes, over the "
                    + options.maxFileBytes()
                    + "-byte file limit"));
        return;
      }
      if (size == 0) {
        out.reject(source.reject(0, Rejection.Kind.EMPTY, "empty file"));
        return;
      }
      try (InputStream in = Files.newInputStream(path)) {
        dispatch(source, in, size, out);
      }
    } catch (AccessDeniedException e) {
      out.reject(source.reject(0, Rejection.Kind.UNREADABLE, "permission denied"));
    } catch (NoSuchFileException e) {
      out.reject(source.reject(0, Rejection.Kind.UNREADABLE, "no such file"));
    } catch (IOException e) {
      out.reject(source.readFailure(0, e));
    } catch (IngestException e) {
      throw e;
    } catch (RuntimeException e) {
      // A library failing on hostile bytes in a way it does not declare: still a rejection.
      out.reject(source.reject(0, Rejection.Kind.UNREADABLE, Failures.describe(e)));
    }
    if (out.total() == 0) {
      out.reject(source.reject(0, Rejection.Kind.EMPTY, "no records found"));
    }
  }

  /**
   * Reads a stream that has no file (standard input, a network body) as input {@code name}; the
   * format is sniffed from the content.
   */
  public void read(String name, InputStream in, Sink sink) {
    readStream(new Source(name, Optional.empty(), false), in, sink);
  }

  /**
   * Reads bytes that have no local file but can be read again from any offset (a file on a
   * distributed file system) as input {@code name}; the format is sniffed from the content. Unlike
   * a stream, a WARC read this way resumes at the next record after a broken one.
   */
  public void read(String name, Reopenable bytes, Sink sink) {
    Source source = new Source(name, Optional.empty(), false, Optional.empty(), Optional.of(bytes));
    InputStream in;
    try {
      in = java.nio.channels.Channels.newInputStream(bytes.open());
    } catch (IOException e) {
      Tally out = new Tally(options.strict() ? new Strict(sink) : sink);
      out.reject(source.readFailure(0, e));
      return;
    }
    try (in) {
      readStream(source, in, sink);
    } catch (IOException e) {
      // closing a read-only channel: nothing of the input is lost
    }
  }

  private void readStream(Source source, InputStream in, Sink sink) {
    Tally out = new Tally(options.strict() ? new Strict(sink) : sink);
    try {
      dispatch(source, in, -1, out);
    } catch (IOException e) {
      out.reject(source.readFailure(0, e));
    } catch (IngestException e) {
      throw e;
    } catch (RuntimeException e) {
      out.reject(source.reject(0, Rejection.Kind.UNREADABLE, Failures.describe(e)));
    }
    if (out.total() == 0) {
      out.reject(source.reject(0, Rejection.Kind.EMPTY, "empty input"));
    }
  }

  private void dispatch(Source source, InputStream raw, long size, Sink sink) throws IOException {
    BufferedInputStream in = new BufferedInputStream(raw, 1 << 16);
    in.mark(SNIFF_BYTES);
    byte[] head = in.readNBytes(SNIFF_BYTES);
    in.reset();
    if (head.length == 0) {
      sink.reject(source.reject(0, Rejection.Kind.EMPTY, "empty input"));
      return;
    }
    boolean gzip = head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
    String name = source.name();
    byte[] inner = gzip ? inflatedHead(head) : head;
    Format format = Sniffer.sniff(gzip ? Sniffer.withoutGz(name) : name, inner);
    if (format == Format.WARC) {
      // jwarc reads gzipped WARCs itself, member by member, so record offsets stay file offsets.
      new WarcArchiveReader(options).read(source.gzipped(gzip), in, size, sink);
      return;
    }
    Source src = source.gzipped(gzip);
    Optional<String> binary = Charsets.binaryReason(inner, inner.length, options.maxControlRatio());
    if (binary.isPresent()) {
      sink.reject(
          src.reject(0, Rejection.Kind.BINARY, binary.get() + (gzip ? " inside gzip" : "")));
      return;
    }
    // Member by member: a corrupt member costs itself, and the members after it are read.
    InputStream body =
        gzip
            ? new Bounded(
                new GzipMembers(in, loss -> sink.reject(GzipMembers.rejection(src, loss))),
                options.maxFileBytes())
            : in;
    long known = gzip ? -1 : size;
    reader(format).read(src, body, known, sink);
  }

  private FormatReader reader(Format format) {
    return switch (format) {
      case HTML -> new HtmlReader(options, json);
      case JSONL -> new JsonLinesReader(options, json);
      case FEED -> new FeedReader(options);
      case WARC -> new WarcArchiveReader(options);
      case TEXT, UNKNOWN -> new TextReader(options, json);
    };
  }

  /**
   * As much of a gzip stream's start as {@code head} decompresses to (a truncated tail is fine).
   */
  private static byte[] inflatedHead(byte[] head) {
    byte[] out = new byte[SNIFF_BYTES];
    int n = 0;
    try (GZIPInputStream g = new GZIPInputStream(new ByteArrayInputStream(head))) {
      while (n < out.length) {
        int r = g.read(out, n, out.length - n);
        if (r < 0) {
          break;
        }
        n += r;
      }
    } catch (IOException e) {
      // the head ends mid-stream or is corrupt: sniff what came out; reading will report the rest
    }
    return java.util.Arrays.copyOf(out, n);
  }

  /** Counts what passes, so an input that yields nothing can be reported. */
  private static final class Tally implements Sink {
    private final Sink next;
    private long total;

    Tally(Sink next) {
      this.next = next;
    }

    @Override
    public void accept(RawDocument doc) {
      total++;
      next.accept(doc);
    }

    @Override
    public void reject(Rejection rejection) {
      total++;
      next.reject(rejection);
    }

    long total() {
      return total;
    }
  }

  /** Strict mode: the first rejection stops the run. */
  private static final class Strict implements Sink {
    private final Sink next;

    Strict(Sink next) {
      this.next = next;
    }

    @Override
    public void accept(RawDocument doc) {
      next.accept(doc);
    }

    @Override
    public void reject(Rejection rejection) {
      throw new IngestException(rejection);
    }
  }
}
