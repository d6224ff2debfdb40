package io.corroborate.analyze;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.annotate.Annotation;
import io.corroborate.annotate.AnnotationCache;
import io.corroborate.annotate.quantity.Hedge;
import io.corroborate.dossier.DateMention;
import io.corroborate.dossier.Dossier;
import io.corroborate.dossier.MarkdownRenderer;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ClaimKind;
import io.corroborate.extract.ClaimValue;
import io.corroborate.extract.NumberReader;
import io.corroborate.extract.PlainLayer;
import io.corroborate.model.Article;
import io.corroborate.reconcile.Finding;
import io.corroborate.reconcile.Support;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A made-up blast at a chemical warehouse in the port of Ostrand, Velmora, told by four Chinese
 * reports (one in traditional characters, in news-please JSON Lines), two English ones and a
 * Japanese one ({@code velmora-port/}), read end to end with the model-free layer: the Chinese
 * reports join the story, their sentences and figures are read without spaces between words, their
 * numbers written in characters, with 万 and 亿, land on the same variables as the English figures,
 * their dates resolve against each report's own date, and their quotes are claims of a speaker.
 */
class VelmoraPortChineseTest {
  private static Corroborate corroborate;
  private static RunSummary run;
  private static Dossier dossier;
  private static Map<String, List<Claim>> claims;

  @BeforeAll
  static void read() throws Exception {
    Path dir = Path.of(VelmoraPortChineseTest.class.getResource("velmora-port").toURI());
    corroborate =
        Corroborate.builder().annotate(new PlainLanguageLayer(), AnnotationCache.none()).build();
    run = corroborate.run(List.of(dir.toString()), new RunListener() {});
    List<Dossier> dossiers = corroborate.dossiers(run);
    dossier = dossiers.get(0);
    claims = corroborate.claims(run);
  }

  private static Article report(String host) {
    return run.articles().stream()
        .filter(a -> a.url().orElse("").contains(host))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no report from " + host));
  }

  private static List<Claim> claimsOf(String host) {
    return claims.getOrDefault(report(host).id(), List.of());
  }

  private static Claim figure(String host, String measure) {
    return claimsOf(host).stream()
        .filter(c -> c.kind() == ClaimKind.NUMERIC && c.measure().equals(measure))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no " + measure + " figure from " + host));
  }

  private static ClaimValue.Amount amount(Claim c) {
    return (ClaimValue.Amount) c.value();
  }

  @Test
  void theChineseReportsJoinTheEnglishAndJapaneseStory() {
    assertThat(run.articles()).hasSize(7);
    assertThat(corroborate.dossiers(run)).hasSize(1);
    assertThat(dossier.articles())
        .extracting(Article::language)
        .containsOnly("zh", "en", "ja")
        .filteredOn("zh"::equals)
        .hasSize(4);
  }

  @Test
  void chineseNamesLandOnTheCardsOfTheEnglishNamesTheyWriteInPinyin() {
    assertThat(dossier.entities())
        .anySatisfy(
            e -> {
              assertThat(e.name()).isEqualTo("Zhou Liheng");
              assertThat(e.aliases()).contains("周立衡");
              assertThat(e.reasons()).anyMatch(r -> r.contains("same name in pinyin"));
            })
        .anySatisfy(
            e -> {
              assertThat(e.name()).isEqualTo("Teo Varn");
              assertThat(e.aliases()).contains("特奥·瓦恩", "特奧·瓦恩");
            })
        .anySatisfy(
            e -> {
              assertThat(e.name()).isEqualTo("Anna Kovel");
              assertThat(e.aliases()).contains("安娜·科韦尔");
            });
  }

  @Test
  void yuanInEnglishAndInChineseAreOneSumInOneCurrency() {
    Finding damage =
        dossier.findings().stream()
            .filter(f -> f.variable().key().equals(variableOf(dossier, "3亿")))
            .findFirst()
            .orElseThrow();
    assertThat(damage.support()).extracting(Support::value).contains("3亿", "300 million yuan");
  }

