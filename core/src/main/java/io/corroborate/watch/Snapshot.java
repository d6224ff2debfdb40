package io.corroborate.watch;

import io.corroborate.store.Store;
import io.corroborate.store.StorySummary;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The store's stories as they stand: each one's summary and dossier (JSON). Taken before and after
 * a round, it is what the round's changes are computed from, so a restart compares against what the
 * store holds, never against memory.
 *
 * <pre>{@code Snapshot before = Snapshot.of(store);}</pre>
 */
public record Snapshot(Map<String, StorySummary> stories, Map<String, String> dossiers) {
  public Snapshot {
    stories = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(stories));
    dossiers = Map.copyOf(dossiers);
  }

  public static Snapshot of(Store store) {
    Map<String, StorySummary> stories = new LinkedHashMap<>();
    Map<String, String> dossiers = new LinkedHashMap<>();
    for (StorySummary s : store.stories()) {
      stories.put(s.id(), s);
      store.dossierJson(s.id()).ifPresent(j -> dossiers.put(s.id(), j));
    }
    return new Snapshot(stories, dossiers);
  }
}
