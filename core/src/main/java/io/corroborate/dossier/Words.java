package io.corroborate.dossier;

import io.corroborate.model.Article;

/** Small facts about an article that every renderer shows the same way. */
final class Words {
  private Words() {}

  static int count(String text) {
    String t = text.strip();
    return t.isEmpty() ? 0 : t.split("\\s+").length;
  }

  static String date(Article a) {
    return a.published().map(p -> p.date().toString()).orElse("undated");
  }

  /** A resolved date as a reader says it: a day, a month, or a range of days. */
  static String when(DateMention m) {
    if (m.first().equals(m.last())) {
      return m.first().toString();
    }
    if (m.granularity().equals("month")) {
      return m.first().toString().substring(0, 7);
    }
    if (m.granularity().equals("year")) {
      return m.first().toString().substring(0, 4);
    }
    return m.first() + " – " + m.last() + " (" + m.granularity() + ")";
  }

  static String clip(String s, int n) {
    String one = s.replaceAll("\\s+", " ");
    return one.length() <= n ? one : one.substring(0, n - 1) + "…";
  }

  static String source(Article a, String field) {
    return a.sourceOf(field).map(f -> f.source()).orElse("not found");
  }
}
