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

  static String source(Article a, String field) {
    return a.sourceOf(field).map(f -> f.source()).orElse("not found");
  }
}
