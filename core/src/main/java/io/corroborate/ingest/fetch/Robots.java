package io.corroborate.ingest.fetch;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of one site's robots.txt for one product token, after RFC 9309: the groups naming the
 * token (else the {@code *} groups) apply; the longest matching {@code Allow} or {@code Disallow}
 * pattern wins, {@code Allow} on a tie; {@code *} matches any characters and a final {@code $} the
 * end of the path. {@code Crawl-delay}, which the RFC leaves out but many sites use, is read too.
 *
 * <pre>{@code Robots r = Robots.parse(text, "corroborate"); r.allows("/news/a.html");}</pre>
 */
public final class Robots {
  private record Rule(boolean allow, String pattern) {}

  private final List<Rule> rules;
  private final Optional<Duration> crawlDelay;
  private final String why;
  private final boolean unreadable;

  private Robots(List<Rule> rules, Optional<Duration> crawlDelay, String why, boolean unreadable) {
    this.rules = List.copyOf(rules);
    this.crawlDelay = crawlDelay;
    this.why = why;
    this.unreadable = unreadable;
  }

  private Robots(List<Rule> rules, Optional<Duration> crawlDelay, String why) {
    this(rules, crawlDelay, why, false);
  }

  /** Whether these rules stand in for a robots.txt that could not be read. */
  public boolean unreadable() {
    return unreadable;
  }

  /** No robots.txt (it answered 4xx): everything may be fetched. */
  public static Robots allowAll() {
    return new Robots(List.of(), Optional.empty(), "");
  }

  /** robots.txt could not be read (5xx, unreachable): the RFC says to assume a full disallow. */
  public static Robots disallowAll(String why) {
    return new Robots(List.of(new Rule(false, "/")), Optional.empty(), why, true);
  }

  /** The rules in {@code text} that apply to {@code token} (matched case-insensitively). */
  public static Robots parse(String text, String token) {
    String me = token.toLowerCase(Locale.ROOT);
    List<Rule> mine = new ArrayList<>();
    List<Rule> any = new ArrayList<>();
    Optional<Duration> myDelay = Optional.empty();
    Optional<Duration> anyDelay = Optional.empty();
    boolean forMe = false;
    boolean forAny = false;
    boolean inAgents = false;
    for (String raw : text.split("\r\n|\r|\n")) {
      int hash = raw.indexOf('#');
      String line = (hash >= 0 ? raw.substring(0, hash) : raw).strip();
      int colon = line.indexOf(':');
      if (colon <= 0) {
        continue;
      }
      String key = line.substring(0, colon).strip().toLowerCase(Locale.ROOT);
      String value = line.substring(colon + 1).strip();
      if (key.equals("user-agent")) {
        if (!inAgents) {
          forMe = false;
          forAny = false;
        }
        inAgents = true;
        String agent = value.toLowerCase(Locale.ROOT);
        if (agent.equals("*")) {
          forAny = true;
        } else if (!agent.isEmpty() && (agent.contains(me) || me.contains(agent))) {
          forMe = true;
        }
        continue;
      }
      inAgents = false;
      if (key.equals("allow") || key.equals("disallow")) {
        if (value.isEmpty()) {
          continue;
        }
        Rule r = new Rule(key.equals("allow"), value);
        if (forMe) {
          mine.add(r);
        }
        if (forAny) {
          any.add(r);
        }
      } else if (key.equals("crawl-delay")) {
        Optional<Duration> d = seconds(value);
        if (forMe) {
          myDelay = d;
        }
        if (forAny) {
          anyDelay = d;
        }
      }
    }
    boolean named = !mine.isEmpty() || myDelay.isPresent() || namesToken(text, me);
    return named
        ? new Robots(mine, myDelay, "robots.txt disallows it for " + token)
        : new Robots(any, anyDelay, "robots.txt disallows it for every crawler");
  }

  private static boolean namesToken(String text, String me) {
    for (String raw : text.split("\r\n|\r|\n")) {
      String line = raw.strip().toLowerCase(Locale.ROOT);
      if (line.startsWith("user-agent:") && line.substring(11).strip().contains(me)) {
        return true;
      }
    }
    return false;
  }

  private static Optional<Duration> seconds(String v) {
    try {
      double s = Double.parseDouble(v);
      return s >= 0 && s < 86_400
          ? Optional.of(Duration.ofMillis((long) (s * 1000)))
          : Optional.empty();
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code pathAndQuery} (as in the request line: {@code /a/b?c}) may be fetched. */
  public boolean allows(String pathAndQuery) {
    String path = pathAndQuery.isEmpty() ? "/" : pathAndQuery;
    Rule best = null;
    for (Rule r : rules) {
      if (matches(r.pattern(), path)
          && (best == null
              || r.pattern().length() > best.pattern().length()
              || (r.pattern().length() == best.pattern().length() && r.allow()))) {
        best = r;
      }
    }
    return best == null || best.allow();
  }

  /** Why a path is refused, for the rejection. */
  public String why() {
    return why;
  }

  public Optional<Duration> crawlDelay() {
    return crawlDelay;
  }

  /** Glob-style match from the start of the path: {@code *} any run, final {@code $} the end. */
  static boolean matches(String pattern, String path) {
    boolean anchored = pattern.endsWith("$");
    String p = anchored ? pattern.substring(0, pattern.length() - 1) : pattern;
    return match(p, 0, path, 0, anchored);
  }

  /** Positions of the path each pattern prefix can reach: linear in both, whatever the stars. */
  private static boolean match(String p, int i, String s, int j, boolean anchored) {
    int n = s.length();
    boolean[] reach = new boolean[n + 1];
    reach[j] = true;
    for (; i < p.length(); i++) {
      char c = p.charAt(i);
      boolean[] next = new boolean[n + 1];
      if (c == '*') {
        boolean any = false;
        for (int k = 0; k <= n; k++) {
          any |= reach[k];
          next[k] = any;
        }
      } else {
        for (int k = 0; k < n; k++) {
          if (reach[k] && s.charAt(k) == c) {
            next[k + 1] = true;
          }
        }
      }
      reach = next;
    }
    if (anchored) {
      return reach[n];
    }
    for (boolean r : reach) {
      if (r) {
        return true;
      }
    }
    return false;
  }
}
