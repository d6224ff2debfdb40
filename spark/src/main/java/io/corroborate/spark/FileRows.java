package io.corroborate.spark;

import io.corroborate.annotate.Annotation;
import io.corroborate.extract.Claim;
import io.corroborate.ingest.Sink;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import io.corroborate.pipeline.Outcome;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.input.PortableDataStream;
import scala.Tuple2;

/**
 * Turns one partition's input files into output rows, a file at a time: the core's ingest reads the
 * bytes, its pipeline cleans and annotates, its extractor reads claims. Whatever goes wrong with a
 * record or a whole file becomes a quarantine row, never a failed task.
 *
 * <pre>{@code
 * files.mapPartitions(it -> new FileRows(it, LayerKind.PLAIN, timings));
 * }</pre>
 */
public final class FileRows implements Iterator<Tables.Out> {
  private final Iterator<Tuple2<String, PortableDataStream>> files;
  private final Executor.Tools tools;
  private final Timings timings;

  /**
   * Story blocks over word sets (1-shingles) in 32 bands of 2: reports of one story by different
   * outlets share words more than phrases, and a false block only costs the clusterer time.
   */
  private final Blocking blocking = new Blocking(new Blocking.BlockingOptions(1, 32, 2, 7));

  private Iterator<Tables.Out> current = Collections.emptyIterator();

  public FileRows(
      Iterator<Tuple2<String, PortableDataStream>> files, LayerKind layer, Timings timings) {
    this.files = files;
    this.tools = Executor.tools(layer);
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
    long[] spent = new long[2];
    long start = System.nanoTime();
    Sink sink =
        new Sink() {
          @Override
          public void accept(RawDocument doc) {
            long t0 = System.nanoTime();
            Outcome o;
            try {
              o = tools.corroborate().pipeline().process(doc);
            } catch (RuntimeException e) {
              o = new Outcome.Rejected(failure(doc, "pipeline failed", e));
            }
            long t1 = System.nanoTime();
            spent[0] += t1 - t0;
            if (o instanceof Outcome.Done done) {
              Article a = done.doc().expectArticle();
              Annotation an = done.doc().annotation().orElseThrow();
              try {
                List<Claim> claims = tools.extractor().extract(a, an);
                List<String> keys = blocking.keys(a.text(), a.published().map(DateStamp::date));
                out.addAll(Tables.rows(a, an, claims, keys));
              } catch (RuntimeException e) {
                out.add(Tables.rejectionRow(failure(doc, "claim extraction failed", e)));
              }
              spent[1] += System.nanoTime() - t1;
            } else {
              out.add(Tables.rejectionRow(((Outcome.Rejected) o).rejection()));
            }
          }

          @Override
          public void reject(Rejection r) {
            out.add(Tables.rejectionRow(r));
          }
        };
    try (InputStream in = bytes.open()) {
      tools.corroborate().ingest().read(name, in, sink);
    } catch (IOException | RuntimeException e) {
      out.add(
          Tables.rejectionRow(
              new Rejection(name, 0, Rejection.Kind.UNREADABLE, "unreadable: " + e)));
    }
    long total = System.nanoTime() - start;
    timings.readNanos().add(total - spent[0] - spent[1]);
    timings.pipelineNanos().add(spent[0]);
    timings.extractNanos().add(spent[1]);
    timings.files().add(1);
    return out;
  }

  private static Rejection failure(RawDocument doc, String what, RuntimeException e) {
    return Rejection.of(doc.origin(), Rejection.Kind.UNREADABLE, what + ": " + e);
  }
}
