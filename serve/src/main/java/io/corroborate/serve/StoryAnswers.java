package io.corroborate.serve;

import io.corroborate.store.StorySummary;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.zip.GZIPOutputStream;

/**
 * What the story page asks of a story (its dossier's JSON, its findings and entities as answered),
 * kept while the story stays as it was: each entry holds the story's row as it was read ({@link
 * StorySummary}, whose update time changes whenever its dossier is written again, by this server or
 * by another process on the same store), and is used only while the store gives that same row. Each
 * answer is kept as it is and gzipped, so a browser, which asks for compressed answers, is sent
 * bytes compressed once per version of the story instead of once a request. Bounded by bytes (both
 * forms count), least recently used first out.
 *
 * <pre>{@code byte[] json = answers.get(summary, "dossier", () -> readDossier(id)).json();}</pre>
 */
final class StoryAnswers {
  /** Answers kept per story: a story page asks for a few, other queries vary. */
  static final int PER_STORY = 8;

  private final long maxBytes;
  private long bytes;

  /** By story id, least recently used first; guarded by this. */
  private final LinkedHashMap<String, Entry> entries = new LinkedHashMap<>(64, 0.75f, true);

  /**
   * One answer: its bytes, and the same gzipped, or null where it was not kept (too large for its
   * share) and so not worth compressing ahead of a request.
   */
  record Answer(byte[] json, byte[] gzip) {
    long bytes() {
      return json.length + (gzip == null ? 0 : gzip.length);
    }
  }

  private static final class Entry {
    final StorySummary version;
    final LinkedHashMap<String, Answer> answers = new LinkedHashMap<>(8, 0.75f, true);
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
   * version, else what {@code make} gives, which is then gzipped and kept. {@code make} and the
   * compression run outside the lock, so requests for other stories are not held up by them.
   */
  Answer get(StorySummary version, String key, Supplier<byte[]> make) {
    Optional<Answer> kept = kept(version, key);
    if (kept.isPresent()) {
      return kept.get();
    }
    byte[] made = make.get();
    if (made.length > maxBytes / 4) {
      return new Answer(made, null); // one story's answer must not push out many others
    }
    Answer answer = new Answer(made, gzip(made));
    keep(version, key, answer);
    return answer;
  }

  /** {@code bytes} gzipped at the default level, as a server compresses an answer it sends. */
  static byte[] gzip(byte[] bytes) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(bytes.length / 8 + 64);
    try (GZIPOutputStream z = new GZIPOutputStream(out, 1 << 16)) {
      z.write(bytes);
    } catch (IOException e) {
      throw new UncheckedIOException("gzipping in memory", e);
    }
    return out.toByteArray();
  }

  private synchronized Optional<Answer> kept(StorySummary version, String key) {
    Entry e = entries.get(version.id());
    if (e == null || !e.version.equals(version)) {
      return Optional.empty();
    }
    return Optional.ofNullable(e.answers.get(key));
  }

  private synchronized void keep(StorySummary version, String key, Answer answer) {
    if (answer.bytes() > maxBytes / 4) {
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
    Answer old = e.answers.put(key, answer);
    long change = answer.bytes() - (old == null ? 0 : old.bytes());
    e.bytes += change;
    bytes += change;
    if (e.answers.size() > PER_STORY) {
      Iterator<Answer> it = e.answers.values().iterator();
      long gone = it.next().bytes();
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
