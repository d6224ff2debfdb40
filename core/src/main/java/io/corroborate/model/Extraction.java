package io.corroborate.model;

import java.util.List;

/**
 * What an extractor read from one page: its blocks in document order with roles, and the metadata
 * it found, each field with its evidence (several values of a field in priority order).
 */
public record Extraction(List<Block> blocks, List<FieldSource> metadata) {
  public Extraction {
    blocks = List.copyOf(blocks);
    metadata = List.copyOf(metadata);
  }
}
