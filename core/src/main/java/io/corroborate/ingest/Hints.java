package io.corroborate.ingest;

import io.corroborate.model.FieldSource;
import java.util.ArrayList;
import java.util.List;

/**
 * Collects a record's {@link FieldSource} hints in the order they should win, skipping blank values
 * and dates that cannot be read. Field names: {@code url, title, outlet, author, published,
 * updated, language, fetched}.
 *
 * <pre>{@code Hints h = new Hints(); h.add("title", "Ferry resumes", "front matter"); h.list();}
 * </pre>
 */
final class Hints {
  private final List<FieldSource> list = new ArrayList<>();

  Hints add(String field, String value, String source) {
    if (value != null && !value.isBlank()) {
      list.add(new FieldSource(field, value.strip(), source));
    }
    return this;
  }

  /** Adds a date field when {@code raw} reads as a date. */
  Hints date(String field, String raw, String source) {
    Dates.iso(raw).ifPresent(v -> list.add(new FieldSource(field, v, source)));
    return this;
  }

  Hints addAll(List<FieldSource> more) {
    list.addAll(more);
    return this;
  }

  /** The caller's outlet comes last: anything the input says for itself wins. */
  Hints caller(IngestOptions options) {
    options.outlet().ifPresent(o -> add("outlet", o, "given by the caller"));
    return this;
  }

  List<FieldSource> list() {
    return List.copyOf(list);
  }
}
