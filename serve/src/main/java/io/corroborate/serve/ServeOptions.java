package io.corroborate.serve;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * How the server runs: where it listens, the write token, whether reading needs the token too, the
 * largest request body, and how many uploads it works on at once and for how long.
 *
 * <pre>{@code new ServeOptions(7070, Optional.of("s3cret"), false, 50L * 1024 * 1024)}</pre>
 *
 * @param bind the address to listen on: loopback by default, so only this machine can connect
 * @param port the TCP port; 0 picks a free one
 * @param token the bearer token that writing (and reading, when required) needs; empty refuses
 *     every write
 * @param readTokenRequired whether reading needs the token as well
 * @param maxBodyBytes the largest request body accepted, in bytes
 * @param uploadWorkers how many uploads are analysed at once
 * @param uploadQueue how many more uploads may wait for a worker; beyond that an upload is refused
 *     at once (503) instead of holding a connection
 * @param uploadTimeLimit how long one upload may take, waiting included, before it is stopped
 */
public record ServeOptions(
    String bind,
    int port,
    Optional<String> token,
    boolean readTokenRequired,
    long maxBodyBytes,
    int uploadWorkers,
    int uploadQueue,
    Duration uploadTimeLimit) {
  public static final String DEFAULT_BIND = "127.0.0.1";
  public static final int DEFAULT_PORT = 7070;
  public static final long DEFAULT_MAX_BODY_MB = 50;
  public static final int DEFAULT_UPLOAD_WORKERS = 2;
  public static final int DEFAULT_UPLOAD_QUEUE = 8;
  public static final Duration DEFAULT_UPLOAD_TIME_LIMIT = Duration.ofMinutes(5);
  private static final int MAX_PORT = 65535;

  public ServeOptions {
    Objects.requireNonNull(bind, "bind");
    token = token.filter(t -> !t.isBlank());
    if (bind.isBlank()) {
      throw new IllegalArgumentException("--bind needs an address, e.g. 127.0.0.1 or 0.0.0.0");
    }
    if (port < 0 || port > MAX_PORT) {
      throw new IllegalArgumentException("port must be 0 to " + MAX_PORT + ", got " + port);
    }
    if (maxBodyBytes < 1) {
      throw new IllegalArgumentException("the body limit must be positive, got " + maxBodyBytes);
    }
    if (uploadWorkers < 1 || uploadQueue < 0) {
      throw new IllegalArgumentException(
          "uploads need at least one worker and a queue of zero or more, got "
              + uploadWorkers
              + " and "
              + uploadQueue);
    }
    if (uploadTimeLimit.isNegative() || uploadTimeLimit.isZero()) {
      throw new IllegalArgumentException(
          "the upload time limit must be positive, got " + uploadTimeLimit);
    }
    if (readTokenRequired && token.isEmpty()) {
      throw new IllegalArgumentException(
          "--read-token-required needs a token: set CORROBORATE_TOKEN or give --token-file");
    }
  }

  /** Loopback, the default upload pool and time limit, and the rest as given. */
  public ServeOptions(
      int port, Optional<String> token, boolean readTokenRequired, long maxBodyBytes) {
    this(
        DEFAULT_BIND,
        port,
        token,
        readTokenRequired,
        maxBodyBytes,
        DEFAULT_UPLOAD_WORKERS,
        DEFAULT_UPLOAD_QUEUE,
        DEFAULT_UPLOAD_TIME_LIMIT);
  }

  /** Open reading, writing with {@code token}, the default body limit. */
  public static ServeOptions withToken(int port, String token) {
    return new ServeOptions(port, Optional.of(token), false, DEFAULT_MAX_BODY_MB * 1024 * 1024);
  }

  /** These options with another upload pool and time limit. */
  public ServeOptions withUploads(int workers, int queue, Duration timeLimit) {
    return new ServeOptions(
        bind, port, token, readTokenRequired, maxBodyBytes, workers, queue, timeLimit);
  }
}
