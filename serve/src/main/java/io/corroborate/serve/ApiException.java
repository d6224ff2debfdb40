package io.corroborate.serve;

import java.util.Objects;
import java.util.Optional;

/**
 * A request the API refuses: the HTTP status, a reason a person can act on, and the request field
 * or parameter at fault. The server turns every one into {@code {"error": ..., "field": ...}}.
 *
 * <pre>{@code throw ApiException.badRequest("q", "give words to search for");}</pre>
 */
public final class ApiException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  private final int status;
  private final String field;

  public ApiException(int status, String field, String message) {
    super(Objects.requireNonNull(message, "message"));
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("an API error needs a 4xx or 5xx status, got " + status);
    }
    this.status = status;
    this.field = field;
  }

  public static ApiException badRequest(String field, String message) {
    return new ApiException(400, field, message);
  }

  public static ApiException notFound(String field, String message) {
    return new ApiException(404, field, message);
  }

  public int status() {
    return status;
  }

  /** The request field, parameter or header at fault, when one is. */
  public Optional<String> field() {
    return Optional.ofNullable(field);
  }
}
