package io.corroborate.eval.dossier;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.dossier.ClaimLine;
import io.corroborate.dossier.Dossier;
import io.corroborate.dossier.EntityCard;
import io.corroborate.extract.Evidence;
import io.corroborate.model.Span;
import io.corroborate.reconcile.Finding;
import io.corroborate.reconcile.FindingKind;
import io.corroborate.reconcile.Support;
import io.corroborate.reconcile.Variable;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Hand-made stories and gold: each definition of {@link DossierScorer} on a case of its own. */
class DossierScorerTest {
  private static final String A = "https://a.example/1";
  private static final String B = "https://b.example/2";
  private static final String C = "https://c.example/3";

  @Test
  void printedIntervalsReadBackAsNumbers() {
    assertThat(Values.interval("[17]")).contains(new Values.Interval(17, 17));
    assertThat(Values.interval("[2,613.3, 2,720]")).contains(new Values.Interval(2613.3, 2720));
    assertThat(Values.interval("(3000, ∞)"))
        .contains(new Values.Interval(3000, Double.POSITIVE_INFINITY));
    assertThat(Values.interval("[6.87E10, 6.87E10]"))
        .contains(new Values.Interval(6.87e10, 6.87e10));
    assertThat(Values.interval("rifleman")).isEmpty();
  }

  @Test
  void aHedgedValueMatchesItsNumberButAnOpenIntervalMatchesNothingElse() {
    Values.Interval moreThan3000 = Values.interval("(3000, ∞)").orElseThrow();
    assertThat(Values.matches(moreThan3000, 3000)).isTrue();
    assertThat(Values.matches(moreThan3000, 6000)).isFalse();
    assertThat(Values.matches(Values.interval("[132.5, 133.5]").orElseThrow(), 133)).isTrue();
    assertThat(Values.matches(Values.interval("[100, 1,000]").orElseThrow(), 500)).isFalse();
  }

  @Test
  void aFactIsFoundWhenOneFindingOfItsKindHoldsTwoOfItsClaims() {
    Gold gold = gold(List.of(fact("dead", "update", claim(A, 60), claim(B, 133))), List.of());
    Finding update = finding("f1", FindingKind.UPDATE, support("a", "60"), support("b", "133"));
    DossierScorer.Result r = DossierScorer.score(output(List.of(update)), gold);
    assertThat(r.facts()).extracting(DossierScorer.FactResult::verdict).containsExactly("found");
    assertThat(r.tally().figures()).containsEntry("facts_found", 1.0);
  }

  @Test
  void aFactIsPartialWhenItsClaimsSitInAFindingOfAnotherKind() {
    Gold gold = gold(List.of(fact("dead", "update", claim(A, 60), claim(B, 133))), List.of());
    Finding conflict = finding("f1", FindingKind.CONFLICT, support("a", "60"), support("b", "133"));
    DossierScorer.Result r = DossierScorer.score(output(List.of(conflict)), gold);
    assertThat(r.facts()).extracting(DossierScorer.FactResult::verdict).containsExactly("partial");
    assertThat(r.tally().figures())
        .containsEntry("facts_found", 0.5)
        .containsEntry("facts_found_strict", 0.0);
    // the rising toll shown as a conflict is a false conflict: no gold conflict holds its values
    assertThat(r.tally().figures())
        .containsEntry("false_conflicts", 1.0)
        .containsEntry("false_conflict_count", 1.0);
  }

  @Test
  void aConflictOnAPairThatMustNotBeOneIsFalseEvenWhenAGoldConflictHoldsIt() {
    Gold gold =
        gold(
            List.of(fact("dead", "conflict", claim(A, 215), claim(B, 115))),
            List.of(
                new Gold.NotConflict(List.of(215.0, 115.0), List.of(A, B), "killed or wounded")));
    Finding conflict =
        finding("f1", FindingKind.CONFLICT, support("a", "215"), support("b", "115"));
    DossierScorer.Result r = DossierScorer.score(output(List.of(conflict)), gold);
    assertThat(r.judged()).singleElement().satisfies(j -> assertThat(j.isFalse()).isTrue());
    assertThat(r.judged().get(0).reason()).contains("killed or wounded");
  }

