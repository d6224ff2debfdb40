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

  /**
   * One line per finding, attribute, timeline event and relay, for reading a reconciliation in a
   * terminal or a test log.
   */
  public String describe() {
    StringBuilder b = new StringBuilder();
    for (Finding f : findings) {
      b.append(f.kind()).append(' ').append(f.variable().key()).append(" :: ");
      b.append(f.explanation()).append('\n');
    }
    for (EntityProfile p : profiles) {
      for (EntityProfile.Attribute a : p.attributes()) {
        b.append("PROFILE ").append(p.name()).append(' ').append(a.name()).append(' ');
        b.append(a.values()).append(a.consistent() ? " consistent " : " inconsistent ");
        b.append(a.explanation()).append('\n');
      }
    }
    for (TimelineEvent e : timeline) {
      b.append("EVENT ").append(e.start()).append(' ').append(e.label()).append(' ');
      b.append(e.support().size()).append(" source line(s)\n");
    }
    relays.forEach(r -> b.append("RELAY ").append(r.line()).append('\n'));
    return b.toString();
  }
}
