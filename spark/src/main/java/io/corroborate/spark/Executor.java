package io.corroborate.spark;

import io.corroborate.Corroborate;
import io.corroborate.annotate.AnnotationCache;
import java.util.EnumMap;
import java.util.Map;

/**
 * What one executor JVM builds once and shares between its tasks: the front door (pipeline and
 * story stages) for each layer. Tasks run on several threads of one JVM; the core's pipeline and
 * layers are thread-safe, so one instance serves them all.
 *
 * <pre>{@code
 * Executor.Tools t = Executor.tools(LayerKind.PLAIN);
 * }</pre>
 */
public final class Executor {
  /** The front door of one layer: its pipeline (ingest, clean, annotate) and story stages. */
  public record Tools(Corroborate corroborate) {}

  private static final Map<LayerKind, Tools> TOOLS = new EnumMap<>(LayerKind.class);

  private Executor() {}

  /** The executor's tools for {@code kind}, built on first use (models load here, once). */
  public static synchronized Tools tools(LayerKind kind) {
    return TOOLS.computeIfAbsent(
        kind,
        k -> new Tools(Corroborate.builder().annotate(k.layer(), AnnotationCache.none()).build()));
  }
}
