package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.testkit.Repo;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Claims the seed articles must yield, with value, time and attribution chain, read by the
 * model-free layer. The articles are read from {@code ../shared} at run time; no text of theirs is
 * kept here.
 */
class SeedClaimsTest {
  /** Claims per seed file prefix ("001"). */
  private static final Map<String, List<Claim>> CLAIMS = new LinkedHashMap<>();

  private static final Map<String, Article> ARTICLES = new LinkedHashMap<>();

  /**
   * One expected claim.
   *
   * @param holds the first day of the time it holds, or {@code article} for the article's date
   * @param speaker words the first speaker's name holds, or empty to leave the speaker unchecked
   * @param cited a word the first cited outlet's name holds, or empty for none
   */
  record Expect(
      String seed,
      ClaimKind kind,
      String measure,
      double value,
      String holds,
      String speaker,
      String cited) {}

  @BeforeAll
  static void read() {
    Path seeds = Repo.sharedOrSkip("corpus/seeds");
    RunSummary run = Corroborate.create().run(List.of(seeds.toString()), new RunListener() {});
    ClaimExtractor x = new ClaimExtractor(ExtractOptions.defaults());
    for (Article a : run.articles()) {
      String seed =
          a.origin().toString().replaceAll(".*/(\\d{3})_[^/]*$", "$1").replaceAll("[^0-9]", "");
      CLAIMS.put(
          seed, x.extract(a, PlainLayer.annotate(a.text(), a.published().map(DateStamp::date))));
      ARTICLES.put(seed, a);
    }
  }

  private static final List<Expect> EXPECTED =
      List.of(
          // 000: WSJ relayed
          new Expect("000", ClaimKind.ATTRIBUTE, "age", 21, "article", "", "Wall Street Journal"),
          new Expect("000", ClaimKind.ATTRIBUTE, "age", 26, "article", "", "Wall Street Journal"),
          new Expect(
              "000", ClaimKind.NUMERIC, "count", 12000, "article", "", "Wall Street Journal"),
          new Expect("000", ClaimKind.NUMERIC, "captured", 2, "article", "", "Wall Street Journal"),
          new Expect(
              "000", ClaimKind.QUOTE, "said", Double.NaN, "article", "Kim", "Wall Street Journal"),
          // 001: Ri and Baek via Chosun Ilbo; intelligence figures
          new Expect("001", ClaimKind.NUMERIC, "count", 2500, "2024-10-10", "Ri", "Chosun Ilbo"),
          new Expect("001", ClaimKind.EVENT, "deployed", 2024, "2024-10-10", "Ri", "Chosun Ilbo"),
          new Expect(
              "001", ClaimKind.QUOTE, "said", Double.NaN, "article", "captives", "Chosun Ilbo"),
          new Expect(
              "001", ClaimKind.NUMERIC, "count", 12000, "article", "Ukrainian intelligence", ""),
          new Expect(
              "001", ClaimKind.NUMERIC, "count", 500, "article", "Ukrainian intelligence", ""),
          new Expect("001", ClaimKind.NUMERIC, "count", 3, "article", "Ukrainian intelligence", ""),
          new Expect("001", ClaimKind.EVENT, "reported", 2024, "2024-10-24", "", ""),
          new Expect(
              "001", ClaimKind.NUMERIC, "count", 50000, "article", "sources", "New York Times"),
          new Expect(
              "001", ClaimKind.NUMERIC, "killed-or-wounded", 3000, "article", "Zelensky", ""),
          new Expect(
              "001", ClaimKind.NUMERIC, "killed", 300, "article", "South Korean intelligence", ""),
          new Expect(
              "001",
              ClaimKind.NUMERIC,
              "wounded",
              2700,
              "article",
              "South Korean intelligence",
              ""),
          new Expect("001", ClaimKind.NUMERIC, "remaining", 8000, "2025-02-01", "Budanov", ""),
          new Expect("001", ClaimKind.EVENT, "reported", 2024, "2024-12-27", "", ""),
          new Expect("001", ClaimKind.EVENT, "captured", 2025, "2025-01-01", "", ""),
          new Expect("001", ClaimKind.ATTRIBUTE, "role", Double.NaN, "article", "", ""),
          // 002: Kyiv Independent via Chosun Daily
          new Expect(
              "002", ClaimKind.NUMERIC, "count", 500, "article", "prisoners", "Chosun Daily"),
          new Expect("002", ClaimKind.NUMERIC, "count", 1, "article", "prisoners", "Chosun Daily"),
          new Expect(
              "002", ClaimKind.NUMERIC, "left", 2500, "2024-10-10", "captives", "Chosun Daily"),
          new Expect(
              "002", ClaimKind.EVENT, "left", 2024, "2024-10-10", "captives", "Chosun Daily"),
          new Expect("002", ClaimKind.NUMERIC, "deployed", 12000, "2024-08-01", "", ""),
          new Expect("002", ClaimKind.NUMERIC, "casualties", 4000, "article", "Zelensky", ""),
          new Expect("002", ClaimKind.EVENT, "launched", 2024, "2024-08-01", "", ""),
          // 003: NIS figures, the prisoners' years
          new Expect(
              "003",
              ClaimKind.NUMERIC,
              "killed",
              300,
              "article",
              "National Intelligence Service",
              ""),
          new Expect(
              "003",
              ClaimKind.NUMERIC,
              "wounded",
              2700,
              "article",
              "National Intelligence Service",
              ""),
          new Expect("003", ClaimKind.NUMERIC, "deployed", 12000, "2024-08-01", "Ukraine", ""),
          new Expect("003", ClaimKind.ATTRIBUTE, "born", 2005, "2005-01-01", "One", ""),
          new Expect("003", ClaimKind.ATTRIBUTE, "born", 1999, "1999-01-01", "One", ""),
          new Expect("003", ClaimKind.ATTRIBUTE, "serving-since", 2016, "2016-01-01", "One", ""),
          new Expect("003", ClaimKind.QUOTE, "said", Double.NaN, "article", "Borsuk", ""),
          // 004: Diplomacy Journal
          new Expect("004", ClaimKind.ATTRIBUTE, "born", 2005, "2005-01-01", "interrogation", ""),
          new Expect("004", ClaimKind.ATTRIBUTE, "born", 1999, "1999-01-01", "", ""),
          new Expect("004", ClaimKind.ATTRIBUTE, "serving-since", 2016, "2016-01-01", "", ""),
          new Expect(
              "004", ClaimKind.ATTRIBUTE, "serving-since", 2021, "2021-01-01", "interrogation", ""),
          new Expect(
              "004", ClaimKind.ATTRIBUTE, "role", Double.NaN, "2021-01-01", "interrogation", ""),
          new Expect(
              "004", ClaimKind.NUMERIC, "deployed", 11000, "article", "Ukrainian intelligence", ""),
          new Expect("004", ClaimKind.NUMERIC, "killed-or-wounded", 1000, "article", "Blinken", ""),
          new Expect(
              "004", ClaimKind.NUMERIC, "killed-or-wounded", 4000, "article", "Zelensky", ""),
          new Expect("004", ClaimKind.NUMERIC, "captured", 2, "article", "Zelensky", ""));

