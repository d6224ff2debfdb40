package io.corroborate.eval;

import java.util.List;
import java.util.Objects;

/**
 * The result of one evaluation suite on one data set.
 *
 * @param data the data's path as given
 * @param checksum SHA-256 over the data files read, so a figure is tied to the data it came from
 * @param items how many items (pages, documents, sentences) were scored
 * @param notes free lines worth printing (skipped items, caveats)
 */
public record EvalReport(
    String suite,
    String data,
    String checksum,
    int items,
    List<Figure> figures,
    List<String> notes) {
  public EvalReport {
    Objects.requireNonNull(suite, "suite");
    Objects.requireNonNull(data, "data");
    Objects.requireNonNull(checksum, "checksum");
    figures = List.copyOf(figures);
    notes = List.copyOf(notes);
  }
}
