package io.corroborate.serve;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.corroborate.AnalyzeResult;
import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.Session;
import io.corroborate.ingest.Input;
import io.corroborate.model.ModelJson;
import io.corroborate.model.Rejection;
import io.corroborate.store.Store;
import io.corroborate.store.StorySummary;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CancellationException;
import java.util.function.UnaryOperator;
import java.util.stream.Collectors;

/**
 * The server's write path: the core's {@link Session}, as the CLI's {@code analyze} uses it, so an
 * upload is stored, clustered into a story and reconciled the same way. Rejections and article
 * origins are kept under the upload's own name, not the server's temp path.
 *
 * <pre>
 * {@code ApiServer.start(store, new AnalyzerAdder(corroborate, store), options)}
 * </pre>
 */
public final class AnalyzerAdder implements Adder {
  private static final ObjectMapper JSON = ModelJson.mapper();

  /**
   * Ends a run between input files once its thread is interrupted (the server stops an upload that
   * ran past its time limit, or whose client left): what is stored so far stays, whole. Inside a
   * file the core stops the run itself, at the next record or inside the annotation under way.
   */
  private static final RunListener STOP_WHEN_INTERRUPTED =
      new RunListener() {
        @Override
        public void inputDone(Input input) {
          stopIfInterrupted();
        }
      };

  private static void stopIfInterrupted() {
    if (Thread.currentThread().isInterrupted()) {
      throw new CancellationException("the upload was stopped");
    }
  }

  private final Store raw;
  private final NamingStore store;
  private final Corroborate corroborate;
  private final Session analyzer;

  public AnalyzerAdder(Corroborate corroborate, Store store) {
    this.raw = store;
    this.store = new NamingStore(store);
    this.corroborate = corroborate;
    this.analyzer = corroborate.session(this.store);
  }

  /**
   * Adds one upload. The analyzer adds one run at a time (stories and dossiers must see every
   * article before them), so the slow part runs first, outside it and concurrently with other
   * uploads: reading, cleaning and the language layer, whose annotations the store keeps. The
   * analyzer's own pass then finds them there and only stores, clusters and rewrites dossiers. A
   * stopped upload (time limit, client gone) is stopped in either pass, at its next record or
   * during the annotation under way, without a rejection for the record it was on.
   */
  @Override
  public AddReport add(List<String> inputs, UnaryOperator<String> shown) {
    if (corroborate.annotationKey().isPresent()) {
      corroborate.stream(inputs, STOP_WHEN_INTERRUPTED);
      stopIfInterrupted();
    }
    return store.naming(
        shown,
        () -> {
          AnalyzeResult r = analyzer.add(inputs, STOP_WHEN_INTERRUPTED);
          List<Rejection> renamed = r.rejections().stream().map(store::renamed).toList();
          if (!renamed.equals(r.rejections())) {
            r.touched().forEach(s -> renameRejections(s, shown));
          }
          Map<Boolean, List<String>> isNew =
              r.articles().stream().collect(Collectors.partitioningBy(store::addedNow));
          return new AddReport(isNew.get(true), isNew.get(false), r.touched(), renamed);
        });
  }

  /**
   * The analyzer lists the run's rejections in every dossier it rewrites, under the paths it read;
   * this puts the upload's names there too.
   */
  private void renameRejections(StorySummary summary, UnaryOperator<String> shown) {
    raw.dossierJson(summary.id())
        .ifPresent(
            json -> {
              try {
                JsonNode tree = JSON.readTree(json);
                for (JsonNode rej : tree.path("rejections")) {
                  if (rej instanceof ObjectNode o && o.hasNonNull("file")) {
                    o.put("file", shown.apply(o.get("file").asText()));
                  }
                }
                raw.putDossier(
                    summary, JSON.writerWithDefaultPrettyPrinter().writeValueAsString(tree));
              } catch (JsonProcessingException e) {
                throw new UncheckedIOException(e);
              }
            });
  }
}
