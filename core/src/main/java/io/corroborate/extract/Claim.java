package io.corroborate.extract;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * One checkable statement read from an article: about whom, what is measured or asserted, the
 * value, when and where it holds, how hedged, who stands behind it, and the words it was read from.
 *
 * <pre>{@code
 * Claim c = new ClaimExtractor(ExtractOptions.defaults()).extract(article, annotation).get(0);
 * c.measure();                 // "killed"
 * c.value();                   // Amount[300, [300, 300]]
 * c.attribution().chain();     // "South Korean intelligence ← Kyiv Post"
 * }</pre>
 *
 * @param measure what is measured or asserted, normalised: {@code killed}, {@code
 *     killed-or-wounded}, {@code deployed}, {@code age}, {@code born}, {@code role}, {@code unit},
 *     {@code nationality}, {@code origin}, {@code injuries}, {@code documents}, {@code said}…
 * @param place the span text of a location named in the sentence, if any
 * @param confidence how sure the extractor is, in [0, 1]
 * @param links stated relations to other claims of the same result
 */
public record Claim(
    ClaimKind kind,
    Subject subject,
    String measure,
    ClaimValue value,
    HoldsAt time,
    Optional<String> place,
    Hedging hedging,
    Attribution attribution,
    Evidence evidence,
    double confidence,
    List<ClaimLink> links) {
  public Claim {
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(subject, "subject");
    Objects.requireNonNull(measure, "measure");
    Objects.requireNonNull(value, "value");
    Objects.requireNonNull(time, "time");
    Objects.requireNonNull(place, "place");
    Objects.requireNonNull(hedging, "hedging");
    Objects.requireNonNull(attribution, "attribution");
    Objects.requireNonNull(evidence, "evidence");
    links = List.copyOf(links);
    if (measure.isBlank() || !(confidence >= 0 && confidence <= 1)) {
      throw new IllegalArgumentException(
          "claim needs a measure and a confidence in [0, 1], got '" + measure + "' " + confidence);
    }
    if (value.span().start() < evidence.sentence().start()
        || value.span().end() > evidence.sentence().end()) {
      throw new IllegalArgumentException(
          "claim value span " + value.span() + " lies outside its sentence " + evidence.sentence());
    }
  }

  Claim withAttribution(Attribution a) {
    return new Claim(
        kind, subject, measure, value, time, place, hedging, a, evidence, confidence, links);
  }

  Claim withLinks(List<ClaimLink> more) {
    return new Claim(
        kind,
        subject,
        measure,
        value,
        time,
        place,
        hedging,
        attribution,
        evidence,
        confidence,
        more);
  }
}
