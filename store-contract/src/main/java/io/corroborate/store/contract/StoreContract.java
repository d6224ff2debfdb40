package io.corroborate.store.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.dossier.ClaimLine;
import io.corroborate.model.Article;
import io.corroborate.model.Block;
import io.corroborate.model.DateStamp;
import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.Rejection;
import io.corroborate.model.Role;
import io.corroborate.store.Membership;
import io.corroborate.store.SearchHit;
import io.corroborate.store.SearchQuery;
import io.corroborate.store.Store;
import io.corroborate.store.StorySummary;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What every {@link Store} must do, whatever keeps its data. A store implementation's tests extend
 * this class and say how to open a fresh, empty store and how to open it again.
 *
 * <pre>{@code
 * class SqliteStoreContractTest extends StoreContract {
 *   @TempDir Path dir;
 *   protected Store openFresh() { return SqliteStore.open(dir.resolve("c.db")); }
 *   protected Store reopen() { return SqliteStore.open(dir.resolve("c.db")); }
 * }
 * }</pre>
 */
public abstract class StoreContract {
  private Store store;

  /** A store with nothing in it. Called once before each test. */
  protected abstract Store openFresh() throws Exception;

  /** The same store opened again, as a second process or a re-run would open it. */
  protected abstract Store reopen() throws Exception;

  @BeforeEach
  void open() throws Exception {
    store = openFresh();
  }

  @AfterEach
  void close() {
    if (store != null) {
      store.close();
    }
  }

  /** A fictional article with one body passage, removed junk and provenance. */
  protected static Article article(String id, String title, String body) {
    return Article.builder()
        .id(id)
        .origin(new Origin("feed-" + id + ".xml", 512, Format.FEED))
        .url("https://harbor-wire.example/2031/03/02/" + id)
        .outlet("Harbor Wire")
        .title(title)
        .authors(List.of("Mira Solenne"))
        .published(DateStamp.of(OffsetDateTime.parse("2031-03-02T08:30:00Z")))
        .language("en")
        .provenance(List.of(new FieldSource("outlet", "Harbor Wire", "feed title")))
        .blocks(
            List.of(
                new Block("Share on X", Role.PROMPT, 0.9, "share bar"),
                new Block(body, Role.BODY, 0.8, "paragraph")))
        .build();
  }

  private static ClaimLine claim(String articleId, String measure, String value, String sentence) {
    return new ClaimLine(
        articleId,
        "Harbor Wire",
        "numeric",
        measure,
        value,
        "[" + value + ", " + value + "]",
        "2031-03-02",
        "the river authority ← Harbor Wire",
        sentence);
  }

  private static StorySummary summary(String id, String title, int conflicts, Instant updated) {
    return new StorySummary(
        id,
        title,
        2,
        1,
        3,
        conflicts,
        Optional.of(LocalDate.of(2031, 3, 1)),
        Optional.of(LocalDate.of(2031, 3, 2)),
        updated);
  }

  @Test
  void anArticleReadsBackExactlyAsItWasStored() {
    Article a = article("a1b2c3d4e5f60718", "Dam gates opened", "Engineers opened two gates.");
    assertThat(store.put(a)).isEqualTo(Store.Put.ADDED);
    assertThat(store.expectArticle(a.id())).isEqualTo(a);
    assertThat(store.articles()).containsExactly(a);
  }

  @Test
  void storingAnArticleTwiceKeepsOneCopyAcrossReopening() throws Exception {
    Article a = article("a1b2c3d4e5f60718", "Dam gates opened", "Engineers opened two gates.");
    store.put(a);
    store.close();
    store = reopen();
    assertThat(store.put(a)).isEqualTo(Store.Put.ALREADY_STORED);
    assertThat(store.articleCount()).isEqualTo(1);
    assertThat(store.search("engineers gates", 10)).hasSize(1);
  }

  @Test
  void anArticlesAnnotationsAreKeptPerLayerAndListedAcrossReopening() throws Exception {
    Article a = article("a1b2c3d4e5f60718", "Dam gates opened", "Engineers opened two gates.");
    store.put(a);
    assertThat(store.layers(a.id())).isEmpty();
    io.corroborate.annotate.Annotation plain =
        new io.corroborate.analyze.PlainLanguageLayer().annotate(a);
    store.putAnnotation(a.id(), "plain+rules1", plain);
    store.putAnnotation(a.id(), "corenlp+rules1", plain);
    store.putAnnotation(a.id(), "plain+rules1", plain);
    store.close();
    store = reopen();
    assertThat(store.layers(a.id())).containsExactly("corenlp+rules1", "plain+rules1");
    assertThat(store.annotation(a.id(), "plain+rules1")).contains(plain);
    assertThat(store.layers("ffffffffffffffff")).isEmpty();
  }

  @Test
  void aRejectionIsKeptOnceWithFileOffsetAndReason() {
    Rejection r = new Rejection("cut.warc.gz", 4054, Rejection.Kind.TRUNCATED, "record cut short");
    assertThat(store.reject(r)).isTrue();
    assertThat(store.reject(r)).isFalse();
    assertThat(store.rejections()).containsExactly(r);
  }