  @Test
  void aConflictHoldingTwoClaimsOfAGoldConflictIsRight() {
    Gold gold = gold(List.of(fact("crew", "conflict", claim(A, 22), claim(B, 21))), List.of());
    Finding conflict = finding("f1", FindingKind.CONFLICT, support("a", "22"), support("b", "21"));
    DossierScorer.Result r = DossierScorer.score(output(List.of(conflict)), gold);
    assertThat(r.tally().figures())
        .containsEntry("false_conflicts", 0.0)
        .containsEntry("false_conflict_count", 0.0)
        .containsEntry("conflicts", 1.0);
  }

  @Test
  void claimsAreFoundByArticleAndValueAndCountedPerLanguage() {
    Gold gold =
        gold(
            List.of(fact("dead", "single", claim(A, 60)), fact("x", "single", claim(C, 7))),
            List.of());
    DossierScorer.Result r = DossierScorer.score(output(List.of()), gold);
    assertThat(r.tally().figures())
        .containsEntry("claims_found", 0.5)
        .containsEntry("claims_found.en", 1.0)
        .containsEntry("claims_found.ru", 0.0)
        .containsEntry("claims_per_article.en", 0.5);
  }

  @Test
  void aFoundClaimsSourceIsFoundWhenItsChainNamesTheGoldSourceUnderAnySpelling() {
    Gold gold =
        new Gold(
            "s",
            List.of(
                fact("dead", "single", withSource(A, 60, "Vice-President Fuat Oktay")),
                fact("hurt", "single", withSource(C, 7, "Moscow region health ministry"))),
            List.of(),
            List.of(new Gold.GoldEntity("Fuat Oktay", List.of("Fuat Oktay", "Октай"), "person")));
    DossierScorer.Output out =
        new DossierScorer.Output(
            List.of(
                new DossierScorer.Placed("a", A, "en", "s1"),
                new DossierScorer.Placed("c", C, "ru", "s1")),
            List.of(),
            Map.of(
                "a", List.of(line("a", "60", "Октай ← A")),
                "c", List.of(line("c", "7", "the ministry ← C"))));
    DossierScorer.Result r = DossierScorer.score(out, gold);
    assertThat(r.tally().figures())
        .containsEntry("sources_found", 0.5)
        .containsEntry("sources_found.en", 1.0)
        .containsEntry("sources_found.ru", 0.0);
    assertThat(r.sourcesMissed())
        .singleElement()
        .satisfies(m -> assertThat(m.chains()).containsExactly("the ministry ← C"));
  }

  @Test
  void goldSourcesAcceptTheirInstitutionTitleAcronymAndTheOutletsOwnVoice() {
    List<Gold.GoldEntity> none = List.of();
    assertThat(SourceMatch.matches("(Reuters)", "Reuters", none)).isTrue();
    assertThat(SourceMatch.matches("(not named)", "officials ← Reuters", none)).isFalse();
    assertThat(SourceMatch.matches("Andrei Vorobyov, Moscow region governor", "Vorobyov ← X", none))
        .isTrue();
    assertThat(
            SourceMatch.matches(
                "Alexander Bastrykin, head of the Investigative Committee",
                "the Investigative Committee ← X",
                none))
        .isTrue();
    assertThat(SourceMatch.matches("AFAD (Orhan Tatar)", "Orhan Tatar ← X", none)).isTrue();
    assertThat(SourceMatch.matches("Bloomberg (via Seoul Daily)", "Seoul Daily ← X", none))
        .isFalse();
    assertThat(SourceMatch.matches("Russian health ministry", "the ministry ← X", none)).isFalse();
    assertThat(
            SourceMatch.matches(
                "Emergencies Ministry", "the Ministry of Emergency Situations ← X", none))
        .isTrue();
    assertThat(
            SourceMatch.matches(
                "Investigative Committee (SK)",
                "Следственного комитета ← X",
                List.of(
                    new Gold.GoldEntity(
                        "Investigative Committee",
                        List.of("Investigative Committee", "Следственный комитет"),
                        "org"))))
        .isTrue();
  }

