package io.corroborate.reconcile;

import java.util.Objects;

/**
 * What a set of claims is about: a subject, what is measured, the time scope and the place the
 * figure is bound to.
 *
 * <pre>{@code
 * Variable v = Variable.of(new Variable.Key("people", "dead", "cumulative", "", ""), "people", "…");
 * v.key(); // "people|dead|cumulative"
 * }</pre>
 *
 * @param key stable identity, {@link Key#text()} of the variable's key
 * @param subject the subject as a reader says it (an entity's canonical name or normalised words)
 * @param measure the normalised measure, synonyms folded ({@code dead} for killed and died)
 * @param scope {@code cumulative}, {@code period:<first day>..<last day>}, {@code attribute} or
 *     {@code event-date}
 * @param place the place the figures are bound to as the reports name it ("Northland"), empty when
 *     they name none
 * @param label one line for a reader
 */
public record Variable(
    String key, String subject, String measure, String scope, String place, String label) {
  public Variable {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(scope, "scope");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(label, "label");
  }

  /** A variable bound to no place. */
  public Variable(String key, String subject, String measure, String scope, String label) {
    this(key, subject, measure, scope, "", label);
  }

  /** The variable of a key; its place is shown as {@code placeShown}. */
  static Variable of(Key key, String subject, String placeShown, String label) {
    return new Variable(key.text(), subject, key.measure(), key.scope(), placeShown, label);
  }

  /**
   * The identity of a variable: claims share a variable exactly when their keys are equal.
   *
   * @param subject the folded subject ("north korean troops"), empty for none
   * @param measure the folded measure, with its unit of measurement when it has one ("damage usd")
   * @param scope the time scope, as {@link Variable#scope}
   * @param place the folded place the figure is bound to, empty for none
   * @param facet what a derived finding looks at ({@code breakdown}, {@code after-deployed}), empty
   *     for the variable itself
   */
  public record Key(String subject, String measure, String scope, String place, String facet)
      implements Comparable<Key> {
    public Key {
      Objects.requireNonNull(subject, "subject");
      Objects.requireNonNull(measure, "measure");
      Objects.requireNonNull(scope, "scope");
      Objects.requireNonNull(place, "place");
      Objects.requireNonNull(facet, "facet");
    }

    /** The same variable about another measure. */
    public Key withMeasure(String other) {
      return new Key(subject, other, scope, place, facet);
    }

    /** A finding derived from this variable ("breakdown"). */
    public Key withFacet(String other) {
      return new Key(subject, measure, scope, place, other);
    }

    /** The same variable bound to another place ({@code ""} for none). */
    public Key withPlace(String other) {
      return new Key(subject, measure, scope, other, facet);
    }

    /**
     * The key as text, the one place it is rendered: subject, measure and scope joined by {@code
     * |}, then {@code in <place>} and the facet when there are.
     */
    public String text() {
      StringBuilder b = new StringBuilder(subject).append('|').append(measure).append('|');
      b.append(scope);
      if (!place.isEmpty()) {
        b.append("|in ").append(place);
      }
      if (!facet.isEmpty()) {
        b.append('|').append(facet);
      }
      return b.toString();
    }

    /**
     * As {@code text().compareTo(o.text())}, without building either text nor any array: a big
     * story's keys are compared many thousand times as its variables are sorted and looked up.
     */
    @Override
    public int compareTo(Key o) {
      int ia = 0;
      int ja = 0;
      int ib = 0;
      int jb = 0;
      String pa = piece(0);
      String pb = o.piece(0);
      while (true) {
        while (ia < PIECES && ja >= pa.length()) {
          pa = ++ia < PIECES ? piece(ia) : "";
          ja = 0;
        }
        while (ib < PIECES && jb >= pb.length()) {
          pb = ++ib < PIECES ? o.piece(ib) : "";
          jb = 0;
        }
        if (ia >= PIECES || ib >= PIECES) {
          return length() - o.length();
        }
        char x = pa.charAt(ja++);
        char y = pb.charAt(jb++);
        if (x != y) {
          return x - y;
        }
      }
    }

    /** How many pieces {@link #text} joins. */
    private static final int PIECES = 9;

    /** The {@code i}-th of the pieces {@link #text} joins, in order. */
    private String piece(int i) {
      return switch (i) {
        case 0 -> subject;
        case 1, 3 -> "|";
        case 2 -> measure;
        case 4 -> scope;
        case 5 -> place.isEmpty() ? "" : "|in ";
        case 6 -> place;
        case 7 -> facet.isEmpty() ? "" : "|";
        case 8 -> facet;
        default -> throw new IndexOutOfBoundsException(i);
      };
    }

    /** The length of {@link #text}. */
    private int length() {
      int n = subject.length() + measure.length() + scope.length() + 2;
      if (!place.isEmpty()) {
        n += 4 + place.length();
      }
      if (!facet.isEmpty()) {
        n += 1 + facet.length();
      }
      return n;
    }

    @Override
    public String toString() {
      return text();
    }
  }
}
