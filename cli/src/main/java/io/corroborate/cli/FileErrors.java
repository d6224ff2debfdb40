package io.corroborate.cli;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.nio.file.Path;

/**
 * What an I/O error says to the user: the file and why it failed. Java's file errors carry only the
 * path in their message ({@code AccessDeniedException: out.md}); the reason is in their type.
 */
final class FileErrors {
  private FileErrors() {}

  /**
   * Fails, as writing would, when {@code file} cannot be written: it is a folder, its folder does
   * not exist, or its folder is not writable. Commands that work long before they write check their
   * output first, so a run is not lost to a wrong {@code -o}.
   */
  static void checkWritable(Path file) throws IOException {
    Path abs = file.toAbsolutePath();
    if (Files.isDirectory(abs)) {
      throw new FileSystemException(file.toString(), null, "is a directory");
    }
    Path dir = abs.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new NoSuchFileException(file.toString());
    }
    if (dir != null && !Files.isWritable(dir) || Files.exists(abs) && !Files.isWritable(abs)) {
      throw new AccessDeniedException(file.toString());
    }
  }

  /** "FILE: REASON" for a file system error, the message (or the error's kind) otherwise. */
  static String describe(IOException e) {
    if (!(e instanceof FileSystemException fs) || fs.getFile() == null) {
      String m = e.getMessage();
      return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
    String where = fs.getFile() + (fs.getOtherFile() != null ? " -> " + fs.getOtherFile() : "");
    return where + ": " + reason(fs);
  }

  private static String reason(FileSystemException fs) {
    if (fs instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (fs instanceof NoSuchFileException) {
      return missingFolder(fs.getFile())
          .map(dir -> "the folder " + dir + " does not exist")
          .orElse("no such file or folder");
    }
    if (fs instanceof NotDirectoryException) {
      return "not a folder";
    }
    if (fs instanceof FileAlreadyExistsException) {
      return "already exists";
    }
    if (fs instanceof DirectoryNotEmptyException) {
      return "the folder is not empty";
    }
    String why = fs.getReason();
    return why == null || why.isBlank() ? fs.getClass().getSimpleName() : lowerFirst(why);
  }

  /** The nearest missing folder above {@code file}, when one is missing. */
  private static java.util.Optional<Path> missingFolder(String file) {
    try {
      Path parent = Path.of(file).getParent();
      Path missing = null;
      while (parent != null && !Files.exists(parent)) {
        missing = parent;
        parent = parent.getParent();
      }
      return java.util.Optional.ofNullable(missing);
    } catch (InvalidPathException e) {
      return java.util.Optional.empty();
    }
  }

  /** "Is a directory" (the operating system's wording) reads "is a directory" after a colon. */
  private static String lowerFirst(String s) {
    return s.length() > 1
            && Character.isUpperCase(s.charAt(0))
            && Character.isLowerCase(s.charAt(1))
        ? Character.toLowerCase(s.charAt(0)) + s.substring(1)
        : s;
  }
}
