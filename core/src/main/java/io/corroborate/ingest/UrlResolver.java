package io.corroborate.ingest;

import io.corroborate.model.Rejection;
import java.util.function.Consumer;

/**
 * Turns an http(s) address given as an input into inputs to read: the page itself, or the pages a
 * feed or sitemap lists. Failures are rejections naming the address, never exceptions. See {@code
 * ingest.fetch.Links}.
 */
public interface UrlResolver {
  /** Whether {@code arg} is an address this resolver takes (http or https). */
  static boolean isUrl(String arg) {
    String a = arg.strip().toLowerCase(java.util.Locale.ROOT);
    return a.startsWith("http://") || a.startsWith("https://");
  }

  void resolve(String url, Consumer<Input> out, Consumer<Rejection> reject);
}
