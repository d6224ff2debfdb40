package io.corroborate.serve;

import io.corroborate.model.Rejection;
import io.corroborate.store.StorySummary;
import java.util.List;

/**
 * What adding articles did: the new article ids, the stories whose dossiers were rewritten, and the
 * inputs rejected with why.
 *
 * <pre>{@code AddReport r = adder.add(List.of(dir)); r.added().size();}</pre>
 */
public record AddReport(
    List<String> added, List<StorySummary> touched, List<Rejection> rejections) {
  public AddReport {
    added = List.copyOf(added);
    touched = List.copyOf(touched);
    rejections = List.copyOf(rejections);
  }
}
