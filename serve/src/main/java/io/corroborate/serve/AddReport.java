package io.corroborate.serve;

import io.corroborate.model.Rejection;
import io.corroborate.store.StorySummary;
import java.util.List;

/**
 * What adding articles did: the new article ids, the ids of articles the upload held that were
 * already stored, the stories whose dossiers were rewritten, and the inputs rejected with why.
 *
 * <pre>{@code AddReport r = adder.add(List.of(dir)); r.added().size();}</pre>
 */
public record AddReport(
    List<String> added,
    List<String> alreadyStored,
    List<StorySummary> touched,
    List<Rejection> rejections) {
  public AddReport {
    added = List.copyOf(added);
    alreadyStored = List.copyOf(alreadyStored);
    touched = List.copyOf(touched);
    rejections = List.copyOf(rejections);
  }

  /** A report of an upload that held no article already stored. */
  public AddReport(List<String> added, List<StorySummary> touched, List<Rejection> rejections) {
    this(added, List.of(), touched, rejections);
  }
}
