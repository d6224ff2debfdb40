package io.corroborate.cli;

import io.corroborate.cluster.Embedder;
import io.corroborate.embed.onnx.OnnxEmbedder;

/** The sentence embedder the CLI clusters stories with. */
final class Embedders {
  private Embedders() {}

  /** all-MiniLM-L6-v2 (quantised), loaded once per process on first use. */
  static Embedder standard() {
    return OnnxEmbedder.shared();
  }
}
