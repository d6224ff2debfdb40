package io.corroborate.pipeline;

/** A pipeline was assembled wrongly, e.g. a stage placed before the stage it needs. */
public final class PipelineException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public PipelineException(String message) {
    super(message);
  }
}
