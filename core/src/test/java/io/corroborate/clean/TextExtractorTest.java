package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Block;
import io.corroborate.model.Extraction;
import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Role;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Hand-written scraped pages about an invented story, with the junk real pages carry. */
class TextExtractorTest {
  private final TextExtractor extractor = new TextExtractor();

  /** A fictional harbour-bridge story as a scraper leaves it: menus, credits, teasers, bio. */
  static final String HARBOUR_PAGE =
      """
      Latest News

      Categories: Coastal Affairs

      Velmora harbour bridge closed after barge strikes pylon

      By Marta Vell and Oskar Lind
      Published March 2, 2024
      Updated: March 3, 2024 14:05 UTC
      4 min read

      The lifting bridge over Velmora harbour was closed to all traffic on Saturday after a grain barge struck its northern pylon, the port authority said.

      Engineers found a crack about 40 centimetres long in the concrete collar of the pylon, according to a statement issued late on Saturday.

      Divers inspect the northern pylon of the Velmora bridge on Sunday. (Ines Kora/Port Aldine Herald)

      "We will not reopen the crossing until every bolt has been checked," harbour master Elsa Brandt told reporters.

      Sign up for our morning newsletter and get the day's news in your inbox.

      Advertisement

      Ferry service restored

      Two ferries resumed their crossings on Sunday morning, carrying about 1,200 passengers before noon.

      The barge's owner, Dunmore Grain, said its crew had lost steering in strong gusts.

      Oskar Lind
      Senior Correspondent
      Oskar Lind is a senior correspondent at the Port Aldine Herald, covering shipping and the coast.

      Related Stories

      Fishermen protest new quota rules in Aldine Bay

      Dozens of boats blocked the inner harbour on Friday as fishermen…

      3 hours ago

      Lighthouse museum reopens after restoration

      By Tomas Reyes

      5 hours ago

      © 2024 Port Aldine Herald. All rights reserved.
      """;

  @Test
  void harbourPageKeepsTheStoryAndRemovesEachKindOfJunk() {
    Extraction ex = extract(HARBOUR_PAGE);
    assertRole(ex, "Latest News", Role.NAVIGATION);
    assertRole(ex, "Categories: Coastal Affairs", Role.NAVIGATION);
    assertRole(ex, "Velmora harbour bridge closed after barge strikes pylon", Role.TITLE);
    assertRole(ex, "By Marta Vell and Oskar Lind", Role.BYLINE);
    assertRole(ex, "Published March 2, 2024", Role.DATELINE);
    assertRole(ex, "Updated: March 3, 2024 14:05 UTC", Role.DATELINE);
    assertRole(ex, "4 min read", Role.OTHER);
    assertRole(
        ex,
        "Divers inspect the northern pylon of the Velmora bridge on Sunday. (Ines Kora/Port Aldine Herald)",
        Role.CAPTION);
    assertRole(
        ex,
        "Sign up for our morning newsletter and get the day's news in your inbox.",
        Role.PROMPT);
    assertRole(ex, "Advertisement", Role.AD);
    assertRole(ex, "Ferry service restored", Role.HEADING);
    assertRole(ex, "Oskar Lind", Role.BYLINE);
    assertRole(ex, "Senior Correspondent", Role.BIO);
    assertRole(ex, "Related Stories", Role.NAVIGATION);
    assertRole(ex, "Fishermen protest new quota rules in Aldine Bay", Role.TEASER);
    assertRole(
        ex, "Dozens of boats blocked the inner harbour on Friday as fishermen…", Role.TEASER);
    assertRole(ex, "3 hours ago", Role.TEASER);
    assertRole(ex, "Lighthouse museum reopens after restoration", Role.TEASER);
    assertRole(ex, "© 2024 Port Aldine Herald. All rights reserved.", Role.LEGAL);
    assertThat(ex.blocks().stream().filter(b -> b.role() == Role.BODY).map(Block::text))
        .hasSize(5)
        .anyMatch(t -> t.startsWith("\"We will not reopen"))
        .anyMatch(t -> t.startsWith("The barge's owner"));
  }

