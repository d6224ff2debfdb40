package io.corroborate.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/** Content-derived identifiers: the same bytes always give the same id. */
public final class Ids {
  private Ids() {}

  /** Hex SHA-256 of {@code bytes}. */
  public static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
    }
  }

  public static String sha256(String text) {
    return sha256(text.getBytes(StandardCharsets.UTF_8));
  }

  /** The article id for a payload hash: its first 16 hex digits. */
  public static String articleId(String contentId) {
    if (contentId.length() < 16) {
      throw new IllegalArgumentException("content id too short: " + contentId);
    }
    return contentId.substring(0, 16);
  }
}