  @Test
  void theLargestStoryShareCountsArticlesOutsideItPerLanguage() {
    DossierScorer.Output out =
        new DossierScorer.Output(
            List.of(
                new DossierScorer.Placed("a", A, "en", "s1"),
                new DossierScorer.Placed("b", B, "en", "s1"),
                new DossierScorer.Placed("c", C, "ru", "s2")),
            List.of(),
            Map.of());
    DossierScorer.Result r = DossierScorer.score(out, gold(List.of(), List.of()));
    assertThat(r.tally().figures())
        .containsEntry("largest_story_share.en", 1.0)
        .containsEntry("largest_story_share.ru", 0.0)
        .containsEntry("stories_per_event", 2.0);
    assertThat(r.tally().figures().get("largest_story_share")).isEqualTo(2.0 / 3);
  }

  @Test
  void theReportListsEachArticleOutsideTheLargestStoryWithWhyItStayedOut() {
    DossierScorer.Output out =
        new DossierScorer.Output(
            List.of(
                new DossierScorer.Placed("a", A, "en", "s1", "started: no earlier story"),
                new DossierScorer.Placed("b", B, "en", "s1", "joined: text 0.40"),
                new DossierScorer.Placed("c", C, "ka", "s2", "started: the closest story s1")),
            List.of(),
            Map.of("c", List.of(line("c", "7", "C"))));
    String md = Reports.markdown("s", out, DossierScorer.score(out, gold(List.of(), List.of())));
    assertThat(md)
        .contains("- s1: 2 articles\n- s2: 1 articles\n")
        .contains("  - ka " + C + " (1 claims): started: the closest story s1")
        .doesNotContain("joined: text 0.40");
    assertThat(md.substring(md.indexOf("## Articles with at most one claim")))
        .contains("- en " + A + " (0 claims)")
        .contains("- ka " + C + " (1 claims)");
  }

  @Test
  void anEntityIsMergedByTheShareOfItsSpellingsOneCardCarries() {
    Gold gold =
        new Gold(
            "s",
            List.of(),
            List.of(),
            List.of(
                new Gold.GoldEntity(
                    "Zelensky", List.of("Zelensky", "Zelenskyy", "Зеленский"), "person")));
    EntityCard card =
        new EntityCard(
            "e:1",
            "Volodymyr Zelensky",
            "PERSON",
            List.of("Zelensky", "Zelenskyy"),
            3,
            List.of("a"),
            List.of());
    Dossier d = dossier(List.of(), List.of(card));
    DossierScorer.Output out =
        new DossierScorer.Output(
            List.of(new DossierScorer.Placed("a", A, "en", "s1")), List.of(d), Map.of());
    assertThat(DossierScorer.score(out, gold).tally().figures().get("entities_merged"))
        .isEqualTo(2.0 / 3);
  }

  @Test
  void aSpellingWithATitleOrPunctuationIsCarriedByTheCardOfTheNameItHolds() {
    EntityCard card =
        new EntityCard(
            "e:1",
            "Teo Varn",
            "PERSON",
            List.of("ヴァーン", "Velmora Inc."),
            3,
            List.of("a"),
            List.of());
    Gold.GoldEntity varn =
        new Gold.GoldEntity(
            "Teo Varn",
            List.of("Teo Varn", "Ostrand Gov. Teo Varn", "ヴァーン知事", "Velmora, Inc."),
            "person");
    assertThat(DossierScorer.carries(card, varn, "Ostrand Gov. Teo Varn")).isTrue();
    assertThat(DossierScorer.carries(card, varn, "ヴァーン知事")).isTrue();
    assertThat(DossierScorer.carries(card, varn, "Velmora, Inc.")).isTrue();
    // Another name before or after a title is not taken away: "Anna Kovel Teo Varn" is no title.
    assertThat(DossierScorer.carries(card, varn, "Anna Kovel Teo Varn")).isFalse();
    // A Latin name that ends like a title keeps its letters: "Ostrandgen" is not "Ostrand".
    EntityCard ostrand =
        new EntityCard("e:2", "Ostrand", "LOCATION", List.of(), 1, List.of("a"), List.of());
    assertThat(DossierScorer.carries(ostrand, varn, "Ostrandgen")).isFalse();
  }

