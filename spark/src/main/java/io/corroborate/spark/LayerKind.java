package io.corroborate.spark;

import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.annotate.LanguageLayer;
import io.corroborate.annotate.corenlp.CoreNlpLayer;
import java.util.Locale;

/**
 * Which language layer the job annotates with: {@code plain} (model-free, fast) or {@code corenlp}
 * (Stanford CoreNLP, about 2.6 GB of heap per executor).
 *
 * <pre>{@code
 * LanguageLayer layer = LayerKind.parse("plain").layer();
 * }</pre>
 */
public enum LayerKind {
  PLAIN,
  CORENLP;

  public static LayerKind parse(String name) {
    return switch (name.toLowerCase(Locale.ROOT)) {
      case "plain" -> PLAIN;
      case "corenlp" -> CORENLP;
      default ->
          throw new IllegalArgumentException(
              "--annotate takes plain or corenlp, got '" + name + "'");
    };
  }

  /** The layer; CoreNLP's is the process-wide shared instance, loaded once. */
  public LanguageLayer layer() {
    return this == PLAIN ? new PlainLanguageLayer() : CoreNlpLayer.shared();
  }
}
