package io.corroborate.analyze;

import io.corroborate.cluster.ClusterOptions;
import io.corroborate.cluster.Embedder;
import io.corroborate.cluster.SyndicationOptions;
import io.corroborate.extract.ExtractOptions;
import io.corroborate.link.LinkOptions;
import io.corroborate.reconcile.ReconcileOptions;
import java.util.Objects;

/**
 * The options of every stage of the story half, and the sentence embedder that clustering and
 * reconciling may use ({@link Embedder#none()} for none).
 *
 * <pre>{@code StoryOptions o = StoryOptions.defaults().withEmbedder(OnnxEmbedder.shared());}</pre>
 */
public record StoryOptions(
    ClusterOptions cluster,
    ExtractOptions extract,
    SyndicationOptions copies,
    LinkOptions link,
    ReconcileOptions reconcile,
    Embedder embedder) {
  public StoryOptions {
    Objects.requireNonNull(cluster, "cluster");
    Objects.requireNonNull(extract, "extract");
    Objects.requireNonNull(copies, "copies");
    Objects.requireNonNull(link, "link");
    Objects.requireNonNull(reconcile, "reconcile");
    Objects.requireNonNull(embedder, "embedder");
  }

  public static StoryOptions defaults() {
    return new StoryOptions(
        ClusterOptions.defaults(),
        ExtractOptions.defaults(),
        SyndicationOptions.defaults(),
        LinkOptions.defaults(),
        ReconcileOptions.defaults(),
        Embedder.none());
  }

  public StoryOptions withCluster(ClusterOptions o) {
    return new StoryOptions(o, extract, copies, link, reconcile, embedder);
  }

  public StoryOptions withExtract(ExtractOptions o) {
    return new StoryOptions(cluster, o, copies, link, reconcile, embedder);
  }

  public StoryOptions withCopies(SyndicationOptions o) {
    return new StoryOptions(cluster, extract, o, link, reconcile, embedder);
  }

  public StoryOptions withLink(LinkOptions o) {
    return new StoryOptions(cluster, extract, copies, o, reconcile, embedder);
  }

  public StoryOptions withReconcile(ReconcileOptions o) {
    return new StoryOptions(cluster, extract, copies, link, o, embedder);
  }

  public StoryOptions withEmbedder(Embedder e) {
    return new StoryOptions(cluster, extract, copies, link, reconcile, e);
  }
}
