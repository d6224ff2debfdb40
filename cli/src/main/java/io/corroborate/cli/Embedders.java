package io.corroborate.cli;

import io.corroborate.cluster.Embedder;

/** The sentence embedder the CLI clusters stories with. */
final class Embedders {
  private Embedders() {}

  static Embedder standard() {
    return Embedder.none();
  }
}
