package io.corroborate.annotate.quantity;

/**
 * How a number was hedged in the text; each hedge becomes an interval in {@link QuantityTagger}.
 */
public enum Hedge {
  /** "12,000": the stated value. */
  EXACT,
  /** "about", "around", "roughly", "some", "an estimated": a rounding interval. */
  APPROXIMATE,
  /** "nearly", "almost", "close to": a little below the value. */
  NEARLY,
  /** "up to", "as many as", "at most": from zero to the value. */
  AT_MOST,
  /** "at least", "no fewer than": the value or more. */
  AT_LEAST,
  /** "more than", "over", "exceeded": strictly more. */
  MORE_THAN,
  /** "fewer than", "under", "less than": strictly less. */
  LESS_THAN,
  /** "10,000–12,000", "between 11,000 and 12,000". */
  RANGE,
  /** "several hundred", "thousands of", "dozens of". */
  VAGUE
}
