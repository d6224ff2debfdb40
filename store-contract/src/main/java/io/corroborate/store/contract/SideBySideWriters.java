package io.corroborate.store.contract;

import io.corroborate.model.Article;
import io.corroborate.store.Store;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Two writers, each with a store (and connection) of its own, started at the same moment on one
 * store: the way two {@code corroborate ingest} processes meet. Each opens its store (so a new
 * store's migration races too), puts its articles, then the articles both share, and closes.
 *
 * <pre>{@code SideBySideWriters.run(() -> SqliteStore.open(db), 200)  // 400 + the shared ones}
 * </pre>
 */
public final class SideBySideWriters {
  /** Articles both writers put, so the same key is written from both sides. */
  public static final int SHARED = 20;

  private SideBySideWriters() {}

  /** What the two writers did: every {@link Store.Put} answer of each, in order. */
  public record Outcome(List<List<Store.Put>> answers) {
    /** How many of all the answers were {@code put}. */
    public long count(Store.Put put) {
      return answers.stream().flatMap(List::stream).filter(p -> p == put).count();
    }
  }

  /**
   * Runs two writers of {@code each} articles of their own plus {@link #SHARED} shared ones; throws
   * what either writer threw.
   */
  public static Outcome run(Callable<Store> open, int each) throws Exception {
    CyclicBarrier start = new CyclicBarrier(2);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    try {
      List<Future<List<Store.Put>>> writers = new ArrayList<>();
      for (String side : List.of("left", "right")) {
        writers.add(
            pool.submit(
                () -> {
                  start.await();
                  try (Store s = open.call()) {
                    List<Store.Put> answers = new ArrayList<>();
                    for (int i = 0; i < each; i++) {
                      answers.add(s.put(article(side + i)));
                    }
                    for (int i = 0; i < SHARED; i++) {
                      answers.add(s.put(article("shared" + i)));
                    }
                    return answers;
                  }
                }));
      }
      List<List<Store.Put>> answers = new ArrayList<>();
      for (Future<List<Store.Put>> w : writers) {
        answers.add(w.get());
      }
      return new Outcome(answers);
    } finally {
      pool.shutdownNow();
    }
  }

  private static Article article(String id) {
    return StoreContract.article(id, "Report " + id, "Engineers opened gate " + id + " at dawn.");
  }
}