  @Test
  void theSeedArticlesYieldTheNamedClaimsWithValueTimeAndChain() {
    List<String> missed = new ArrayList<>();
    for (Expect e : EXPECTED) {
      List<Claim> claims = CLAIMS.getOrDefault(e.seed(), List.of());
      boolean found = claims.stream().anyMatch(c -> matches(e, c, ARTICLES.get(e.seed())));
      if (!found) {
        missed.add(
            e
                + "\n   among "
                + claims.stream()
                    .filter(c -> c.measure().equals(e.measure()))
                    .map(SeedClaimsTest::show)
                    .collect(Collectors.joining("\n         ")));
      }
    }
    assertThat(EXPECTED).hasSizeGreaterThanOrEqualTo(30);
    assertThat(missed).as("expected claims not found").isEmpty();
  }

  /**
   * One expected trait of a person (unit, nationality, injuries, documents): a text value.
   *
   * @param subject words the subject holds, or empty to leave it unchecked
   * @param value words the value holds
   * @param speaker words the first speaker's name holds, or empty to leave the speaker unchecked
   */
  record ExpectTrait(
      String seed, String measure, String subject, String value, String speaker, boolean negated) {}

  private static final List<ExpectTrait> TRAITS =
      List.of(
          // 000: the two prisoners' wounds, Ri's unit and nationality, the ID one was issued
          new ExpectTrait("000", "injuries", "Paek", "legs", "", false),
          new ExpectTrait("000", "injuries", "Ri", "jaw", "", false),
          new ExpectTrait("000", "nationality", "Ri", "North Korean", "", false),
          new ExpectTrait("000", "unit", "Ri", "reconnaissance", "", false),
          new ExpectTrait("000", "documents", "", "military ID", "", false),
          // 001: Ri survived with injuries
          new ExpectTrait("001", "injuries", "Ri", "injuries", "", false),
          // 003: both injured, the older one's service, the injured soldier left behind
          new ExpectTrait("003", "injuries", "Both", "injured", "", false),
          new ExpectTrait("003", "unit", "POW", "North Korean military", "", false),
          new ExpectTrait("003", "injuries", "soldier", "injured", "", false),
          new ExpectTrait("003", "nationality", "soldier", "North Korean", "", false),
          // 004: the ID card of a man from Tuva, the ID cards both carried, wounded per Zelensky
          new ExpectTrait("004", "documents", "captured soldiers", "Tuva", "", false),
          new ExpectTrait("004", "documents", "", "ID cards", "", false),
          new ExpectTrait("004", "injuries", "captured", "wounded", "Zelensky", false),
          new ExpectTrait(
              "004", "unit", "captured", "North Korean military", "interrogation", false),
          new ExpectTrait("004", "nationality", "soldier", "North Korean", "SBU", false));

