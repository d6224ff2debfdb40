package io.corroborate.ingest;

import io.corroborate.model.Rejection;
import java.util.List;

/** The inputs that command-line arguments name, and the arguments that named nothing readable. */
public record Expansion(List<Input> inputs, List<Rejection> rejections) {
  public Expansion {
    inputs = List.copyOf(inputs);
    rejections = List.copyOf(rejections);
  }
}
