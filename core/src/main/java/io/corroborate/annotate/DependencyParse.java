package io.corroborate.annotate;

import java.util.List;

/**
 * The dependency parse of one sentence, asked for with {@link LanguageLayer#parse}.
 *
 * <pre>{@code layer.parse(annotation, List.of(3)).get(0).edges()}</pre>
 */
public record DependencyParse(int sentence, List<Dependency> edges) {
  public DependencyParse {
    if (sentence < 0) {
      throw new IllegalArgumentException("sentence index must be >= 0, got " + sentence);
    }
    edges = List.copyOf(edges);
  }
}
