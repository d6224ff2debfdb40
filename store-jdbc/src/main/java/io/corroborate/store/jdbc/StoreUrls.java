package io.corroborate.store.jdbc;

import java.util.regex.Pattern;

/**
 * Makes text that may hold a database url safe to print: the password of {@code
 * scheme://user:password@host} and any {@code password=} parameter become {@code ***}.
 *
 * <pre>{@code StoreUrls.mask("postgresql://ann:hunter2@db/news")  // postgresql://ann:***@db/news}
 * </pre>
 */
public final class StoreUrls {
  private static final Pattern USER_INFO = Pattern.compile("(//[^:/@\\s]*:)[^@/\\s]*@");
  private static final Pattern PASSWORD_PARAM = Pattern.compile("(?i)(password=)[^&\\s]*");

  private StoreUrls() {}

  /** {@code text} with every password in it replaced by {@code ***}. */
  public static String mask(String text) {
    if (text == null) {
      return null;
    }
    String out = USER_INFO.matcher(text).replaceAll("$1***@");
    return PASSWORD_PARAM.matcher(out).replaceAll("$1***");
  }
}
