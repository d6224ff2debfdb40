package io.corroborate.analyze;

import io.corroborate.annotate.Annotation;
import io.corroborate.cluster.Syndication;
import io.corroborate.cluster.SyndicationOptions;
import io.corroborate.dossier.Dossier;
import io.corroborate.dossier.DossierJson;
import io.corroborate.dossier.Facts;
import io.corroborate.link.Linker;
import io.corroborate.reconcile.Reconciler;
import java.io.IOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * What analysing a story keeps for its next analysis, so that a story that grows by one article
 * does the per-article work for that article alone: each article's shingles and the copies
 * confirmed among them (only the new article is compared with its candidates), how each entity
 * mention reads and how the article's own mentions were joined (the story's cross-article merges
 * are made again over those groups), the times of undated reports read at the story's date (read
 * again only when that date moves), each article's lines in the dossier, and the text of the
 * dossier's parts as last written. Keep one per story and pass it to every analysis of that story;
 * the dossier is the same as without it.
 *
 * <pre>{@code StoryMemo memo = new StoryMemo();}</pre>
 */
public final class StoryMemo {
  private Syndication syndication;
  private final Linker.Memo link = new Linker.Memo();

  /** The story's copy finder, made with {@code options} on first use. */
  synchronized Syndication syndication(SyndicationOptions options) {
    if (syndication == null) {
      syndication = new Syndication(options);
    }
    return syndication;
  }

  /** An annotation's times as read against a story's publication days (sorted). */
  private record Anchored(List<LocalDate> days, Annotation anchored) {}

  /**
   * By the annotation as the language layer gave it (the same object while the article is kept).
   */
  private final Map<Annotation, Anchored> anchored = new IdentityHashMap<>();

  /**
   * The times of {@code an} as last read against the story's publication days {@code days}, if they
   * were read against the same days.
   */
  synchronized Optional<Annotation> anchored(Annotation an, List<LocalDate> days) {
    Anchored a = anchored.get(an);
    return a != null && a.days().equals(days) ? Optional.of(a.anchored()) : Optional.empty();
  }

  synchronized void keepAnchored(Annotation an, List<LocalDate> days, Annotation result) {
    anchored.put(an, new Anchored(List.copyOf(days), result));
  }

  /** Forgets the times read of annotations the story no longer holds. */
  synchronized void keepAnchoredOnly(java.util.Collection<Annotation> current) {
    Map<Annotation, Boolean> held = new IdentityHashMap<>();
    current.forEach(an -> held.put(an, true));
    anchored.keySet().retainAll(held.keySet());
  }

  private final Facts.Memo facts = new Facts.Memo();

  /** What writing this story's dossier keeps between analyses. */
  Facts.Memo facts() {
    return facts;
  }

  private final DossierJson json = new DossierJson();

  /**
   * Writes this story's dossier as {@link io.corroborate.model.ModelJson#writePretty(Object,
   * Writer)} does, reusing the text of the parts written unchanged the last time (see {@link
   * DossierJson}), and leaves {@code out} open.
   */
  public void writeDossier(Dossier dossier, Writer out) throws IOException {
    json.write(dossier, out);
  }

  private final Reconciler.Memo reconcile = new Reconciler.Memo();

  /** What reconciling this story's claims keeps between analyses. */
  Reconciler.Memo reconcile() {
    return reconcile;
  }

  /** What linking this story's entities keeps between analyses. */
  Linker.Memo link() {
    return link;
  }
}