  @Test
  void anArticleKeepsTheFirstStoryItWasGiven() throws Exception {
    store.put(article("a1", "Dam gates opened", "Engineers opened two gates."));
    store.put(article("a2", "Town evacuated", "Some 3,000 people left the town."));
    assertThat(store.assign(new Membership("a1", "s1", 1.0, "started the story"))).isTrue();
    assertThat(store.assign(new Membership("a2", "s1", 0.6, "joined: shares Tessel Weir")))
        .isTrue();
    assertThat(store.assign(new Membership("a1", "s9", 0.9, "a later run"))).isFalse();
    store.close();
    store = reopen();
    assertThat(store.memberships())
        .containsExactly(
            new Membership("a1", "s1", 1.0, "started the story"),
            new Membership("a2", "s1", 0.6, "joined: shares Tessel Weir"));
    assertThat(store.storyArticleIds("s1")).containsExactly("a1", "a2");
    assertThat(store.storyArticleIds("s9")).isEmpty();
  }

  @Test
  void aDossierWrittenPieceByPieceReadsBackAsOneText() {
    Instant t0 = Instant.parse("2031-03-02T10:00:00Z");
    String line = "{\"sentence\": \"The authority counted 14 dead — «Київ» 😀\"},\n";
    store.putDossier(
        summary("s1", "Dam gates opened", 0, t0),
        out -> {
          out.write("[\n");
          for (int i = 0; i < 3000; i++) {
            out.write(line);
          }
          out.write("{}]");
        });
    assertThat(store.dossierJson("s1")).contains("[\n" + line.repeat(3000) + "{}]");
  }

  @Test
  void aDossierIsReplacedWholeAndStoriesListTheLatestFirst() {
    Instant t0 = Instant.parse("2031-03-02T10:00:00Z");
    store.putDossier(summary("s1", "Dam gates opened", 0, t0), "{\"v\":1}");
    store.putDossier(summary("s2", "Ferry strike", 1, t0.plusSeconds(60)), "{\"v\":2}");
    store.putDossier(summary("s1", "Dam gates opened", 2, t0.plusSeconds(120)), "{\"v\":3}");
    assertThat(store.stories()).extracting(StorySummary::id).containsExactly("s1", "s2");
    assertThat(store.story("s1")).get().extracting(StorySummary::conflicts).isEqualTo(2);
    assertThat(store.story("s1").get().first()).contains(LocalDate.of(2031, 3, 1));
    assertThat(store.dossierJson("s1")).contains("{\"v\":3}");
    assertThat(store.dossierJson("nope")).isEmpty();
  }

  @Test
  void claimsAreReplacedPerArticleAndSearchFindsThem() {
    store.put(article("a1", "Dam gates opened", "Engineers opened two gates at dawn."));
    String s1 = "The authority said 14 people had died.";
    store.putClaims("a1", List.of(claim("a1", "killed", "14", s1)));
    String s2 = "The authority said 17 people had died.";
    store.putClaims("a1", List.of(claim("a1", "killed", "17", s2)));
    assertThat(store.claims("a1")).containsExactly(claim("a1", "killed", "17", s2));
    List<SearchHit> hits = store.search("authority died", 10);
    assertThat(hits).hasSize(1);
    assertThat(hits.get(0).kind()).isEqualTo(SearchHit.Kind.CLAIM);
    assertThat(hits.get(0).snippet()).contains("17");
  }

  @Test
  void searchMatchesWordsInTitlesAndTextsAndToleratesAnyInput() {
    store.put(article("a1", "Dam gates opened", "Engineers opened two gates at dawn."));
    store.put(article("a2", "Town evacuated", "Some 3,000 people left Marrowby overnight."));
    assertThat(store.search("Marrowby", 10)).extracting(SearchHit::articleId).containsExactly("a2");
    assertThat(store.search("DAM", 10)).extracting(SearchHit::articleId).containsExactly("a1");
    assertThat(store.search("dam marrowby", 10)).isEmpty();
    for (String odd :
        List.of("\"", "a OR", "(x", "*", "NEAR(a b)", "'; DROP TABLE articles;--", "")) {
      assertThat(store.search(odd, 10)).isNotNull();
    }
    assertThat(store.articleCount()).isEqualTo(2);
  }

  @Test
  void aRareWordRanksEveryMatchAndAWordInMoreRowsThanTheWindowRanksTheNewest() {
    String strong = "The sluice sluice sluice gates: sluice crews checked every sluice.";
    store.put(article("old-best", "Sluice sluice gates", strong));
    for (int i = 0; i < 3; i++) {
      store.put(article("weak" + i, "River report " + i, weakText(i)));
    }
    assertThat(store.search("sluice", 2))
        .extracting(SearchHit::articleId)
        .first()
        .isEqualTo("old-best");

    store.batch(
        () -> {
          for (int i = 3; i < SearchQuery.RANK_WINDOW + 10; i++) {
            store.put(article("weak" + i, "River report " + i, weakText(i)));
          }
        });
    List<SearchHit> hits = store.search("sluice", 5);
    assertThat(hits).hasSize(5);
    assertThat(hits).extracting(SearchHit::articleId).doesNotContain("old-best");
    // The newest matches are still ranked among themselves, not merely listed.
    assertThat(store.search("sluice report " + (SearchQuery.RANK_WINDOW + 9), 5))
        .extracting(SearchHit::articleId)
        .containsExactly("weak" + (SearchQuery.RANK_WINDOW + 9));
  }

