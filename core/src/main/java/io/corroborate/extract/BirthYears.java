package io.corroborate.extract;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * Whether the ages and birth years given for one person can all hold: "21" as of February 2025
 * allows a birth in 2003 or 2004, not in 2005. Linking (to pair unnamed people with named ones by
 * their attributes) and reconciling (to check a person's attributes over time) ask the same
 * question here.
 *
 * <pre>{@code Optional<String> why = BirthYears.clash(List.of(new BirthYears.Dated(age, day)),
 *     List.of(new BirthYears.Dated(born, Optional.empty())));}</pre>
 */
public final class BirthYears {
  private BirthYears() {}

  /** An age or a birth-year claim with the day it holds as of ({@link AsOf#day}). */
  public record Dated(Claim claim, Optional<LocalDate> asOf) {
    public Dated {
      java.util.Objects.requireNonNull(claim, "claim");
      java.util.Objects.requireNonNull(asOf, "asOf");
    }
  }

  /**
   * Why the ages and birth years cannot all hold, or empty when one birth year fits every dated age
   * and every birth year. 1. Each age as of a day allows two birth years (a birthday yet to come or
   * already past); the ages together allow those they share, and none in common is a clash of ages;
   * 2. a birth year outside what the ages allow is a clash. An age with no day or no figure tells
   * nothing here.
   */
  public static Optional<String> clash(List<Dated> ages, List<Dated> born) {
    Set<Integer> allowed = null;
    Dated firstAge = null;
    // 1.
    for (Dated age : ages) {
      if (!(age.claim().value() instanceof ClaimValue.Amount a) || age.asOf().isEmpty()) {
        continue;
      }
      LocalDate at = age.asOf().get();
      int years = (int) Math.round(a.value());
      Set<Integer> these = Set.of(at.getYear() - years - 1, at.getYear() - years);
      if (allowed == null) {
        allowed = new TreeSet<>(these);
        firstAge = age;
      } else {
        allowed.retainAll(these);
        if (allowed.isEmpty()) {
          return Optional.of(
              "aged "
                  + shown(firstAge)
                  + " and "
                  + shown(age)
                  + " at the dates given cannot both hold");
        }
      }
    }
    if (allowed == null) {
      return Optional.empty();
    }
    // 2.
    for (Dated b : born) {
      if (b.claim().value() instanceof ClaimValue.When w) {
        int y = w.interval().startDate().getYear();
        if (!allowed.contains(y)) {
          return Optional.of(
              "aged "
                  + shown(firstAge)
                  + " as of "
                  + firstAge.asOf().get()
                  + " means born in "
                  + String.join(" or ", allowed.stream().map(String::valueOf).toList())
                  + ", not in "
                  + y);
        }
      }
    }
    return Optional.empty();
  }

  private static String shown(Dated d) {
    return ClaimValue.shown(d.claim().value());
  }
}