  @Test
  void frenchDateLinesAndBylinesGiveTheirFields() {
    Extraction ex =
        extract(
            """
            Le pont du port de Velmora fermé après une collision

            Par Anna Kovel

            Publié le 19 février 2025
            Mis à jour le 20 février 2025

            Une barge a heurté dimanche un pilier du pont du port de Velmora, a indiqué la \
            capitainerie, qui a fermé l'ouvrage à la circulation jusqu'à nouvel ordre.

            Les plongeurs ont inspecté le pilier lundi matin et n'ont trouvé qu'une fissure \
            étroite, selon le rapport publié par la ville d'Ostrand dans la soirée.
            """);
    assertThat(values(ex, "published")).containsExactly("2025-02-19");
    assertThat(values(ex, "updated")).containsExactly("2025-02-20");
    assertThat(values(ex, "author")).containsExactly("Anna Kovel");
  }

  @Test
  void harbourPageMetadataComesFromTheBylineAndDateLinesOnly() {
    Extraction ex = extract(HARBOUR_PAGE);
    assertThat(values(ex, "title"))
        .containsExactly("Velmora harbour bridge closed after barge strikes pylon");
    assertThat(
            ex.metadata().stream()
                .filter(f -> f.field().equals("author"))
                .map(FieldSource::value)
                .toList())
        .as("the byline first, then the author box; never the teaser's 'By Tomas Reyes'")
        .containsExactly("Marta Vell", "Oskar Lind", "Oskar Lind")
        .doesNotContain("Tomas Reyes");
    assertThat(values(ex, "published")).containsExactly("2024-03-02");
    assertThat(values(ex, "updated")).containsExactly("2024-03-03T14:05Z");
    assertThat(ex.metadata()).allSatisfy(f -> assertThat(f.source()).startsWith("text: "));
  }

  @Test
  void plainArticleWithoutJunkIsAllBody() {
    String text =
        """
        The Velmora council voted on Tuesday to rebuild the fish market.

        The new hall will have room for forty stalls, the mayor said.

        Work is due to begin in the spring.
        """;
    Extraction ex = extract(text);
    assertThat(ex.blocks()).hasSize(3).allSatisfy(b -> assertThat(b.role()).isEqualTo(Role.BODY));
    assertThat(ex.metadata()).isEmpty();
  }

  @Test
  void storyCardGluedAboveAReadMoreListIsATeaser() {
    String text =
        """
        Storm Hild brought gusts of 120 kilometres an hour to the Aldine coast overnight.

        Power was cut to about 3,000 homes in the north of the bay, the grid operator said.

        Crews expect to restore most connections by Thursday evening.

        Coast guard rescues two kayakers off Cape Mirren
        The pair had been missing for six hours when a helicopter crew spotted them near the cape.

        Read more

        Tide tables for the week ahead
        """;
    Extraction ex = extract(text);
    assertRole(ex, "Coast guard rescues two kayakers off Cape Mirren", Role.TEASER);
    assertRole(
        ex,
        "The pair had been missing for six hours when a helicopter crew spotted them near the cape.",
        Role.TEASER);
    assertRole(ex, "Read more", Role.NAVIGATION);
    assertRole(ex, "Tide tables for the week ahead", Role.TEASER);
    assertThat(ex.blocks().stream().filter(b -> b.role() == Role.BODY)).hasSize(3);
  }

  @Test
  void listHeaderInTheMiddleDoesNotCutTheArticleShort() {
    String text =
        """
        The Aldine ferry union called a one-day strike for Monday over night-shift pay.

        Read more

        Union leaders said the company had ignored three requests for talks since January.

        The company said it had offered a four per cent rise and remained open to negotiation.

        Passengers were advised to check the timetable before travelling on Monday.

        A spokesperson for the port said extra buses would run along the coast road.
        """;
    Extraction ex = extract(text);
    assertRole(ex, "Read more", Role.NAVIGATION);
    assertThat(ex.blocks().stream().filter(b -> b.role() == Role.BODY)).hasSize(5);
  }

  @Test
  void timeAgoListAboveTheArticleDoesNotStealTheTitle() {
    String text =
        """
        Trending
        Aldine Bay swimmers brave the first cold snap
        2 hours ago
        Lighthouse keeper retires after forty years
        5 hours ago

        Velmora opens its new fish market

        The new market hall opened to shoppers on Saturday after two years of building work.

        Stallholders said trade was brisk despite the rain.
        """;
    Extraction ex = extract(text);
    assertRole(ex, "Aldine Bay swimmers brave the first cold snap", Role.TEASER);
    assertRole(ex, "Lighthouse keeper retires after forty years", Role.TEASER);
    assertRole(ex, "Velmora opens its new fish market", Role.TITLE);
    assertThat(values(ex, "title")).containsExactly("Velmora opens its new fish market");
  }