  @Test
  void theSeedArticlesYieldTheCapturedSoldiersUnitNationalityInjuriesAndDocuments() {
    List<String> missed = new ArrayList<>();
    for (ExpectTrait e : TRAITS) {
      List<Claim> claims = CLAIMS.getOrDefault(e.seed(), List.of());
      boolean found =
          claims.stream()
              .anyMatch(
                  c ->
                      c.kind() == ClaimKind.ATTRIBUTE
                          && c.measure().equals(e.measure())
                          && c.value() instanceof ClaimValue.Text t
                          && t.text().contains(e.value())
                          && c.subject().text().contains(e.subject())
                          && c.hedging().negated() == e.negated()
                          && (e.speaker().isEmpty()
                              || !c.attribution().speakers().isEmpty()
                                  && c.attribution()
                                      .speakers()
                                      .get(0)
                                      .name()
                                      .contains(e.speaker())));
      if (!found) {
        missed.add(
            e
                + "\n   among "
                + claims.stream()
                    .filter(c -> c.measure().equals(e.measure()))
                    .map(c -> c.subject().text() + " | " + ((ClaimValue.Text) c.value()).text())
                    .collect(Collectors.joining("\n         ")));
      }
    }
    assertThat(missed).as("expected traits not found").isEmpty();
  }

  @Test
  void twoThirdsOfZelenskysFourThousandCasualtiesAreLinkedToTheTotal() {
    List<Claim> claims = CLAIMS.getOrDefault("002", List.of());
    int total = -1;
    for (int i = 0; i < claims.size(); i++) {
      if (claims.get(i).measure().equals("casualties") && value(claims.get(i)) == 4000) {
        total = i;
      }
    }
    assertThat(total).isNotNegative();
    Claim share = claims.get(total + 1);
    assertThat(share.measure()).isEqualTo("killed");
    assertThat(value(share)).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(0.01));
    assertThat(share.links()).containsExactly(new ClaimLink(ClaimLink.Kind.FRACTION_OF, total));
  }

  @Test
  void everyChainEndsWithThePublishingOutletAndEverySpanLiesInTheText() {
    for (Map.Entry<String, List<Claim>> e : CLAIMS.entrySet()) {
      Article a = ARTICLES.get(e.getKey());
      for (Claim c : e.getValue()) {
        assertThat(c.attribution().outlet()).isEqualTo(a.outlet());
        assertThat(c.evidence().claim().end()).isLessThanOrEqualTo(a.text().length());
        assertThat(c.value().span().end()).isLessThanOrEqualTo(a.text().length());
      }
    }
  }

  private static boolean matches(Expect e, Claim c, Article a) {
    if (c.kind() != e.kind() || !c.measure().equals(e.measure())) {
      return false;
    }
    if (!Double.isNaN(e.value()) && Math.abs(value(c) - e.value()) > 1e-6) {
      return false;
    }
    String holds =
        c.time() instanceof HoldsAt.During d ? d.interval().startDate().toString() : "article";
    if (!holds.equals(e.holds())) {
      return false;
    }
    List<Voice> speakers = c.attribution().speakers();
    List<Voice> cited = c.attribution().cited();
    boolean speakerOk =
        e.speaker().isEmpty()
            || !speakers.isEmpty() && speakers.get(0).name().contains(e.speaker());
    boolean citedOk =
        e.cited().isEmpty()
            ? cited.isEmpty()
            : !cited.isEmpty() && cited.get(0).name().contains(e.cited());
    return speakerOk && citedOk;
  }

  private static double value(Claim c) {
    if (c.value() instanceof ClaimValue.Amount a) {
      return a.value();
    }
    if (c.value() instanceof ClaimValue.When w) {
      return w.interval().startDate().getYear();
    }
    return Double.NaN;
  }

  private static String show(Claim c) {
    return c.kind()
        + " "
        + c.measure()
        + " "
        + value(c)
        + " "
        + c.time()
        + " "
        + c.attribution().chain();
  }
}
