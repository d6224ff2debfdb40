package io.corroborate.cli;

/** The exit codes of every {@code corroborate} command, as the README documents them. */
final class ExitCodes {
  /** Everything went well. */
  static final int OK = 0;

  /** The run finished but some inputs were rejected (they are listed and stored). */
  static final int SOME_REJECTED = 1;

  /** The command line was wrong. */
  static final int USAGE = 2;

  /** A file or the store could not be read or written, or strict mode stopped at a bad input. */
  static final int IO_OR_STORE = 3;

  private ExitCodes() {}
}
