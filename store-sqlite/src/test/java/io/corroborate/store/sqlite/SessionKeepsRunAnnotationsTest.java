package io.corroborate.store.sqlite;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.AnalyzeResult;
import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.store.Store;
import io.corroborate.testkit.Repo;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A run puts its new articles in stories and reads their claims from the annotations it has just
 * made: the store is asked for an article's annotation once (is one cached already?), not again
 * when the article joins a story and when its story's dossier is written.
 */
class SessionKeepsRunAnnotationsTest {
  @TempDir Path dir;

  @Test
  void aRunReadsEachNewArticlesAnnotationFromTheStoreOnlyToLookForACachedOne() {
    AtomicInteger reads = new AtomicInteger();
    try (SqliteStore sqlite = SqliteStore.open(dir.resolve("s.db"))) {
      Store store =
          (Store)
              Proxy.newProxyInstance(
                  Store.class.getClassLoader(),
                  new Class<?>[] {Store.class},
                  (proxy, method, args) -> {
                    if (method.getName().equals("annotation")) {
                      reads.incrementAndGet();
                    }
                    try {
                      return method.invoke(sqlite, args);
                    } catch (InvocationTargetException e) {
                      throw e.getCause();
                    }
                  });
      Corroborate c = Corroborate.builder().annotate(new PlainLanguageLayer(), store).build();
      AnalyzeResult r =
          c.session(store).add(Repo.exampleArticles("kaldor-dam"), new RunListener() {});
      assertThat(r.articles()).hasSizeGreaterThan(5);
      assertThat(r.touched()).isNotEmpty();
      assertThat(reads.get()).isEqualTo(r.articles().size());
    }
  }
}
