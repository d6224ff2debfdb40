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
    return new StoryWork(
        storyId,
        title,
        a,
        annotations,
        known,
        claims,
        copies,
        entities,
        findings,
        dossier,
        rejections,
        memo);
  }

  public StoryWork withAnnotations(Map<String, Annotation> a) {
    return new StoryWork(
        storyId,
        title,
        articles,
        a,
        known,
        claims,
        copies,
        entities,
        findings,
        dossier,
        rejections,
        memo);
  }

  public StoryWork withKnown(Map<String, List<Claim>> k) {
    return new StoryWork(
        storyId,
        title,
        articles,
        annotations,
        k,
        claims,
        copies,
        entities,
        findings,
        dossier,
        rejections,
        memo);
  }

  public StoryWork withClaims(Map<String, List<Claim>> c) {
    return new StoryWork(
        storyId,
        title,
        articles,
        annotations,
        known,
        Optional.of(c),
        copies,
        entities,
        findings,
        dossier,
        rejections,
        memo);
  }

  public StoryWork withCopies(CopyGroups c) {
    return new StoryWork(
        storyId,
        title,
        articles,
        annotations,
        known,
        claims,
        Optional.of(c),
        entities,
        findings,
        dossier,
        rejections,
        memo);
  }

  public StoryWork withEntities(LinkResult e) {
    return new StoryWork(
        storyId,
        title,
        articles,
        annotations,
        known,
        claims,
        copies,
        Optional.of(e),
        findings,
        dossier,
        rejections,
        memo);
  }

  public StoryWork withFindings(Reconciliation f) {
    return new StoryWork(
        storyId,
        title,
        articles,
        annotations,
        known,
        claims,
        copies,
        entities,
        Optional.of(f),
        dossier,
        rejections,
        memo);
  }

  public StoryWork withDossier(Dossier d) {
    return new StoryWork(
        storyId,
        title,
        articles,
        annotations,
        known,
        claims,
        copies,
        entities,
        findings,
        Optional.of(d),
        rejections,
        memo);
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