  @Test
  void chineseSentencesEndAtFullWidthStopsWithNoSpaceAfterThem() {
    String text = "內政部長稱：「救援工作將持續。」約1.2萬名居民已被疏散。哈尔维克化工公司估计，损失约3亿元。";
    Annotation an = PlainLayer.annotate(text, Optional.of(LocalDate.of(2026, 3, 6)), "zh");
    assertThat(an.sentences())
        .extracting(s -> an.textOf(s.span()))
        .containsExactly("內政部長稱：「救援工作將持續。」", "約1.2萬名居民已被疏散。", "哈尔维克化工公司估计，损失约3亿元。");
  }

  @Test
  void numbersWrittenInCharactersAreReadPlaceByPlace() {
    NumberReader zh = NumberReader.of("zh");
    assertThat(zh.read("死亡人数升至三十七人，两百一十四人受伤，一万二千人撤离，损失一亿五千万元"))
        .extracting(NumberReader.Reading::value)
        .containsExactly(37.0, 214.0, 12000.0, 150000000.0);
    assertThat(zh.read("1.2万名居民，共有12460名"))
        .extracting(NumberReader.Reading::value)
        .containsExactly(12000.0, 12460.0);
    // Words that carry a numeral character, ordinals and dates are no counts.
    assertThat(zh.read("其中一半已返回，第三十届会议，十月，星期一")).isEmpty();
  }

  @Test
  void chineseDeathTollsShareOneVariableWithTheEnglishAndJapaneseOnes() {
    Finding dead =
        dossier.findings().stream()
            .filter(f -> f.variable().measure().equals("dead"))
            .filter(f -> f.support().stream().anyMatch(s -> s.value().equals("三十七")))
            .findFirst()
            .orElseThrow(() -> new AssertionError("三十七 is in no finding on the dead"));
    Set<String> languages =
        dead.support().stream()
            .map(Support::articleId)
            .map(id -> dossier.article(id).orElseThrow().language())
            .collect(Collectors.toSet());
    assertThat(languages).contains("zh", "en");
    assertThat(dead.support())
        .filteredOn(s -> languageOf(s).equals("en"))
        .extracting(Support::value)
        .contains("37");
    Finding injured =
        dossier.findings().stream()
            .filter(f -> f.variable().key().equals(variableOf(dossier, "两百一十四")))
            .findFirst()
            .orElseThrow();
    assertThat(injured.support()).extracting(Support::value).contains("214", "两百一十四");
  }

  private static String languageOf(Support s) {
    return dossier.article(s.articleId()).orElseThrow().language();
  }

  private static String variableOf(Dossier d, String value) {
    return d.findings().stream()
        .filter(f -> f.support().stream().anyMatch(s -> s.value().equals(value)))
        .map(f -> f.variable().key())
        .findFirst()
        .orElseThrow(() -> new AssertionError(value + " is in no finding"));
  }

  @Test
  void tenThousandsAndHundredMillionsScaleTheFigureAndYuanAreMoney() {
    Claim evacuated = figure("xinghenews", "evacuated");
    assertThat(amount(evacuated).value()).isEqualTo(12000.0);
    Claim damage = figure("nanfengbao", "damage");
    assertThat(amount(damage).value()).isEqualTo(300_000_000.0);
    assertThat(amount(damage).unit()).contains("CNY");
    assertThat(amount(damage).hedge()).isEqualTo(Hedge.APPROXIMATE);
  }

  @Test
  void chineseHedgesBoundTheFigure() {
    assertThat(amount(figure("xinghenews", "dead")).hedge()).isEqualTo(Hedge.AT_LEAST);
    ClaimValue.Amount injured = amount(figure("xinghenews", "injured"));
    assertThat(injured.value()).isEqualTo(200.0);
    assertThat(injured.hedge()).isEqualTo(Hedge.MORE_THAN);
    // 約 in traditional characters is 约
    assertThat(amount(figure("minghuabao", "evacuated")).hedge()).isEqualTo(Hedge.APPROXIMATE);
  }

