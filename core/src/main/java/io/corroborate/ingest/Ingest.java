package io.corroborate.ingest;

import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.Ids;
import io.corroborate.model.Origin;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The ingest stage's front door: expands command-line inputs into files and reads each into raw
 * documents or rejections. Bad content never throws; it becomes a {@link Rejection}.
 *
 * <pre>{@code
 * Ingest in = new Ingest(IngestOptions.defaults());
 * for (Input i : in.expand(List.of("articles/")).inputs()) in.read(i, sink);
 * }</pre>
 */
public final class Ingest {
  private static final Pattern DATE_LINE = Pattern.compile("\\A\\s*date\\s+(\\d{4}-\\d{2}-\\d{2})\\s+");

  private final IngestOptions options;

  public Ingest(IngestOptions options) {
    this.options = options;
  }

  public IngestOptions options() {
    return options;
  }

  /** Files, directories (recursively, in name order), glob patterns and {@code -}. */
  public Expansion expand(List<String> args) {
    List<Input> inputs = new ArrayList<>();
    List<Rejection> rejections = new ArrayList<>();
    for (String a : args) {
      if (a.equals("-")) {
        inputs.add(Input.stdin());
        continue;
      }
      Path p = Path.of(a);
      if (Files.isDirectory(p)) {
        try (Stream<Path> s = Files.walk(p)) {
          s.filter(Files::isRegularFile).sorted().forEach(f -> inputs.add(Input.of(f)));
        } catch (IOException | java.io.UncheckedIOException e) {
          rejections.add(new Rejection(a, 0, Rejection.Kind.UNREADABLE, "cannot list directory: " + e.getMessage()));
        }
      } else if (Files.isRegularFile(p)) {
        inputs.add(Input.of(p));
      } else {
        rejections.add(new Rejection(a, 0, Rejection.Kind.UNREADABLE, "no such file or directory"));
      }
    }
    return new Expansion(inputs, rejections);
  }

  /** Reads one input, giving every document and rejection to {@code sink}. */
  public void read(Input input, Sink sink) {
    try (InputStream in = input.path().isPresent() ? Files.newInputStream(input.path().get()) : System.in) {
      byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, options.maxRecordBytes() + 1));
      Origin origin = new Origin(input.name(), 0, Format.TEXT);
      if (bytes.length > options.maxRecordBytes()) {
        sink.reject(Rejection.of(origin, Rejection.Kind.TOO_LARGE, "larger than " + options.maxRecordBytes() + " bytes"));
        return;
      }
      String text = new String(bytes, StandardCharsets.UTF_8);
      List<FieldSource> hints = new ArrayList<>();
      Matcher m = DATE_LINE.matcher(text);
      if (m.find()) {
        hints.add(new FieldSource("published", m.group(1), "leading date line"));
        text = text.substring(m.end());
      }
      options.outlet().ifPresent(o -> hints.add(new FieldSource("outlet", o, "given by the caller")));
      sink.accept(new RawDocument(origin, Ids.sha256(bytes), text, "UTF-8", "default", hints));
    } catch (IOException e) {
      sink.reject(new Rejection(input.name(), 0, Rejection.Kind.UNREADABLE, e.getMessage()));
    }
  }
}