  @Test
  void hardWrappedTextIsRejoinedIntoParagraphs() {
    String text =
        """
        The harbour authority said on Monday that the damaged pylon of the
        Velmora bridge would be encased in a steel jacket before the bridge
        reopens to cars, a repair expected to take at least three weeks.

        Engineers will first pump water out of a temporary dam built around
        the base of the pylon, then weld the jacket in six curved sections
        that are being made at the shipyard on the other side of the bay.

        Cyclists and pedestrians may use the crossing from Wednesday.
        """;
    Extraction ex = extract(text);
    assertThat(ex.blocks()).hasSize(3).allSatisfy(b -> assertThat(b.role()).isEqualTo(Role.BODY));
    assertThat(ex.blocks().get(0).text())
        .startsWith("The harbour authority")
        .endsWith("at least three weeks.");
  }

  @Test
  void bulletsInsideTheBodyKeepTheTrailingListAsContent() {
    String text =
        """
        The council listed three reasons for the delay in its report on Tuesday.
        - The steel for the jacket arrived two weeks late from the mill.
        - Storm Hild flooded the dry dock for four days.
        - Two welders fell ill during the first week of the repair.
        The mayor said the bridge would reopen before the summer festival.
        - Harbour fees to rise next year, council says
        - Local
        """;
    Extraction ex = extract(text);
    assertRole(ex, "- Storm Hild flooded the dry dock for four days.", Role.BODY);
    assertThat(ex.blocks().stream().filter(b -> b.text().startsWith("- Harbour fees")))
        .singleElement()
        .satisfies(b -> assertThat(b.role().isContent()).as(b.reason()).isTrue());
    assertThat(ex.blocks())
        .as(
            "a body with bullets of its own keeps its last items: they are not a trailing link list")
        .allSatisfy(b -> assertThat(b.role().isContent()).as(b.text()).isTrue());
  }

  @Test
  void trailingLinkListEndingWithATagIsRemovedWhenTheBodyHasNoBullets() {
    String text =
        """
        The mayor said the bridge would reopen before the summer festival.
        Repairs have so far cost about 2.4 million crowns, the council said.
        - Council to review harbour fees after the bridge reopens
        - Local
        """;
    Extraction ex = extract(text);
    assertRole(ex, "- Council to review harbour fees after the bridge reopens", Role.TEASER);
    assertRole(ex, "- Local", Role.NAVIGATION);
  }

  @Test
  void emptyAndBlankTextGiveNoBlocks() {
    assertThat(extract("").blocks()).isEmpty();
    assertThat(extract(" \n\n\t \u00a0\n\u200b").blocks()).isEmpty();
  }

  @Test
  void aSentenceOpeningWithByIsNotAByline() {
    String text =
        """
        By the end of the week, the harbour master expects the first barges to pass again.

        She said the channel had been dredged overnight.
        """;
    Extraction ex = extract(text);
    assertThat(ex.blocks()).allSatisfy(b -> assertThat(b.role()).isEqualTo(Role.BODY));
    assertThat(values(ex, "author")).isEmpty();
  }

  @Test
  void readersCommentsAfterACommentsHeaderAreComments() {
    String text =
        """
        The Velmora council approved the new harbour fees on Tuesday by seven votes to four.

        The fees will rise by an average of six per cent from January.

        12 Comments

        Anna_K
        This is the third rise in three years and the pier still floods every winter.
        2 hours ago

        Harbourwatcher
        At least the money is meant to go to the sea wall this time, which is long overdue for a full repair.
        """;
    Extraction ex = extract(text);
    assertRole(ex, "12 Comments", Role.NAVIGATION);
    assertRole(
        ex,
        "This is the third rise in three years and the pier still floods every winter.",
        Role.COMMENT);
    assertRole(ex, "2 hours ago", Role.COMMENT);
    assertRole(
        ex,
        "At least the money is meant to go to the sea wall this time, which is long overdue for a full repair.",
        Role.COMMENT);
    assertThat(ex.blocks().stream().filter(b -> b.role() == Role.BODY)).hasSize(2);
  }