  @Test
  void theAnnotatorsLabelIsCarriedWithoutItsGlossOrAsTheGlossAlone() {
    Gold.GoldEntity ship =
        new Gold.GoldEntity(
            "Velmora (container ship)", List.of("Velmora (container ship)"), "vessel");
    EntityCard card =
        new EntityCard("e:1", "Velmora", "ORGANIZATION", List.of(), 2, List.of("a"), List.of());
    assertThat(DossierScorer.carries(card, ship, "Velmora (container ship)")).isTrue();
    Gold.GoldEntity service =
        new Gold.GoldEntity(
            "Ostrand Security Service (OSS)",
            List.of("Ostrand Security Service (OSS)", "Ostrand (OSS)"),
            "org");
    EntityCard oss =
        new EntityCard("e:2", "OSS", "ORGANIZATION", List.of(), 2, List.of("a"), List.of());
    assertThat(DossierScorer.carries(oss, service, "Ostrand Security Service (OSS)")).isTrue();
    // A spelling seen in the text keeps its parentheses: only the annotator's label is glossed.
    assertThat(DossierScorer.carries(oss, service, "Ostrand (OSS)")).isFalse();
  }

  @Test
  void theReportListsEachGoldEntityWithTheSpellingsItsBestCardMergedAndMissed() {
    Gold gold =
        new Gold(
            "s",
            List.of(),
            List.of(),
            List.of(
                new Gold.GoldEntity(
                    "Teo Varn", List.of("Teo Varn", "Varn", "Тео Варн", "Warn"), "person"),
                new Gold.GoldEntity("Ostrand", List.of("Ostrand"), "place")));
    EntityCard varn =
        new EntityCard("e:1", "Teo Varn", "PERSON", List.of("Varn"), 3, List.of("a"), List.of());
    EntityCard other =
        new EntityCard("e:2", "Тео Варн", "PERSON", List.of(), 1, List.of("a"), List.of());
    DossierScorer.Output out =
        new DossierScorer.Output(
            List.of(new DossierScorer.Placed("a", A, "en", "s1")),
            List.of(dossier(List.of(), List.of(varn, other))),
            Map.of());
    DossierScorer.Result r = DossierScorer.score(out, gold);
    assertThat(r.entities()).hasSize(2);
    assertThat(r.entities().get(0).card()).contains("Teo Varn");
    assertThat(r.entities().get(0).merged()).containsExactly("Teo Varn", "Varn");
    assertThat(r.entities().get(0).missed())
        .containsEntry("Тео Варн", List.of("Тео Варн"))
        .containsEntry("Warn", List.of());
    String md = Reports.markdown("s", out, r);
    assertThat(md.substring(md.indexOf("## Entities")))
        .contains(
            "- person **Teo Varn**: 2/4 spellings on the card \"Teo Varn\"; merged \"Teo Varn\","
                + " \"Varn\"; missed \"Тео Варн\" (on \"Тео Варн\"), \"Warn\" (on no card)\n")
        .contains(
            "- place **Ostrand**: 0/1 spellings on no card; missed \"Ostrand\" (on no card)\n");
  }

  private static DossierScorer.Output output(List<Finding> findings) {
    return new DossierScorer.Output(
        List.of(
            new DossierScorer.Placed("a", A, "en", "s1"),
            new DossierScorer.Placed("b", B, "en", "s1"),
            new DossierScorer.Placed("c", C, "ru", "s1")),
        List.of(dossier(findings, List.of())),
        Map.of("a", List.of(line("a", "60")), "c", List.of()));
  }

