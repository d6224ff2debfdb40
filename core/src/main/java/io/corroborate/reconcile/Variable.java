package io.corroborate.reconcile;

import java.util.Objects;

/**
 * What a set of claims is about: a subject, what is measured and the time scope.
 *
 * <pre>
 * {@code new Variable("people|dead|cumulative", "people", "dead", "cumulative", "dead (people), cumulative")}
 * </pre>
 *
 * @param key stable identity: subject key, measure and scope joined by {@code |}
 * @param subject the subject as a reader says it (an entity's canonical name or normalised words)
 * @param measure the normalised measure, synonyms folded ({@code dead} for killed and died)
 * @param scope {@code cumulative}, {@code period:<first day>..<last day>}, {@code attribute} or
 *     {@code event-date}
 * @param label one line for a reader
 */
public record Variable(String key, String subject, String measure, String scope, String label) {
  public Variable {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(label, "label");
  }
}