  @Test
  void oneLineLinksToOtherStoriesAreTeasers() {
    String text =
        """
        The Velmora council approved the new harbour fees on Tuesday by seven votes to four.

        Read more: Fishermen protest new quota rules in Aldine Bay

        The fees will rise by an average of six per cent from January.
        """;
    Extraction ex = extract(text);
    assertRole(ex, "Read more: Fishermen protest new quota rules in Aldine Bay", Role.TEASER);
    assertThat(ex.blocks().stream().filter(b -> b.role() == Role.BODY)).hasSize(2);
  }

  /** A scraper that put the lede above the title, with an author box and a newsletter pitch. */
  static final String LEDE_FIRST_PAGE =
      """
      Fire crews contained a blaze at the Aldine grain terminal on Sunday after it burned for eleven hours, the port authority said.

      Categories: Coast, Industry

      Aldine grain terminal fire contained after eleven hours

      Share this story: Facebook | X | Email

      No one was hurt, but about 4,000 tonnes of barley were lost, according to the terminal's operator.

      Investigators will examine a conveyor motor where the fire is thought to have started. Share this article: Facebook | X | WhatsApp

      Newsletter
      Get the Harbour Morning briefing in your inbox every weekday. Sign up

      Avatar
      Pia Morrow

      Coast Reporter

      Pia Morrow reports on ports and shipping for the Aldine Courier from Velmora. Before that she covered city hall.

      Recent Posts

      Choir festival returns to the old fish market

      3 minutes ago
      """;

  @Test
  void titleBelowTheLedeShareButtonsNewsletterAndAuthorBox() {
    Extraction ex = extract(LEDE_FIRST_PAGE);
    assertRole(ex, "Categories: Coast, Industry", Role.NAVIGATION);
    assertRole(ex, "Aldine grain terminal fire contained after eleven hours", Role.TITLE);
    assertRole(ex, "Share this story: Facebook | X | Email", Role.NAVIGATION);
    assertRole(
        ex,
        "Investigators will examine a conveyor motor where the fire is thought to have started.",
        Role.BODY);
    assertRole(ex, "Share this article: Facebook | X | WhatsApp", Role.NAVIGATION);
    assertRole(ex, "Newsletter", Role.PROMPT);
    assertRole(
        ex, "Get the Harbour Morning briefing in your inbox every weekday. Sign up", Role.PROMPT);
    assertRole(ex, "Pia Morrow", Role.BYLINE);
    assertRole(ex, "Coast Reporter", Role.BIO);
    assertThat(ex.blocks().stream().filter(b -> b.text().startsWith("Pia Morrow reports")))
        .singleElement()
        .satisfies(b -> assertThat(b.role()).isEqualTo(Role.BIO));
    assertThat(ex.blocks().stream().filter(b -> b.role() == Role.BODY)).hasSize(3);
    assertThat(values(ex, "title"))
        .containsExactly("Aldine grain terminal fire contained after eleven hours");
    assertThat(values(ex, "author")).containsExactly("Pia Morrow");
    assertThat(values(ex, "outlet"))
        .as("the outlet the author's bio names")
        .containsExactly("The Aldine Courier");
  }

  /** Site furniture above the title the container gave, an ad block, a wire credit and footers. */
  static final String FURNISHED_PAGE =
      """
      Velmora Tide - news from the bay
      Home | Harbour | Sport | Notices | Contact

      HARBOUR

      Tug crews end strike after pay deal

      By Lars Ottin | 4 April 2025

      The tug crews of Velmora harbour returned to work on Friday after accepting a pay rise of five per cent, their union said.

      Ships that had waited at anchor for three days began to enter the harbour in the afternoon.

      (Reporting by Lars Ottin; editing by Mei Sand)

      Our Standards: The Velmora Tide code of practice.

      Advertisement
      Bay Marine Supplies: ropes and fenders at half price this weekend. Show this ad in store.

      About the author
      Lars Ottin has edited the harbour pages since 2019.

      (c) Velmora Tide 2025. Privacy | Cookies | Imprint
      """;

