package io.corroborate.serve;

import io.corroborate.store.StorySummary;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * What the story page asks of a story (its dossier's JSON, its findings and entities as answered),
 * kept while the story stays as it was: each entry holds the story's row as it was read ({@link
 * StorySummary}, whose update time changes whenever its dossier is written again, by this server or
 * by another process on the same store), and is used only while the store gives that same row.
 * Bounded by bytes, least recently used first out.
 *
 * <pre>{@code byte[] json = answers.get(summary, "dossier", () -> readDossier(id));}</pre>
 */
final class StoryAnswers {
  /** Answers kept per story: a story page asks for a few, other queries vary. */
  static final int PER_STORY = 8;

  private final long maxBytes;
  private long bytes;

  /** By story id, least recently used first; guarded by this. */
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

  private static final class Entry {
    final StorySummary version;
    final LinkedHashMap<String, byte[]> answers = new LinkedHashMap<>(8, 0.75f, true);
    long bytes;

    Entry(StorySummary version) {
      this.version = version;
    }
  }

  StoryAnswers(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  /**
   * The answer {@code key} of the story as {@code version} says it is: the one kept for that
   * version, else what {@code make} gives, which is then kept. {@code make} runs outside the lock,
   * so requests for other stories are not held up by it.
   */
  byte[] get(StorySummary version, String key, Supplier<byte[]> make) {
    Optional<byte[]> kept = kept(version, key);
    if (kept.isPresent()) {
      return kept.get();
    }
    byte[] made = make.get();
    keep(version, key, made);
    return made;
  }

  private synchronized Optional<byte[]> kept(StorySummary version, String key) {
    Entry e = entries.get(version.id());
    if (e == null || !e.version.equals(version)) {
      return Optional.empty();
    }
    return Optional.ofNullable(e.answers.get(key));
  }

  private synchronized void keep(StorySummary version, String key, byte[] answer) {
    if (answer.length > maxBytes / 4) {
      return; // one story's answer must not push out many others
    }
    Entry e = entries.get(version.id());
    if (e != null && !e.version.equals(version)) {
      if (version.updated().isBefore(e.version.updated())) {
        return; // a request that read the story before it changed: the newer entry stays
      }
      remove(version.id());
      e = null;
    }
    if (e == null) {
      e = new Entry(version);
      entries.put(version.id(), e);
    }
    byte[] old = e.answers.put(key, answer);
    long change = answer.length - (old == null ? 0 : old.length);
    e.bytes += change;
    bytes += change;
    if (e.answers.size() > PER_STORY) {
      Iterator<byte[]> it = e.answers.values().iterator();
      long gone = it.next().length;
      it.remove();
      e.bytes -= gone;
      bytes -= gone;
    }
    for (Iterator<Map.Entry<String, Entry>> it = entries.entrySet().iterator();
        bytes > maxBytes && it.hasNext(); ) {
      Entry eldest = it.next().getValue();
      it.remove();
      bytes -= eldest.bytes;
    }
  }

  /** Forgets what is kept of a story, as when this server has just written it. */
  synchronized void remove(String storyId) {
    Entry e = entries.remove(storyId);
    if (e != null) {
      bytes -= e.bytes;
    }
  }

  /** Bytes kept, for tests. */
  synchronized long bytes() {
    return bytes;
  }
}
