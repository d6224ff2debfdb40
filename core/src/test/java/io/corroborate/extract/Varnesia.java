package io.corroborate.extract;

import io.corroborate.annotate.Annotation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** Test helper: an invented story, annotated by the model-free layer and read by the extractor. */
final class Varnesia {
  static final LocalDate PUBLISHED = LocalDate.of(2026, 3, 14);

  private Varnesia() {}

  static Annotation annotate(String text) {
    return PlainLayer.annotate(text, Optional.of(PUBLISHED));
  }

  static List<Claim> claims(String text) {
    return new ClaimExtractor(ExtractOptions.defaults())
        .extract("varnesia-1", "Maradin Courier", annotate(text));
  }

  static String describe(Claim c, String text) {
    String value;
    if (c.value() instanceof ClaimValue.Amount a) {
      value = a.bounds().toString();
    } else if (c.value() instanceof ClaimValue.When w) {
      value = w.interval().startDate() + "/" + w.interval().granularity();
    } else {
      value = ((ClaimValue.Text) c.value()).text();
    }
    String time =
        c.time() instanceof HoldsAt.During d ? d.interval().startDate().toString() : "article-date";
    return c.kind()
        + " "
        + c.subject().text()
        + " | "
        + c.measure()
        + " | "
        + value
        + " | "
        + time
        + " | "
        + c.attribution().chain()
        + (c.hedging().hedged() ? " | hedged " + c.hedging().cues() : "")
        + (c.hedging().negated() ? " | negated" : "")
        + (c.links().isEmpty() ? "" : " | " + c.links());
  }
}
