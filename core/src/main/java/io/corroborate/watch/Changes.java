package io.corroborate.watch;

import io.corroborate.dossier.Dossier;
import io.corroborate.model.Article;
import io.corroborate.model.ModelJson;
import io.corroborate.reconcile.Finding;
import io.corroborate.reconcile.FindingKind;
import io.corroborate.reconcile.Support;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What changed between two snapshots of a store, story by story:
 *
 * <ol>
 *   <li>a story that was not there is new (and its conflicts are new conflicts);
 *   <li>an article of a story that was not in it before is a revision when an article at the same
 *       address was there, else a new report;
 *   <li>a conflict on a variable that had no conflict before is a new conflict;
 *   <li>an update finding that was not there, or that gained an article, is an update.
 * </ol>
 *
 * Stories whose dossier did not change are not read.
 *
 * <pre>{@code List<Change> cs = Changes.between(Snapshot.of(store), afterRound);}</pre>
 */
public final class Changes {
  private Changes() {}

  public static List<Change> between(Snapshot before, Snapshot after) {
    List<Change> out = new ArrayList<>();
    for (String id : after.stories().keySet()) {
      String now = after.dossiers().get(id);
      String then = before.dossiers().get(id);
      if (now == null || now.equals(then)) {
        continue;
      }
      Dossier nd = ModelJson.read(now, Dossier.class);
      Optional<Dossier> od =
          then == null ? Optional.empty() : Optional.of(ModelJson.read(then, Dossier.class));
      out.addAll(story(od, nd));
    }
    return out;
  }

  static List<Change> story(Optional<Dossier> before, Dossier now) {
    List<Change> out = new ArrayList<>();
    Map<String, Article> byId = new HashMap<>();
    now.articles().forEach(a -> byId.put(a.id(), a));
    if (before.isEmpty()) {
      out.add(
          new Change(
              Change.Kind.NEW_STORY,
              now.storyId(),
              now.title(),
              "new story: " + now.title() + " (" + now.articlesLine() + ")",
              now.articles().stream().map(Changes::article).toList()));
    } else {
      Dossier then = before.get();
      Set<String> old = then.articles().stream().map(Article::id).collect(Collectors.toSet());
      Map<String, Article> oldByUrl = new HashMap<>();
      then.articles().forEach(a -> a.url().ifPresent(u -> oldByUrl.put(u, a)));
      List<Article> fresh = new ArrayList<>();
      for (Article a : now.articles()) {
        if (old.contains(a.id())) {
          continue;
        }
        Optional<Article> earlier = a.url().map(oldByUrl::get);
        if (earlier.isPresent()) {
          out.add(
              new Change(
                  Change.Kind.REVISION,
                  now.storyId(),
                  now.title(),
                  "revised: "
                      + a.title().orElse(a.url().orElseThrow())
                      + " ("
                      + a.outletShown()
                      + ")",
                  List.of(article(a), article(earlier.get()))));
        } else {
          fresh.add(a);
        }
      }
      if (!fresh.isEmpty()) {
        out.add(
            new Change(
                Change.Kind.NEW_ARTICLES,
                now.storyId(),
                now.title(),
                fresh.size()
                    + (fresh.size() == 1 ? " new report" : " new reports")
                    + " in "
                    + now.title()
                    + ": "
                    + fresh.stream()
                        .map(Article::outletShown)
                        .distinct()
                        .collect(Collectors.joining(", ")),
                fresh.stream().map(Changes::article).toList()));
      }
      // revisions first, then new reports: keep the documented order
      out.sort(java.util.Comparator.comparing(Change::kind));
    }
    Set<String> oldConflicts = new HashSet<>();
    Map<String, Set<String>> oldUpdates = new HashMap<>();
    before.ifPresent(
        d -> {
          for (Finding f : d.findings()) {
            if (f.kind() == FindingKind.CONFLICT) {
              oldConflicts.add(f.variable().key());
            } else if (f.kind() == FindingKind.UPDATE) {
              oldUpdates.put(f.variable().key(), articleIds(f));
            }
          }
        });
    for (Finding f : now.findings()) {
      if (f.kind() == FindingKind.CONFLICT && !oldConflicts.contains(f.variable().key())) {
        out.add(finding(Change.Kind.NEW_CONFLICT, now, f, byId));
      }
    }
    for (Finding f : now.findings()) {
      if (f.kind() != FindingKind.UPDATE) {
        continue;
      }
      Set<String> was = oldUpdates.get(f.variable().key());
      if (was == null || !was.containsAll(articleIds(f))) {
        out.add(finding(Change.Kind.UPDATE, now, f, byId));
      }
    }
    return out;
  }

  private static Set<String> articleIds(Finding f) {
    return f.support().stream().map(Support::articleId).collect(Collectors.toSet());
  }

  private static Change finding(Change.Kind kind, Dossier d, Finding f, Map<String, Article> byId) {
    List<Change.Evidence> ev = new ArrayList<>();
    for (Support s : f.support()) {
      Article a = byId.get(s.articleId());
      ev.add(
          new Change.Evidence(
              s.outlet(),
              s.articleId(),
              a == null ? Optional.empty() : a.url(),
              s.value() + (s.holds().isBlank() ? "" : " (" + s.holds() + ")"),
              s.sentence(),
              s.chain()));
    }
    return new Change(
        kind, d.storyId(), d.title(), f.variable().label() + ": " + f.explanation(), ev);
  }

  private static Change.Evidence article(Article a) {
    return new Change.Evidence(
        a.outletShown(), a.id(), a.url(), "", a.title().orElse(a.origin().where()), "");
  }
}
