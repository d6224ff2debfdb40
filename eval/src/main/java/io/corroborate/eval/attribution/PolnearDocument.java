package io.corroborate.eval.attribution;

import io.corroborate.model.Span;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * One PolNeAR article: its text and its gold attributions, read from the brat standoff file ({@code
 * T} lines are spans, {@code E} lines tie source, cue and content into one attribution).
 *
 * <pre>{@code PolnearDocument d = PolnearDocument.read(textFile, annFile);}</pre>
 */
public record PolnearDocument(String name, String text, List<Gold> attributions) {
  /**
   * A gold attribution; each role is the extent of its (possibly discontinuous) fragments.
   *
   * @param source empty for attributions without a source
   */
  public record Gold(Optional<Span> source, Span cue, Span content) {}

  public PolnearDocument {
    attributions = List.copyOf(attributions);
  }

  /**
   * Reads an article; fragments whose offsets fall outside the text are reported by the exception.
   */
  public static PolnearDocument read(Path text, Path ann) throws IOException {
    String body = Files.readString(text, StandardCharsets.UTF_8);
    Map<String, Span> spans = new HashMap<>();
    List<String[]> events = new ArrayList<>();
    for (String line : Files.readAllLines(ann, StandardCharsets.UTF_8)) {
      String[] cols = line.split("\t");
      if (cols.length >= 2 && line.startsWith("T")) {
        String[] typeAndRanges = cols[1].split(" ", 2);
        if (typeAndRanges.length < 2) {
          continue;
        }
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (String range : typeAndRanges[1].split(";")) {
          String[] se = range.trim().split(" ");
          start = Math.min(start, Integer.parseInt(se[0]));
          end = Math.max(end, Integer.parseInt(se[1]));
        }
        if (end > body.length() || start > end) {
          throw new IOException(
              ann
                  + ": span "
                  + cols[0]
                  + " ["
                  + start
                  + ", "
                  + end
                  + ") outside text of length "
                  + body.length());
        }
        spans.put(cols[0], new Span(start, end));
      } else if (cols.length >= 2 && line.startsWith("E")) {
        events.add(cols[1].trim().split("\\s+"));
      }
    }
    List<Gold> gold = new ArrayList<>();
    for (String[] roles : events) {
      Span source = null;
      Span cue = null;
      Span content = null;
      for (String role : roles) {
        String[] kv = role.split(":", 2);
        if (kv.length < 2) {
          continue;
        }
        Span s = spans.get(kv[1]);
        if (s == null) {
          continue;
        }
        switch (kv[0].replaceAll("\\d+$", "")) {
          case "Source" -> source = merge(source, s);
          case "Cue" -> cue = merge(cue, s);
          case "Content" -> content = merge(content, s);
          default -> {}
        }
      }
      if (cue != null && content != null) {
        gold.add(new Gold(Optional.ofNullable(source), cue, content));
      }
    }
    return new PolnearDocument(text.getFileName().toString(), body, gold);
  }

  private static Span merge(Span a, Span b) {
    return a == null ? b : new Span(Math.min(a.start(), b.start()), Math.max(a.end(), b.end()));
  }
}
