package io.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.RunListener;
import io.corroborate.RunSummary;
import io.corroborate.model.Article;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One made-up event told in English, German, Russian and Japanese, its later sub-events (the rescue
 * count, the inquiry two months on), and an unrelated fire told in English and German: the ferry
 * reports form one story whatever their language or wording, the fire stays apart.
 */
class StoriesAcrossLanguagesTest {
  @TempDir static Path dir;
  static List<Article> articles;
  static Map<String, String> event = new HashMap<>();

  @BeforeAll
  static void write() throws Exception {
    ferry(
        "en1.txt",
        "2026-05-04",
        "Ferry Marisol Dawn capsizes off Kestrava, dozens missing",
        "The passenger ferry Marisol Dawn capsized in a storm off the port of Kestrava late on"
            + " Sunday. Captain Ilmar Dovgal sent a distress call shortly before midnight. The coast"
            + " guard of Kestrava said 40 people were missing and 112 had been pulled from the water.");
    ferry(
        "en2.txt",
        "2026-05-05",
        "Kestrava ferry: 31 dead as search winds down",
        "Divers recovered more bodies from the Marisol Dawn on Monday. The Kestrava harbour"
            + " authority put the toll at 31 dead, with nine still missing. Relatives gathered at the"
            + " ferry terminal of Kestrava waiting for news. Captain Ilmar Dovgal survived.");
    ferry(
        "en3.txt",
        "2026-07-10",
        "Inquiry blames overloading for Marisol Dawn sinking",
        "A state inquiry found that the Marisol Dawn carried 60 more passengers than allowed when"
            + " it left Kestrava. Investigators said Captain Ilmar Dovgal had ignored two warnings"
            + " from the harbour master. The operator, Norland Shipping, rejected the findings.");
    ferry(
        "de1.txt",
        "2026-05-05",
        "Fährunglück vor Kestrava: 31 Tote",
        "Nach dem Untergang der Fähre Marisol Dawn vor der Hafenstadt Kestrava ist die Zahl der"
            + " Toten auf 31 gestiegen. Neun Menschen werden noch vermisst. Kapitän Ilmar Dovgal"
            + " überlebte das Unglück, teilte die Küstenwache mit.");
    ferry(
        "de2.txt",
        "2026-05-06",
        "Suche nach Vermissten der Marisol Dawn eingestellt",
        "Die Küstenwache von Kestrava hat die Suche nach den neun Vermissten der Fähre Marisol"
            + " Dawn eingestellt. Taucher hatten zuvor weitere Leichen geborgen. Gegen Kapitän Ilmar"
            + " Dovgal wird ermittelt.");
    ferry(
        "ru1.txt",
        "2026-05-05",
        "У берегов Кестравы затонул паром «Марисол Доун»",
        "Паром «Марисол Доун» перевернулся во время шторма у порта Кестрава. По данным береговой"
            + " охраны, погиб 31 человек, ещё девять числятся пропавшими. Капитан Ильмар Довгаль"
            + " выжил.");
    ferry(
        "ru2.txt",
        "2026-05-06",
        "В Кестраве прекратили поиски пропавших с парома",
        "Береговая охрана Кестравы прекратила поиски девяти пропавших с парома «Марисол Доун»."
            + " Против капитана Ильмара Довгаля возбуждено дело.");
    ferry(
        "ja1.txt",
        "2026-05-05",
        "ケストラヴァ沖でフェリー転覆、31人死亡",
        "ケストラヴァ港の沖合で、フェリー「マリソル・ドーン」が嵐の中で転覆した。沿岸警備隊によると、31人が死亡し、9人が行方不明となっている。"
            + "イルマル・ドヴガル船長は救助された。");
    fire(
        "fire-en.txt",
        "2026-05-05",
        "Fire guts Tollen textile mill, two workers missing",
        "A fire broke out overnight at the Halvorsen textile mill in Tollen, destroying the main"
            + " weaving hall. Fire chief Marta Quell said two night-shift workers were missing and"
            + " forty firefighters fought the blaze until dawn.");
    fire(
        "fire-de.txt",
        "2026-05-05",
        "Großbrand in Textilfabrik in Tollen",
        "In der Textilfabrik Halvorsen in Tollen ist in der Nacht ein Großbrand ausgebrochen. Zwei"
            + " Arbeiter der Nachtschicht werden vermisst, sagte Feuerwehrchefin Marta Quell. Vierzig"
            + " Feuerwehrleute kämpften bis zum Morgen gegen die Flammen.");
    RunSummary run = Corroborate.create().run(List.of(dir.toString()), new RunListener() {});
    articles = new ArrayList<>(run.articles());
    articles.sort(Comparator.comparing(a -> a.origin().file()));
  }

  private static void ferry(String name, String date, String title, String body) throws Exception {
    put(name, date, title, body, "ferry");
  }

  private static void fire(String name, String date, String title, String body) throws Exception {
    put(name, date, title, body, "fire");
  }

  private static void put(String name, String date, String title, String body, String story)
      throws Exception {
    Files.writeString(dir.resolve(name), " date " + date + "\n" + title + "\n\n" + body + "\n");
    event.put(name, story);
  }

  private static String eventOf(Article a) {
    String src = a.origin().file();
    return event.get(src.substring(src.lastIndexOf('/') + 1));
  }

  private static Map<String, Set<String>> storiesByEvent(List<StoryAssignment> as) {
    Map<String, String> storyOf = new HashMap<>();
    as.forEach(s -> storyOf.put(s.articleId(), s.storyId()));
    return articles.stream()
        .collect(
            Collectors.groupingBy(
                StoriesAcrossLanguagesTest::eventOf,
                Collectors.mapping(a -> storyOf.get(a.id()), Collectors.toSet())));
  }

  @Test
  void reportsOfOneEventInFourLanguagesAndItsLaterInquiryFormOneStory() {
    StoryClusterer c = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    List<StoryAssignment> as = c.addBatch(articles, id -> Optional.empty());
    Map<String, Set<String>> stories = storiesByEvent(as);
    assertThat(stories.get("ferry")).hasSize(1);
    assertThat(stories.get("fire")).hasSize(1).doesNotContainAnyElementsOf(stories.get("ferry"));
    assertThat(c.stories()).hasSize(2);
  }

  @Test
  void aReportJoinedAcrossLanguagesSaysWhichNamesItShares() {
    StoryClusterer c = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    List<StoryAssignment> as = c.addBatch(articles, id -> Optional.empty());
    assertThat(as)
        .anySatisfy(a -> assertThat(a.reason()).containsAnyOf("both carry", "shares names most"));
  }

  @Test
  void eachArticleKeepsOneStoryAndEveryStoryIsListedOnce() {
    StoryClusterer c = new StoryClusterer(ClusterOptions.defaults(), Embedder.none());
    List<StoryAssignment> as = c.addBatch(articles, id -> Optional.empty());
    assertThat(as)
        .extracting(StoryAssignment::articleId)
        .doesNotHaveDuplicates()
        .hasSize(articles.size());
    List<String> listed = c.stories().stream().flatMap(s -> s.articleIds().stream()).toList();
    assertThat(listed)
        .doesNotHaveDuplicates()
        .hasSameElementsAs(articles.stream().map(Article::id).toList());
    Set<String> ids = c.stories().stream().map(Story::id).collect(Collectors.toSet());
    assertThat(as).allSatisfy(a -> assertThat(ids).contains(a.storyId()));
  }
}
