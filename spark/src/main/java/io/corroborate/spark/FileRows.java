package io.corroborate.spark;

import io.corroborate.annotate.Annotation;
import io.corroborate.ingest.Ingest;
import io.corroborate.ingest.Input;
import io.corroborate.ingest.Sink;
import io.corroborate.model.Article;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import io.corroborate.pipeline.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.stream.Stream;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * Turns one partition's input files into output rows, a file at a time: the core's ingest reads the
 * bytes, its pipeline cleans and annotates (claims are read later, in each article's story), and
 * what story assignment counts of each article in its word statistics is read here, once. Whatever
 * goes wrong with a record or a whole file becomes a quarantine row, never a failed task.
 *
 * <p>Files are opened through Hadoop's {@code FileSystem} ({@link PortableDataStream#open}), so any
 * Hadoop-compatible path works. A file with a {@code *.meta.json} sidecar beside it is copied, with
 * its candidate sidecars, to a local temporary directory and read by the core's file ingest ({@link
 * Ingest#read(Input, Sink)}), which pairs the two exactly as the CLI does; every other file is
 * streamed.
 *
 * <pre>{@code
 * files.mapPartitions(it -> new FileRows(it, LayerKind.PLAIN, blocking, sidecars, timings));
 * }</pre>
 */
public final class FileRows implements Iterator<Tables.Out> {
  private final Iterator<Tuple2<String, PortableDataStream>> files;
  private final Executor.Tools tools;
  private final Blocking blocking;
  private final Sidecars sidecars;
  private final Timings timings;

  private Iterator<Tables.Out> current = Collections.emptyIterator();

  public FileRows(
      Iterator<Tuple2<String, PortableDataStream>> files,
      LayerKind layer,
      Blocking.BlockingOptions blocking,
      Sidecars sidecars,
      Timings timings) {
    this.files = files;
    this.tools = Executor.tools(layer);
    this.blocking = new Blocking(blocking);
    this.sidecars = sidecars;
    this.timings = timings;
  }

  @Override
  public boolean hasNext() {
    while (!current.hasNext() && files.hasNext()) {
      Tuple2<String, PortableDataStream> f = files.next();
      current = read(f._1(), f._2()).iterator();
    }
    return current.hasNext();
  }

  @Override
  public Tables.Out next() {
    if (!hasNext()) {
      throw new NoSuchElementException();
    }
    return current.next();
  }

  /** The rows of one file. Its records are held until the file ends: one file's worth at most. */
  List<Tables.Out> read(String name, PortableDataStream bytes) {
    List<Tables.Out> out = new ArrayList<>();
    long[] spent = new long[1];
    long start = System.nanoTime();
    Sink sink =
        new Sink() {
          @Override
          public void accept(RawDocument doc) {
            long t0 = System.nanoTime();
            Outcome o;
            String[] words = null;
            try {
              o = tools.corroborate().pipeline().process(doc);
              if (o instanceof Outcome.Done done) {
                words =
                    Stories.words(
                        done.doc().expectArticle(), done.doc().annotation().orElseThrow());
              }
            } catch (RuntimeException e) {
              o = new Outcome.Rejected(failure(doc, "pipeline failed", e));
            }
            spent[0] += System.nanoTime() - t0;
            if (o instanceof Outcome.Done done) {
              Article a = done.doc().expectArticle();
              Annotation an = done.doc().annotation().orElseThrow();
              out.addAll(Tables.rows(a, an, blocking.signature(a.text()), words));
            } else {
              out.add(Tables.rejectionRow(((Outcome.Rejected) o).rejection()));
            }
          }

          @Override
          public void reject(Rejection r) {
            out.add(Tables.rejectionRow(r));
          }
        };
    try {
      List<String> side = sidecars.candidates(name);
      if (side.isEmpty() || !readWithSidecars(name, bytes, side, sink)) {
        // Read through a seekable channel, not a stream, so a WARC resumes after a broken record.
        tools
            .corroborate()
            .ingest()
            .read(name, HadoopFileChannel.reopenable(name, bytes.getConfiguration()), sink);
      }
    } catch (IOException | RuntimeException e) {
      out.add(
          Tables.rejectionRow(
              new Rejection(name, 0, Rejection.Kind.UNREADABLE, "unreadable: " + e)));
    }
    long total = System.nanoTime() - start;
    timings.readNanos().add(total - spent[0]);
    timings.pipelineNanos().add(spent[0]);
    timings.files().add(1);
    return out;
  }

  /**
   * Reads {@code name} through the core's file ingest from a local copy with its candidate sidecars
   * beside it, so the core finds and reads the sidecar itself. A file over the record size limit is
   * not copied (false: stream it instead; the core rejects it as too large either way). A sidecar
   * that cannot be fetched is quarantined and the file read without it, as the core does with one
   * it cannot parse.
   */
  private boolean readWithSidecars(
      String name, PortableDataStream bytes, List<String> side, Sink sink) throws IOException {
    Ingest ingest = tools.corroborate().ingest();
    Configuration conf = bytes.getConfiguration();
    org.apache.hadoop.fs.Path path = new org.apache.hadoop.fs.Path(name);
    FileSystem fs = path.getFileSystem(conf);
    if (fs.getFileStatus(path).getLen() > ingest.options().maxRecordBytes()) {
      return false;
    }
    Path dir = Files.createTempDirectory("corroborate-sidecar");
    try {
      Path local = dir.resolve(path.getName());
      try (InputStream in = bytes.open()) {
        Files.copy(in, local);
      }
      for (String s : side) {
        org.apache.hadoop.fs.Path p = new org.apache.hadoop.fs.Path(s);
        try (InputStream in = p.getFileSystem(conf).open(p)) {
          Files.copy(in, dir.resolve(p.getName()));
        } catch (IOException e) {
          sink.reject(new Rejection(s, 0, Rejection.Kind.UNREADABLE, "sidecar unreadable: " + e));
        }
      }
      ingest.read(new Input(name, Optional.of(local)), sink);
      return true;
    } finally {
      try (Stream<Path> s = Files.walk(dir)) {
        for (Path p : s.sorted(Comparator.reverseOrder()).toList()) {
          Files.deleteIfExists(p);
        }
      }
    }
  }

  private static Rejection failure(RawDocument doc, String what, RuntimeException e) {
    return Rejection.of(doc.origin(), Rejection.Kind.UNREADABLE, what + ": " + e);
  }
}
