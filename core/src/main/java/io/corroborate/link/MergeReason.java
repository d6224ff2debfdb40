package io.corroborate.link;

import java.util.List;
import java.util.Objects;

/**
 * Why two groups of mentions became one entity: the rule, the mentions that were its evidence, and
 * how sure the rule is.
 *
 * <pre>
 * {@code new MergeReason("acronym-introduced", List.of("m3", "m7"), 0.95, "SBU introduced in parentheses")}
 * </pre>
 *
 * @param rule the cascade rule's name (see {@link Linker})
 * @param evidence ids of the mentions the rule matched, at least one
 * @param confidence in (0, 1]
 * @param detail a short human-readable account, e.g. {@code "Dravko ~ Dravco (romanisation)"}
 */
public record MergeReason(String rule, List<String> evidence, double confidence, String detail) {
  public MergeReason {
    Objects.requireNonNull(rule, "rule");
    Objects.requireNonNull(detail, "detail");
    evidence = List.copyOf(evidence);
    if (evidence.isEmpty()) {
      throw new IllegalArgumentException(
          "a merge reason needs at least one evidence mention (rule " + rule + ")");
    }
    if (!(confidence > 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "confidence must be in (0, 1], got " + confidence + " (rule " + rule + ")");
    }
  }
}