  @Test
  void chineseDatesResolveAgainstEachReportsOwnDate() {
    Map<String, Set<LocalDate>> byText =
        dossier.dates().stream()
            .collect(
                Collectors.groupingBy(
                    DateMention::text, Collectors.mapping(DateMention::first, Collectors.toSet())));
    LocalDate blast = LocalDate.of(2026, 3, 5);
    assertThat(byText.get("2026年3月5日")).containsExactly(blast);
    assertThat(byText.get("3月5日")).containsExactly(blast);
    assertThat(byText.get("周四")).containsExactly(blast);
    assertThat(byText.get("星期四")).containsExactly(blast);
    assertThat(byText.get("今日")).containsExactly(LocalDate.of(2026, 3, 6));
    // 昨天 in the report of 7 March is the 6th, in that of 9 March the 8th
    assertThat(byText.get("昨天"))
        .containsExactlyInAnyOrder(LocalDate.of(2026, 3, 6), LocalDate.of(2026, 3, 8));
    assertThat(byText).doesNotContainKey("2026");
  }

  @Test
  void chineseQuotesAreQuoteClaimsOfTheirSpeaker() {
    assertThat(claimsOf("nanfengbao"))
        .filteredOn(c -> c.kind() == ClaimKind.QUOTE)
        .anySatisfy(
            c -> {
              assertThat(c.subject().text()).isEqualTo("瓦恩");
              assertThat(((ClaimValue.Text) c.value()).text()).startsWith("这是我国港口史上");
            });
    assertThat(claimsOf("minghuabao"))
        .filteredOn(c -> c.kind() == ClaimKind.QUOTE)
        .singleElement()
        .satisfies(
            c -> {
              assertThat(c.subject().text()).endsWith("特奧·瓦恩");
              assertThat(((ClaimValue.Text) c.value()).text()).startsWith("救援工作");
            });
    // the gloss in brackets before the title is no part of the speaker
    assertThat(claimsOf("xinghenews"))
        .filteredOn(c -> c.kind() == ClaimKind.QUOTE)
        .singleElement()
        .satisfies(c -> assertThat(c.subject().text()).isEqualTo("总经理周立衡"));
  }

  @Test
  void theDayASourceSpokeAndAGlossInBracketsAreNoPartOfWhoSpoke() {
    List<String> chains =
        dossier.figures().stream()
            .filter(l -> dossier.article(l.articleId()).orElseThrow().language().equals("zh"))
            .map(l -> l.chain())
            .toList();
    assertThat(chains)
        .anyMatch(c -> c.startsWith("维尔莫拉内政部长特奥·瓦恩 ←"))
        .anyMatch(c -> c.startsWith("當局 ←"))
        .noneMatch(c -> c.contains("6日") || c.contains("今日") || c.contains("）"));
  }

  @Test
  void theDossierListsTheLanguageOfEachReport() {
    String md = new MarkdownRenderer().render(dossier);
    assertThat(md).contains("| 維爾莫拉港口爆炸 死亡人數增至37人 | 黃志明 | zh |");
    assertThat(md).contains("| zh |").contains("| en |").contains("| ja |");
  }

  @Test
  void wordsOfAReportWrittenWithoutSpacesAreCountedByTheDictionary() {
    String md = new MarkdownRenderer().render(dossier);
    java.util.regex.Matcher m =
        java.util.regex.Pattern.compile("\\| 黃志明 \\| zh \\| (\\d+) \\|").matcher(md);
    assertThat(m.find()).isTrue();
    // two paragraphs of some fifty words, not the two runs between line breaks
    assertThat(Integer.parseInt(m.group(1))).isBetween(25, 80);
  }
}