  @Test
  void furnitureAroundAnArticleWhoseTitleTheContainerGave() {
    RawDocument raw =
        new RawDocument(
            new Origin("tide.txt", 0, Format.TEXT),
            "0123456789abcdef0123",
            FURNISHED_PAGE,
            "UTF-8",
            "default",
            List.of(
                new FieldSource("title", "Tug crews end strike after pay deal", "sidecar title")));
    Extraction ex = extractor.extract(raw);
    assertRole(ex, "Velmora Tide - news from the bay", Role.NAVIGATION);
    assertRole(ex, "Home | Harbour | Sport | Notices | Contact", Role.NAVIGATION);
    assertRole(ex, "HARBOUR", Role.NAVIGATION);
    assertRole(ex, "Tug crews end strike after pay deal", Role.TITLE);
    assertRole(ex, "By Lars Ottin | 4 April 2025", Role.BYLINE);
    assertRole(ex, "(Reporting by Lars Ottin; editing by Mei Sand)", Role.BYLINE);
    assertRole(ex, "Our Standards: The Velmora Tide code of practice.", Role.LEGAL);
    assertRole(ex, "Advertisement", Role.AD);
    assertRole(
        ex,
        "Bay Marine Supplies: ropes and fenders at half price this weekend. Show this ad in store.",
        Role.AD);
    assertRole(ex, "About the author", Role.BIO);
    assertRole(ex, "Lars Ottin has edited the harbour pages since 2019.", Role.BIO);
    assertRole(ex, "(c) Velmora Tide 2025. Privacy | Cookies | Imprint", Role.LEGAL);
    assertThat(ex.blocks().stream().filter(b -> b.role() == Role.BODY)).hasSize(2);
    assertThat(values(ex, "author")).containsExactly("Lars Ottin").doesNotContain("Mei Sand");
    assertThat(values(ex, "published")).containsExactly("2025-04-04");
  }

  @Test
  void aSubheadingAfterTheFirstParagraphStaysWhenTheContainerTitleIsElsewhere() {
    String text =
        """
        The tug crews of Velmora harbour returned to work on Friday after accepting a pay rise.

        Ships queue at the harbour mouth

        Ships that had waited at anchor for three days began to enter the harbour in the afternoon.
        """;
    RawDocument raw =
        new RawDocument(
            new Origin("np.jsonl", 0, Format.JSONL),
            "0123456789abcdef0123",
            text,
            "UTF-8",
            "json",
            List.of(
                new FieldSource("title", "Tug crews end strike after pay deal", "jsonl title")));
    Extraction ex = extractor.extract(raw);
    assertRole(ex, "Ships queue at the harbour mouth", Role.HEADING);
    assertThat(extract(text).blocks().get(1).role())
        .as("without a container title it reads as the title")
        .isEqualTo(Role.TITLE);
  }

  @Test
  void withoutTheContainersTitleTheFirstHeadlineAboveTheBodyIsTaken() {
    Extraction ex = extract(FURNISHED_PAGE);
    assertThat(values(ex, "title"))
        .as("a tagline looks like a headline; the container's title settles it")
        .containsExactly("Velmora Tide - news from the bay");
    assertRole(ex, "Tug crews end strike after pay deal", Role.BODY);
  }

  @Test
  void aWireCreditLineNamesTheReporterButNotTheEditor() {
    String text =
        """
        VELMORA, April 4 (Bay Wire) - The tug crews of Velmora harbour returned to work on Friday after a pay deal.

        Ships that had waited at anchor for three days began to enter the harbour in the afternoon.

        (Reporting by Lars Ottin; editing by Mei Sand)
        """;
    Extraction ex = extract(text);
    assertRole(ex, "(Reporting by Lars Ottin; editing by Mei Sand)", Role.BYLINE);
    assertThat(values(ex, "author")).containsExactly("Lars Ottin");
  }

  @Test
  void linesEndingInAnotherScriptsFullStopAreSentencesNotHeadlines() {
    // Armenian ends a sentence with "։" and Hindi with "।": such lines are the body, not a title
    // and a label above it
    String armenian =
        "Վելմորա քաղաքում կամուրջ է փլուզվել։\n\n"
            + "12 մարդ հիվանդանոցում է։\n\n"
            + "Փրկարարները շարունակում են աշխատանքները գիշերը։\n";
    Extraction hy = extract(armenian);
    assertThat(hy.blocks()).allSatisfy(b -> assertThat(b.role()).as(b.text()).isEqualTo(Role.BODY));
    assertThat(values(hy, "title")).isEmpty();
    String hindi =
        "वेल्मोरा में पुल गिर गया।\n\n12 लोग अस्पताल में हैं।\n\nबचाव कार्य रात भर जारी रहा।\n";
    Extraction hi = extract(hindi);
    assertThat(hi.blocks()).allSatisfy(b -> assertThat(b.role()).as(b.text()).isEqualTo(Role.BODY));
  }

