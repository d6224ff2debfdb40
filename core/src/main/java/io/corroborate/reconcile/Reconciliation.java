package io.corroborate.reconcile;

import java.util.List;

/**
 * The reconciler's answer for one story.
 *
 * <pre>{@code Reconciliation r = new Reconciler(ReconcileOptions.defaults()).reconcile(input);
 * r.findings().get(0).kind(); // CONFLICT when there is one}</pre>
 *
 * @param findings conflicts first, then breakdowns, updates, agreements, single-source
 * @param timeline chronological
 */
public record Reconciliation(
    List<Variable> variables,
    List<Finding> findings,
    List<TimelineEvent> timeline,
    List<EntityProfile> profiles,
    List<Relay> relays) {
  public Reconciliation {
    variables = List.copyOf(variables);
    findings = List.copyOf(findings);
    timeline = List.copyOf(timeline);
    profiles = List.copyOf(profiles);
    relays = List.copyOf(relays);
  }
}
