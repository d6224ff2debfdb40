package io.corroborate.serve;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.dossier.ClaimLine;
import io.corroborate.dossier.Dossier;
import io.corroborate.dossier.JsonRenderer;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.store.Membership;
import io.corroborate.store.Store;
import io.corroborate.store.StorySummary;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * A write path without clustering: the new articles of one call form one story, whose dossier is
 * written at once. It stands in where the analyzer (which clusters across calls) is not used.
 *
 * <pre>{@code new StoryAdder(Corroborate.create(), store).add(List.of("examples/kaldor-dam"))}
 * </pre>
 */
public final class StoryAdder implements Adder {
  private final Corroborate corroborate;
  private final Store store;

  public StoryAdder(Corroborate corroborate, Store store) {
    this.corroborate = Objects.requireNonNull(corroborate, "corroborate");
    this.store = Objects.requireNonNull(store, "store");
  }

  @Override
  public synchronized AddReport add(List<String> inputs) {
    RunSummary run = corroborate.run(inputs, new RunListener() {});
    List<Article> added = new ArrayList<>();
    for (Article a : run.articles()) {
      if (store.put(a) == Store.Put.ADDED) {
        added.add(a);
      }
    }
    run.rejections().forEach(store::reject);
    if (added.isEmpty()) {
      return new AddReport(List.of(), List.of(), run.rejections());
    }
    String storyId = storyId(added);
    for (Article a : added) {
      store.assign(new Membership(a.id(), storyId, 1.0, "added together in one upload"));
    }
    List<Article> members =
        store.storyArticleIds(storyId).stream().map(store::expectArticle).toList();
    String title =
        members.stream()
            .map(Article::title)
            .flatMap(Optional::stream)
            .findFirst()
            .orElse("Untitled story");
    Dossier d = Dossier.of(title, members, run.annotations(), List.of());
    Map<String, List<ClaimLine>> claims =
        d.figures().stream().collect(Collectors.groupingBy(ClaimLine::articleId));
    for (Article a : members) {
      store.putClaims(a.id(), claims.getOrDefault(a.id(), List.of()));
    }
    List<LocalDate> dates =
        members.stream()
            .map(Article::published)
            .flatMap(Optional::stream)
            .map(DateStamp::date)
            .sorted()
            .toList();
    StorySummary summary =
        new StorySummary(
            storyId,
            title,
            members.size(),
            d.sources().size(),
            0,
            0,
            dates.stream().findFirst(),
            dates.stream().max(Comparator.naturalOrder()),
            Instant.now());
    store.putDossier(summary, new JsonRenderer().render(d));
    return new AddReport(
        added.stream().map(Article::id).toList(), List.of(summary), run.rejections());
  }

  private static String storyId(List<Article> articles) {
    try {
      MessageDigest md = MessageDigest.getInstance("SHA-256");
      articles.stream()
          .map(Article::id)
          .sorted()
          .forEach(id -> md.update(id.getBytes(StandardCharsets.UTF_8)));
      return "s" + HexFormat.of().formatHex(md.digest()).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("SHA-256 is always present", e);
    }
  }
}