  @Test
  void noBreakSpacesCountAsSpacesForTheCues() {
    String text =
        "The ferry union called off Monday's strike after talks that ran late into Sunday night.\n\n"
            + "Recent\u00a0Posts\n\nLighthouse museum reopens\n\n\u00a0(Updated:\u00a0\u00a0)\n";
    Extraction ex = extract(text);
    assertRole(ex, "Recent Posts", Role.NAVIGATION);
    assertRole(ex, "(Updated:  )", Role.DATELINE);
  }

  @Test
  void aBareDateInsideTheBodyDoesNotDateTheArticle() {
    String text =
        """
        Harbour works timeline

        The harbour authority has published the stages of the bridge repair in full.

        March 10, 2024

        Divers finished the survey of the northern pylon and found no further cracks.
        """;
    Extraction ex = extract(text);
    assertRole(ex, "March 10, 2024", Role.DATELINE);
    assertThat(values(ex, "published")).isEmpty();
  }

  @Test
  void aBareDateAboveTheBodyDatesTheArticle() {
    String text =
        """
        Harbour bridge reopens to cyclists
        Tuesday, March 12, 2024

        Cyclists and pedestrians crossed the Velmora bridge on Tuesday for the first time in ten days.
        """;
    assertThat(values(extract(text), "published")).containsExactly("2024-03-12");
  }

  @Test
  void aWireDatelineOnALineOfItsOwnLeavesTheTextAndKeepsItsCreditAsARelay() {
    String text =
        """
        LENWICK, Velmora, 27 mars (Agence Ostra) -

        Six ouvriers ont disparu après l'effondrement du pont de Lenwick, ont annoncé les autorités mardi soir.

        Les recherches continuent dans la baie, selon la police locale.
        """;
    Extraction ex = extract(text);
    assertThat(ex.blocks())
        .filteredOn(b -> b.text().startsWith("LENWICK"))
        .singleElement()
        .extracting(Block::role)
        .isEqualTo(Role.DATELINE);
    assertThat(values(ex, "relays")).containsExactly("Agence Ostra");
    assertThat(values(ex, "title")).doesNotContain("LENWICK, Velmora, 27 mars (Agence Ostra) -");
    // A body paragraph that opens with the credit keeps it in the text.
    Extraction inline =
        extract(
            "(Agence Ostra) - Six ouvriers ont disparu après l'effondrement du pont, ont annoncé"
                + " les autorités.\n\nLes recherches continuent dans la baie.\n");
    assertThat(values(inline, "relays")).isEmpty();
  }

  @Test
  void aReportThatIsItsHeadlineAloneKeepsItAsItsText() {
    Extraction ex =
        extract("Ostrand values the Velmora port at only 20 billion dollars, half its price\n");
    assertRole(
        ex,
        "Ostrand values the Velmora port at only 20 billion dollars, half its price",
        Role.BODY);
    assertThat(values(ex, "title"))
        .containsExactly(
            "Ostrand values the Velmora port at only 20 billion dollars, half its price");
    // With a body below it, the headline stays the title alone.
    Extraction page =
        extract(
            "Ostrand values the Velmora port at only 20 billion dollars\n\nThe buyer told"
                + " investors on Monday that the port was worth half of what he agreed to pay.\n");
    assertRole(
        ex,
        "Ostrand values the Velmora port at only 20 billion dollars, half its price",
        Role.BODY);
    assertRole(page, "Ostrand values the Velmora port at only 20 billion dollars", Role.TITLE);
  }

  static RawDocument raw(String text) {
    return new RawDocument(
        new Origin("page.txt", 0, Format.TEXT),
        "0123456789abcdef0123",
        text,
        "UTF-8",
        "default",
        List.of());
  }

  private Extraction extract(String text) {
    return extractor.extract(raw(text));
  }

  private static List<String> values(Extraction ex, String field) {
    return ex.metadata().stream()
        .filter(f -> f.field().equals(field))
        .map(FieldSource::value)
        .toList();
  }

  private static void assertRole(Extraction ex, String line, Role role) {
    assertThat(ex.blocks().stream().filter(b -> b.text().equals(line)))
        .as("block \"%s\"", line)
        .singleElement()
        .satisfies(b -> assertThat(b.role()).as(b.reason()).isEqualTo(role));
  }
}
