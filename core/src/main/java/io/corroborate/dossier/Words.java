package io.corroborate.dossier;

import io.corroborate.extract.Evidence;
import io.corroborate.lang.Scripts;
import io.corroborate.model.Article;
import io.corroborate.reconcile.FindingKind;
import io.corroborate.reconcile.Support;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.stream.Collectors;

/** Small facts about an article that every renderer shows the same way. */
final class Words {
  private Words() {}

  /**
   * The words of a text: its runs between spaces, and inside a run written in a script without
   * spaces (Chinese, Japanese, Thai) the words ICU's dictionary finds there.
   */
  static int count(String text) {
    String t = text.strip();
    if (t.isEmpty()) {
      return 0;
    }
    int n = 0;
    for (String run : t.split("\\s+")) {
      n += Scripts.anyUnspaced(run) ? Math.max(1, io.corroborate.lang.Words.count(run)) : 1;
    }
    return n;
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

  /** "1 independent origin", "3 independent origins". */
  static String origins(int n) {
    return n + (n == 1 ? " independent origin" : " independent origins");
  }

  /** A finding's kind as a reader names it. */
  static String kind(FindingKind k) {
    return switch (k) {
      case CONFLICT -> "Conflict";
      case BREAKDOWN -> "Breakdown";
      case SCOPE -> "Different scopes";
      case UPDATE -> "Update";
      case AGREE -> "Agree";
      case SINGLE_SOURCE -> "Single source";
    };
  }

  /** Where a line's evidence is: {@code `article id@start-end`}. */
  static String evidence(Evidence e) {
    return "`" + e.articleId() + "@" + e.claim().start() + "-" + e.claim().end() + "`";
  }

  /** A day, or a range of days. */
  static String span(LocalDate start, LocalDate end) {
    return start.equals(end) ? start.toString() : start + " – " + end;
  }

  /** The distinct outlets of some support lines, in order. */
  static String outlets(List<Support> support) {
    return String.join(
        ", ",
        support.stream().map(Support::outlet).collect(Collectors.toCollection(LinkedHashSet::new)));
  }
}
