package io.corroborate.analyze;

import io.corroborate.annotate.Annotation;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ClaimExtractor;
import io.corroborate.extract.ExtractOptions;
import io.corroborate.model.Article;
import io.corroborate.pipeline.Capability;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Reads each article's claims, reusing those already read ({@link StoryWork#known}). An article
 * without an annotation adds no claims; an undated one reads its dates with the publication days of
 * the story's dated reports. Claims end their chains with the outlet's name and hold at anchored
 * times, so both must be known first.
 *
 * <pre>{@code StoryPipeline.builder().add(new ExtractClaims(ExtractOptions.defaults()))}</pre>
 */
public final class ExtractClaims extends StoryStep {
  private final ClaimExtractor extractor;

  public ExtractClaims(ExtractOptions options) {
    super(
        "claims", Set.of(Capability.OUTLETS, Capability.TIMES_ANCHORED), Set.of(Capability.CLAIMS));
    this.extractor = new ClaimExtractor(Objects.requireNonNull(options, "options"));
  }

  @Override
  public StoryWork apply(StoryWork work) {
    Map<String, List<Claim>> claims = new LinkedHashMap<>();
    List<LocalDate> storyDays = AnchorTimes.storyDays(work.articles());
    for (Article a : work.articles()) {
      List<Claim> done = work.known().get(a.id());
      Annotation an = work.annotations().get(a.id());
      claims.put(a.id(), done != null ? done : an == null ? List.of() : extract(a, an, storyDays));
    }
    return work.withClaims(claims);
  }

  /** The article's claims; a failure names the article and where it was read. */
  private List<Claim> extract(Article a, Annotation an, List<LocalDate> storyDays) {
    try {
      return extractor.extract(a, an, storyDays);
    } catch (RuntimeException e) {
      throw new IllegalStateException(
          "reading the claims of article "
              + a.id()
              + " ("
              + a.origin().where()
              + ") failed: "
              + e.getMessage(),
          e);
    }
  }
}