  private static String weakText(int i) {
    return "Crews walked the river bank for hours on day "
        + i
        + " and looked at one sluice near the boathouse before the evening shift began.";
  }

  @Test
  void twoWritersSideBySideOnOneStoreKeepEveryArticleOnce() throws Exception {
    int each = 50;
    SideBySideWriters.Outcome outcome = SideBySideWriters.run(this::reopen, each);
    assertThat(outcome.count(Store.Put.ADDED)).isEqualTo(2L * each + SideBySideWriters.SHARED);
    assertThat(outcome.count(Store.Put.ALREADY_STORED)).isEqualTo(SideBySideWriters.SHARED);
    assertThat(store.articleCount()).isEqualTo(2 * each + SideBySideWriters.SHARED);
    assertThat(store.search("gate shared7", 10)).hasSize(1);
  }

  @Test
  void whatAnAtomicRunWroteBeforeItFailedIsUndoneWhole() throws Exception {
    Article before = article("b0", "Dam gates opened", "Engineers opened two gates.");
    store.put(before);
    Rejection cut = new Rejection("cut.warc.gz", 4054, Rejection.Kind.TRUNCATED, "cut short");
    assertThatThrownBy(
            () ->
                store.atomically(
                    () -> {
                      store.put(article("r1", "Town evacuated", "Some 3,000 people left."));
                      store.reject(cut);
                      store.assign(new Membership("r1", "s1", 1.0, "started the story"));
                      store.putClaims("r1", List.of(claim("r1", "left", "3,000", "They left.")));
                      store.putDossier(
                          summary("s1", "Town evacuated", 0, Instant.now()), "{\"v\":1}");
                      throw new IllegalStateException("the third file was bad");
                    }))
        .hasMessage("the third file was bad");
    assertThat(store.articles()).containsExactly(before);
    assertThat(store.rejections()).isEmpty();
    assertThat(store.memberships()).isEmpty();
    assertThat(store.claims("r1")).isEmpty();
    assertThat(store.stories()).isEmpty();
    assertThat(store.search("evacuated", 10)).isEmpty();
    store.close();
    store = reopen();
    assertThat(store.articles()).containsExactly(before);
    // the store takes writes again, in and out of atomically
    assertThat(store.atomically(() -> store.put(article("r2", "Ferry strike", "Ferries stopped."))))
        .isEqualTo(Store.Put.ADDED);
    assertThat(store.put(article("r3", "Bridge shut", "The bridge shut.")))
        .isEqualTo(Store.Put.ADDED);
    store.close();
    store = reopen();
    assertThat(store.articleCount()).isEqualTo(3);
  }

  @Test
  void aBatchKeepsEveryWriteInItAndOneThatFailsKeepsNone() throws Exception {
    store.batch(
        () -> {
          store.put(article("k1", "Dam gates opened", "Engineers opened two gates."));
          store.put(article("k2", "Town evacuated", "Some 3,000 people left."));
          store.reject(new Rejection("bad.html", 0, Rejection.Kind.NO_ARTICLE, "no text"));
          store.putDossier(summary("s1", "Dam gates opened", 0, Instant.now()), "{\"v\":1}");
        });
    assertThatThrownBy(
            () ->
                store.batch(
                    () -> {
                      store.put(article("k3", "Ferry strike", "Ferries stopped."));
                      throw new IllegalStateException("a write failed");
                    }))
        .hasMessage("a write failed");
    store.close();
    store = reopen();
    assertThat(store.articles()).extracting(Article::id).containsExactly("k1", "k2");
    assertThat(store.rejections()).hasSize(1);
    assertThat(store.stories()).extracting(StorySummary::id).containsExactly("s1");
    assertThat(store.search("ferries", 10)).isEmpty();
    // inside an atomic run a batch is part of it, undone with it
    assertThatThrownBy(
            () ->
                store.atomically(
                    () -> {
                      store.batch(
                          () -> store.put(article("k4", "Bridge shut", "The bridge shut.")));
                      throw new IllegalStateException("the run stopped");
                    }))
        .hasMessage("the run stopped");
    assertThat(store.articleCount()).isEqualTo(2);
  }

  @Test
  void articlesAreFoundByAPrefixOfTheirId() {
    store.put(article("a1b2", "Dam gates opened", "Engineers opened two gates."));
    store.put(article("a1c3", "Town evacuated", "Some 3,000 people left the town."));
    store.put(article("b100", "Ferry strike", "Ferries stopped."));
    assertThat(store.articlesByIdPrefix("a1"))
        .extracting(Article::id)
        .containsExactly("a1b2", "a1c3");
    assertThat(store.articlesByIdPrefix("a1c")).extracting(Article::id).containsExactly("a1c3");
    assertThat(store.articlesByIdPrefix("%")).isEmpty();
  }
}
