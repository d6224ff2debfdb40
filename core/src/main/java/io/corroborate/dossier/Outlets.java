package io.corroborate.dossier;

import io.corroborate.model.Article;
import io.corroborate.model.FieldSource;
import java.net.URI;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Names outlets that an input knows only by their web domain (a news-please record's {@code
 * source_domain}, a page without a site name) the way other articles of the same domain name them,
 * so one outlet is not counted twice.
 */
public final class Outlets {
  private Outlets() {}

  public static List<Article> resolve(List<Article> articles) {
    Map<String, String> named = new HashMap<>();
    for (Article a : articles) {
      Optional<String> d = a.url().flatMap(Outlets::domain);
      if (d.isPresent()
          && !looksLikeDomain(a.outlet())
          && !a.outlet().equals(Article.UNKNOWN_OUTLET)) {
        named.putIfAbsent(d.get(), a.outlet());
      }
    }
    return articles.stream()
        .map(
            a -> {
              if (!looksLikeDomain(a.outlet())) {
                return a;
              }
              String domain = bare(a.outlet());
              String name = named.getOrDefault(domain, domain);
              if (name.equals(a.outlet())) {
                return a;
              }
              String why =
                  named.containsKey(domain)
                      ? "named so by another article from " + domain
                      : "domain without www";
              return a.toBuilder()
                  .outlet(name)
                  .addProvenance(new FieldSource("outlet", name, why))
                  .build();
            })
        .toList();
  }

  static Optional<String> domain(String url) {
    try {
      String host = URI.create(url.strip()).getHost();
      return Optional.ofNullable(host).map(Outlets::bare);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static String bare(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    return h.startsWith("www.") ? h.substring(4) : h;
  }

  private static boolean looksLikeDomain(String outlet) {
    return DOMAIN.matcher(outlet).matches();
  }

  /** A host name: read for every report of a story at each update, so compiled once. */
  private static final Pattern DOMAIN = Pattern.compile("(?i)[a-z0-9-]+(\\.[a-z0-9-]+)+");
}
