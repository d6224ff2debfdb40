package io.corroborate.store;

/** The store could not be opened, read or written. The message names the store's location. */
public final class StoreException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public StoreException(String message, Throwable cause) {
    super(message, cause);
  }
}
