package io.corroborate.analyze;

import io.corroborate.annotate.Annotation;
import io.corroborate.cluster.CopyGroups;
import io.corroborate.dossier.Dossier;
import io.corroborate.extract.Claim;
import io.corroborate.link.LinkResult;
import io.corroborate.model.Article;
import io.corroborate.model.Rejection;
import io.corroborate.reconcile.Reconciliation;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * One story on its way through the story stages: its articles and annotations, and what each stage
 * has added so far. Stages return a new one; nothing is changed in place.
 *
 * <pre>{@code
 * StoryWork w = StoryWork.of("s1", "Flood", articles, annotations, List.of(), new StoryMemo());
 * }</pre>
 *
 * @param known claims already read from some articles (by article id) that the claims stage may
 *     reuse; stages that change what an article's claims depend on drop its entry
 * @param claims by article id, in the articles' order, once the claims stage has run
 */
public record StoryWork(
    String storyId,
    String title,
    List<Article> articles,
    Map<String, Annotation> annotations,
    Map<String, List<Claim>> known,
    Optional<Map<String, List<Claim>>> claims,
    Optional<CopyGroups> copies,
    Optional<LinkResult> entities,
    Optional<Reconciliation> findings,
    Optional<Dossier> dossier,
    List<Rejection> rejections,
    StoryMemo memo) {
  public StoryWork {
    Objects.requireNonNull(storyId, "storyId");
    Objects.requireNonNull(title, "title");
    articles = List.copyOf(articles);
    annotations = ordered(annotations);
    known = ordered(known);
    claims = claims.map(StoryWork::ordered);
    Objects.requireNonNull(copies, "copies");
    Objects.requireNonNull(entities, "entities");
    Objects.requireNonNull(findings, "findings");
    Objects.requireNonNull(dossier, "dossier");
    rejections = List.copyOf(rejections);
    Objects.requireNonNull(memo, "memo");
  }

  /** A story before any story stage: its articles, their annotations and the run's rejections. */
  public static StoryWork of(
      String storyId,
      String title,
      List<Article> articles,
      Map<String, Annotation> annotations,
      List<Rejection> rejections,
      StoryMemo memo) {
    return new StoryWork(
        storyId,
        title,
        articles,
        annotations,
        Map.of(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        Optional.empty(),
        rejections,
        memo);
  }

  public StoryWork withArticles(List<Article> a) {
    return with(p -> p.articles = a);
  }

  public StoryWork withAnnotations(Map<String, Annotation> a) {
    return with(p -> p.annotations = a);
  }

  public StoryWork withKnown(Map<String, List<Claim>> k) {
    return with(p -> p.known = k);
  }

  public StoryWork withClaims(Map<String, List<Claim>> c) {
    return with(p -> p.claims = Optional.of(c));
  }

  public StoryWork withCopies(CopyGroups c) {
    return with(p -> p.copies = Optional.of(c));
  }

  public StoryWork withEntities(LinkResult e) {
    return with(p -> p.entities = Optional.of(e));
  }

  public StoryWork withFindings(Reconciliation f) {
    return with(p -> p.findings = Optional.of(f));
  }

  public StoryWork withDossier(Dossier d) {
    return with(p -> p.dossier = Optional.of(d));
  }

  /** A copy of this work with {@code change} made to its parts. */
  private StoryWork with(Consumer<Parts> change) {
    Parts p = new Parts(this);
    change.accept(p);
    return new StoryWork(
        storyId,
        title,
        p.articles,
        p.annotations,
        p.known,
        p.claims,
        p.copies,
        p.entities,
        p.findings,
        p.dossier,
        rejections,
        memo);
  }

  /** The parts stages change, to copy a work with one of them changed. */
  private static final class Parts {
    List<Article> articles;
    Map<String, Annotation> annotations;
    Map<String, List<Claim>> known;
    Optional<Map<String, List<Claim>>> claims;
    Optional<CopyGroups> copies;
    Optional<LinkResult> entities;
    Optional<Reconciliation> findings;
    Optional<Dossier> dossier;

    Parts(StoryWork w) {
      articles = w.articles;
      annotations = w.annotations;
      known = w.known;
      claims = w.claims;
      copies = w.copies;
      entities = w.entities;
      findings = w.findings;
      dossier = w.dossier;
    }
  }

  /** The claims; fails naming the story if no claims stage has run. */
  public Map<String, List<Claim>> expectClaims() {
    return claims.orElseThrow(() -> missing("claims"));
  }

  public CopyGroups expectCopies() {
    return copies.orElseThrow(() -> missing("copies"));
  }

  public LinkResult expectEntities() {
    return entities.orElseThrow(() -> missing("entities"));
  }

  public Reconciliation expectFindings() {
    return findings.orElseThrow(() -> missing("findings"));
  }

  public Dossier expectDossier() {
    return dossier.orElseThrow(() -> missing("dossier"));
  }

  /** An unmodifiable copy that keeps the order of {@code m}: the articles' order. */
  private static <V> Map<String, V> ordered(Map<String, V> m) {
    return Collections.unmodifiableMap(new LinkedHashMap<>(m));
  }

  private NoSuchElementException missing(String what) {
    return new NoSuchElementException("no " + what + " yet for story " + storyId);
  }
}
