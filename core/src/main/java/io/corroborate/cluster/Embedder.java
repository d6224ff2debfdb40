package io.corroborate.cluster;

import java.util.ArrayList;
import java.util.List;

/**
 * Turns a short text (an article's title and lead) into a unit-normalised sentence vector, one of
 * the signals {@link StoryClusterer} weighs; never used alone.
 *
 * <pre>{@code
 * Embedder e = Embedder.none();   // or an ONNX model from the embed-onnx module
 * float[] v = e.embed("Dam breach floods town");
 * }</pre>
 */
public interface Embedder {
  /** The model's name, recorded with results; {@code "none"} when there are no embeddings. */
  String model();

  /** A unit-normalised vector for {@code text}; empty when this embedder has no model. */
  float[] embed(String text);

  /** The vectors of {@code texts}, in order; models may override this to batch. */
  default List<float[]> embedAll(List<String> texts) {
    List<float[]> out = new ArrayList<>(texts.size());
    for (String t : texts) {
      out.add(embed(t));
    }
    return out;
  }

  /** No embeddings: the clusterer then uses text, entities and times only. */
  static Embedder none() {
    return new Embedder() {
      @Override
      public String model() {
        return "none";
      }

      @Override
      public float[] embed(String text) {
        return new float[0];
      }
    };
  }
}