  private static ClaimLine line(String article, String value, String chain) {
    return new ClaimLine(article, "A", "NUMERIC", "dead", value, "[" + value + "]", "", chain, "s");
  }

  @Test
  void aGoldShareWrittenInWordsMatchesTheShareItNames() {
    Gold.GoldClaim atMost = text("at most 5%", List.of());
    assertThat(DossierScorer.holds(atMost, "5 procent", "[0, 5]")).isTrue();
    assertThat(DossierScorer.holds(atMost, "7 procent", "[0, 7]")).isFalse();
    Gold.GoldClaim ofTraffic = text("less than 5% of monetized traffic", List.of());
    assertThat(DossierScorer.holds(ofTraffic, "fünf Prozent", "[0, 5)")).isTrue();
    // words that hold no share (a year) are matched as words only, never by their number
    assertThat(DossierScorer.holds(text("late 2030", List.of()), "in the fall", "[2030]"))
        .isFalse();
  }

  @Test
  void aGoldNameMatchesAClaimThatSpellsItInAnotherLanguage() {
    Gold.Fact f =
        fact("who", "conflict", text("Northern Front (NF)", List.of()), claim("https://a", 3));
    Gold.GoldEntity e =
        new Gold.GoldEntity("Northern Front", List.of("Northern Front", "Nordfront"), "org");
    Gold.GoldClaim named = Gold.named(List.of(f), List.of(e)).get(0).claims().get(0);
    assertThat(named.spellings()).containsExactly("Northern Front", "Nordfront");
    assertThat(DossierScorer.holds(named, "Nordfront", "Nordfront")).isTrue();
    assertThat(DossierScorer.holds(named, "Ostrand", "Ostrand")).isFalse();
    Gold.GoldClaim other = Gold.named(List.of(f), List.of(e)).get(0).claims().get(1);
    assertThat(other.spellings()).isEmpty();
  }

  private static Gold.GoldClaim text(String words, List<String> spellings) {
    return new Gold.GoldClaim(
        "https://a", Optional.empty(), Optional.empty(), Optional.of(words), "q", "", spellings);
  }

  private static Gold.GoldClaim withSource(String url, double v, String source) {
    return new Gold.GoldClaim(url, Optional.of(v), Optional.of(v), Optional.empty(), "q", source);
  }

  private static ClaimLine line(String article, String value) {
    return new ClaimLine(article, "A", "NUMERIC", "dead", value, "[" + value + "]", "", "A", "s");
  }

  private static Dossier dossier(List<Finding> findings, List<EntityCard> cards) {
    return new Dossier(
        Dossier.SCHEMA,
        "s1",
        "t",
        List.of(),
        List.of(),
        List.of(),
        findings,
        List.of(),
        cards,
        List.of(),
        List.of(),
        List.of(),
        List.of());
  }

  private static Finding finding(String id, FindingKind kind, Support... s) {
    return new Finding(
        id,
        kind,
        new Variable(id, "people", "dead", "cumulative", "people dead"),
        List.of(s),
        2,
        "why");
  }

  private static Support support(String article, String value) {
    Evidence e = new Evidence(article, 0, new Span(0, 10), new Span(0, 2));
    return new Support(article, "O", "O", article, value, "[" + value + "]", "", e, "s");
  }

  private static Gold.Fact fact(String id, String kind, Gold.GoldClaim... claims) {
    return new Gold.Fact(id, kind, "dead", List.of(claims), 0);
  }

  private static Gold.GoldClaim claim(String url, double v) {
    return new Gold.GoldClaim(url, Optional.of(v), Optional.of(v), Optional.empty(), "q");
  }

  private static Gold gold(List<Gold.Fact> facts, List<Gold.NotConflict> nots) {
    return new Gold("s", facts, nots, List.of());
  }
}
