package io.corroborate.internal;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * The process-wide memos of answers that depend on their input alone (a name's spellings, a page
 * class's hints), kept so that a long run reads each word once. Each one is made here, so that
 * {@link #forgetAll()} can empty them all: a measurement that repeats a run in one process starts
 * each repetition as a new process would, with nothing remembered from the one before.
 *
 * <pre>{@code private static final Map<String, String> SPELLINGS = Memos.concurrent();}</pre>
 */
public final class Memos {
  private static final List<Map<?, ?>> ALL = new CopyOnWriteArrayList<>();

  private Memos() {}

  /** A new, empty, thread-safe memo that {@link #forgetAll()} empties. */
  public static <K, V> Map<K, V> concurrent() {
    Map<K, V> memo = new ConcurrentHashMap<>();
    ALL.add(memo);
    return memo;
  }

  /** Empties every memo made so far; the next run fills them again as it reads. */
  public static void forgetAll() {
    ALL.forEach(Map::clear);
  }
}
