package io.corroborate.serve;

import java.util.Optional;

/**
 * How the server runs: its port, the write token, whether reading needs the token too, and the
 * largest request body it accepts.
 *
 * <pre>{@code new ServeOptions(7070, Optional.of("s3cret"), false, 50L * 1024 * 1024)}</pre>
 *
 * @param port the TCP port; 0 picks a free one
 * @param token the bearer token that writing (and reading, when required) needs; empty refuses
 *     every write
 * @param readTokenRequired whether reading needs the token as well
 * @param maxBodyBytes the largest request body accepted, in bytes
 */
public record ServeOptions(
    int port, Optional<String> token, boolean readTokenRequired, long maxBodyBytes) {
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_BODY_MB = 50;

  public ServeOptions {
    token = token.filter(t -> !t.isBlank());
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body limit must be positive, got " + maxBodyBytes);
    }
    if (readTokenRequired && token.isEmpty()) {
      throw new IllegalArgumentException(
          "--read-token-required needs a token: give --token or set CORROBORATE_TOKEN");
    }
  }

  /** Open reading, writing with {@code token}, the default body limit. */
  public static ServeOptions withToken(int port, String token) {
    return new ServeOptions(port, Optional.of(token), false, DEFAULT_MAX_BODY_MB * 1024 * 1024);
  }
}
