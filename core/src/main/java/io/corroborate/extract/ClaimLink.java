package io.corroborate.extract;

import java.util.Objects;

/**
 * How a claim relates to another claim of the same sentence, as the text states it: "300 killed and
 * 2,700 wounded" are {@link Kind#ALONGSIDE}; "including 500 officers" is {@link Kind#PART_OF} the
 * 12,000; "two-thirds of them killed" is a {@link Kind#FRACTION_OF} the 4,000.
 *
 * <pre>{@code claim.links().get(0).other(); // index of the other claim in the result}</pre>
 *
 * @param other the index of the other claim in the extractor's result list
 */
public record ClaimLink(Kind kind, int other) {
  public enum Kind {
    ALONGSIDE,
    PART_OF,
    FRACTION_OF
  }

  public ClaimLink {
    Objects.requireNonNull(kind, "kind");
    if (other < 0) {
      throw new IllegalArgumentException("claim link needs a claim index >= 0, got " + other);
    }
  }
}
