package io.corroborate.watch;

import io.corroborate.AnalyzeResult;
import io.corroborate.RunListener;
import io.corroborate.Session;
import io.corroborate.ingest.Expansion;
import io.corroborate.ingest.Ingest;
import io.corroborate.ingest.Input;
import io.corroborate.ingest.UrlResolver;
import io.corroborate.ingest.fetch.Links;
import io.corroborate.model.Rejection;
import io.corroborate.store.Store;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * Keeps a store current with a list of sources, one round at a time. A round:
 *
 * <ol>
 *   <li>takes a {@link Snapshot} of the store;
 *   <li>turns the sources into inputs: an address (page, feed, sitemap) goes to {@link Links},
 *       which passes over pages already read; a text file whose lines are all addresses is a list
 *       of addresses (read again every round); a folder or file is read when it is new or changed
 *       since this watch last read it;
 *   <li>adds the inputs through the {@link Session} (stores articles and rejections, assigns
 *       stories, rewrites dossiers);
 *   <li>records in the fetch cache that the round's pages are read;
 *   <li>compares the store with the snapshot: the {@link Changes}.
 * </ol>
 *
 * A source that fails gives rejections and the round goes on. Since the comparison is against the
 * store, a watch restarted on the same store reports nothing twice.
 *
 * <pre>{@code
 * Watch w = new Watch(corroborate.session(store), store, corroborate.ingest(), Optional.of(links));
 * Watch.Round r = w.round(List.of("https://example.org/feed.xml", "inbox/"), listener);
 * }</pre>
 */
public final class Watch {
  private final Session session;
  private final Store store;
  private final Ingest ingest;
  private final Optional<Links> links;
  private final Clock clock;
  private final Map<String, String> filesRead = new HashMap<>();
  private int rounds;

  /** What one round did. */
  public record Round(
      int number,
      Instant started,
      Instant finished,
      int articles,
      int added,
      List<Change> changes,
      List<Rejection> rejections,
      List<Rejection> failedSources) {
    public Round {
      changes = List.copyOf(changes);
      rejections = List.copyOf(rejections);
      failedSources = List.copyOf(failedSources);
    }
  }

  public Watch(Session session, Store store, Ingest ingest, Optional<Links> links) {
    this(session, store, ingest, links, Clock.systemUTC());
  }

  public Watch(Session session, Store store, Ingest ingest, Optional<Links> links, Clock clock) {
    this.session = Objects.requireNonNull(session, "session");
    this.store = Objects.requireNonNull(store, "store");
    this.ingest = Objects.requireNonNull(ingest, "ingest");
    this.links = Objects.requireNonNull(links, "links");
    this.clock = Objects.requireNonNull(clock, "clock");
  }

  public Round round(List<String> sources, RunListener listener) {
    Instant started = clock.instant();
    Snapshot before = Snapshot.of(store);
    List<String> args = new ArrayList<>();
    List<Rejection> early = new ArrayList<>();
    Map<String, String> readNow = new HashMap<>();
    for (String source : sources) {
      if (UrlResolver.isUrl(source)) {
        args.add(source.strip());
        continue;
      }
      Optional<List<String>> list = addressList(Path.of(source));
      if (list.isPresent()) {
        args.addAll(list.get());
        continue;
      }
      Expansion ex = ingest.expand(List.of(source));
      early.addAll(ex.rejections());
      for (Input in : ex.inputs()) {
        String stamp = stamp(in);
        if (!stamp.equals(filesRead.get(in.name()))) {
          args.add(in.name());
          readNow.put(in.name(), stamp);
        }
      }
    }
    for (Rejection r : early) {
      store.reject(r);
      listener.rejected(r);
    }
    List<Rejection> rejections = new ArrayList<>(early);
    int articles = 0;
    int added = 0;
    if (!args.isEmpty()) {
      AnalyzeResult r = session.add(args, listener);
      rejections.addAll(r.rejections());
      articles = r.articles().size();
      added = r.added();
    }
    links.ifPresent(Links::commit);
    filesRead.putAll(readNow);
    List<Change> changes = Changes.between(before, Snapshot.of(store));
    List<Rejection> failed =
        rejections.stream()
            .filter(r -> sources.stream().anyMatch(s -> s.strip().equals(r.file())))
            .toList();
    rounds++;
    return new Round(
        rounds, started, clock.instant(), articles, added, changes, rejections, failed);
  }

  /**
   * The addresses in {@code file} when it is a list of them: every line that is not blank or a
   * {@code #} comment is an http(s) address, and there is at least one.
   */
  static Optional<List<String>> addressList(Path file) {
    if (!Files.isRegularFile(file)) {
      return Optional.empty();
    }
    try {
      if (Files.size(file) > 16L << 20) {
        return Optional.empty();
      }
      List<String> urls = new ArrayList<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        String l = line.strip();
        if (l.isEmpty() || l.startsWith("#")) {
          continue;
        }
        if (!UrlResolver.isUrl(l) || l.contains(" ")) {
          return Optional.empty();
        }
        urls.add(l);
      }
      return urls.isEmpty() ? Optional.empty() : Optional.of(urls);
    } catch (IOException | RuntimeException e) {
      // not text: not a list; the reader will say what it is
      return Optional.empty();
    }
  }

  private static String stamp(Input in) {
    if (in.path().isEmpty()) {
      return "";
    }
    try {
      Path p = in.path().get();
      return Files.size(p) + ":" + Files.getLastModifiedTime(p).toMillis();
    } catch (IOException e) {
      return "";
    }
  }
}
