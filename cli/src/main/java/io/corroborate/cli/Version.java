package io.corroborate.cli;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import picocli.CommandLine;

/**
 * What {@code corroborate --version} prints: the version and the commit the build came from, both
 * written into the jar by the build ({@code version.properties}, {@code git.properties}). A build
 * outside a git checkout says the commit is unknown.
 *
 * <pre>{@code corroborate 0.1.0-SNAPSHOT (commit 17644f2)}</pre>
 */
final class Version implements CommandLine.IVersionProvider {
  @Override
  public String[] getVersion() {
    return new String[] {line()};
  }

  static String line() {
    Properties version = read("version.properties");
    Properties git = read("git.properties");
    String v = version.getProperty("version", "unknown");
    String commit = git.getProperty("git.commit.id.abbrev", "");
    String full = git.getProperty("git.commit.id.full", "");
    String what;
    if (commit.isBlank()) {
      what = "commit unknown: built outside a git checkout";
    } else {
      what =
          "commit "
              + commit
              + ("true".equals(git.getProperty("git.dirty")) ? ", with uncommitted changes" : "")
              + (full.isBlank() ? "" : "; " + full);
    }
    return "corroborate " + v + " (" + what + ")";
  }

  private static Properties read(String name) {
    Properties p = new Properties();
    try (InputStream in = Version.class.getResourceAsStream(name)) {
      if (in != null) {
        p.load(in);
      }
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read " + name + " from the jar", e);
    }
    return p;
  }
}
