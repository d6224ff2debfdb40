package io.corroborate.eval.extraction;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Shingle overlap as the article-extraction-benchmark defines it: the sets of 4-grams of whitespace
 * tokens of the expected and extracted text; precision = shared / extracted, recall = shared /
 * expected. A text shorter than four tokens is one shingle.
 *
 * <pre>{@code Shingles.score("the expected body", "the extracted body").f1()}</pre>
 */
public final class Shingles {
  public static final int N = 4;

  private Shingles() {}

  /** One page's overlap. */
  public record Score(int shared, int expected, int extracted) {
    public double precision() {
      if (extracted == 0) {
        return expected == 0 ? 1 : 0;
      }
      return (double) shared / extracted;
    }

    public double recall() {
      if (expected == 0) {
        return extracted == 0 ? 1 : 0;
      }
      return (double) shared / expected;
    }

    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
  }

  public static Score score(String expected, String extracted) {
    Set<List<String>> a = shingles(expected);
    Set<List<String>> b = shingles(extracted);
    int shared = 0;
    for (List<String> s : b) {
      if (a.contains(s)) {
        shared++;
      }
    }
    return new Score(shared, a.size(), b.size());
  }

  static Set<List<String>> shingles(String text) {
    String norm = Extract.normalizeSpace(text);
    Set<List<String>> out = new HashSet<>();
    if (norm.isEmpty()) {
      return out;
    }
    String[] tokens = norm.split(" ");
    if (tokens.length < N) {
      out.add(List.of(tokens));
      return out;
    }
    for (int i = 0; i + N <= tokens.length; i++) {
      out.add(List.of(tokens[i], tokens[i + 1], tokens[i + 2], tokens[i + 3]));
    }
    return out;
  }
}
