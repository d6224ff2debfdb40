package io.corroborate.cli;

import io.corroborate.RunListener;
import io.corroborate.ingest.Input;
import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import io.corroborate.store.Store;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What ingest and analyze do with each outcome of a run: store the article or the rejection (when
 * there is a store), count what was new, and keep the progress display going.
 */
final class Recorder implements RunListener {
  private final Store store;
  private final Progress progress;
  private final boolean keepOutcomes;
  private final List<Map<String, String>> outcomes = new ArrayList<>();
  private final List<Rejection> rejections = new ArrayList<>();
  private int added;

  /**
   * {@code store} may be null: nothing is written then. {@code keepOutcomes} keeps one line per
   * article for a JSON report; without it memory stays bounded on any input.
   */
  Recorder(Store store, Progress progress, boolean keepOutcomes) {
    this.store = store;
    this.progress = progress;
    this.keepOutcomes = keepOutcomes;
  }

  /** The rejections seen, in order. */
  List<Rejection> rejections() {
    return rejections;
  }

  /** Articles that were new in the store; -1 when there is no store. */
  int added() {
    return store == null ? -1 : added;
  }

  /** One entry per article: its id, input and whether it was added or already stored. */
  List<Map<String, String>> outcomes() {
    return outcomes;
  }

  @Override
  public void started(int inputs) {
    progress.started(inputs);
  }

  @Override
  public void article(Article a) {
    if (store == null) {
      return;
    }
    Store.Put put = store.put(a);
    if (put == Store.Put.ADDED) {
      added++;
    }
    if (!keepOutcomes) {
      return;
    }
    Map<String, String> m = new LinkedHashMap<>();
    m.put("id", a.id());
    m.put("input", a.origin().where());
    m.put("outcome", put == Store.Put.ADDED ? "added" : "already-stored");
    outcomes.add(m);
  }

  @Override
  public void rejected(Rejection r) {
    rejections.add(r);
    if (store != null) {
      store.reject(r);
    }
    progress.rejected(r);
  }

  @Override
  public void inputDone(Input input) {
    progress.inputDone(input);
  }
}
