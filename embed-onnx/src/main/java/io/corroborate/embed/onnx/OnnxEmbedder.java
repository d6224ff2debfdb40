package io.corroborate.embed.onnx;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.embedding.onnx.allminilml6v2q.AllMiniLmL6V2QuantizedEmbeddingModel;
import io.corroborate.cluster.Embedder;
import java.util.ArrayList;
import java.util.List;

/**
 * Sentence embeddings from all-MiniLM-L6-v2 (quantised), run in process by ONNX Runtime through
 * LangChain4j: 384 dimensions, unit length. The model loads once per JVM, on first use.
 *
 * <pre>{@code
 * new StoryClusterer(ClusterOptions.defaults(), OnnxEmbedder.shared());
 * }</pre>
 */
public final class OnnxEmbedder implements Embedder {
  private final EmbeddingModel model;

  private OnnxEmbedder(EmbeddingModel model) {
    this.model = model;
  }

  /** The JVM's one instance; thread-safe, loaded lazily by the holder idiom. */
  public static OnnxEmbedder shared() {
    return Holder.INSTANCE;
  }

  private static final class Holder {
    static final OnnxEmbedder INSTANCE =
        new OnnxEmbedder(new AllMiniLmL6V2QuantizedEmbeddingModel());
  }

  @Override
  public String model() {
    return "all-minilm-l6-v2-q";
  }

  @Override
  public float[] embed(String text) {
    return unit(model.embed(text.isBlank() ? " " : text).content().vector());
  }

  @Override
  public List<float[]> embedAll(List<String> texts) {
    List<TextSegment> segments = new ArrayList<>(texts.size());
    for (String t : texts) {
      segments.add(TextSegment.from(t.isBlank() ? " " : t));
    }
    List<float[]> out = new ArrayList<>(texts.size());
    for (Embedding e : model.embedAll(segments).content()) {
      out.add(unit(e.vector()));
    }
    return out;
  }

  /** The model normalises already; this guards the contract should a version stop doing so. */
  private static float[] unit(float[] v) {
    double n = 0;
    for (float x : v) {
      n += x * x;
    }
    if (n == 0) {
      return v;
    }
    float s = (float) (1 / Math.sqrt(n));
    float[] out = new float[v.length];
    for (int i = 0; i < v.length; i++) {
      out[i] = v[i] * s;
    }
    return out;
  }
}
