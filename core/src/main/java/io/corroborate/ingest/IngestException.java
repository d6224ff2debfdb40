package io.corroborate.ingest;

import io.corroborate.model.Rejection;
import java.util.Objects;

/**
 * Thrown in strict mode at the first rejection; carries that rejection, whose file and offset name
 * the place.
 *
 * <pre>{@code
 * try { ingest.read(input, sink); } catch (IngestException e) { System.err.println(e.rejection().describe()); }
 * }</pre>
 */
public final class IngestException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final transient Rejection rejection;

  public IngestException(Rejection rejection) {
    super(Objects.requireNonNull(rejection, "rejection").describe());
    this.rejection = rejection;
  }

  public Rejection rejection() {
    return rejection;
  }
}
