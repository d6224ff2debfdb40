package io.corroborate.clean;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Block;
import io.corroborate.model.Extraction;
import io.corroborate.model.FieldSource;
import io.corroborate.model.Role;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The five real seed pages: every junk block is listed with its role (by a short fragment), every
 * other block must stay content, and the body paragraphs are counted. A block removed that is not
 * listed, or a listed block kept, fails the test.
 */
class TextExtractorSeedsTest {
  private final TextExtractor extractor = new TextExtractor();

  @Test
  void seed000KeepsTheLedeAndDropsTheTrailingLinkList() {
    Page p = page("000");
    p.expect(Role.TITLE, "POWs unaware of their location");
    p.expect(Role.TEASER, "deploys additional forces");
    p.expect(Role.NAVIGATION, "- News");
    p.expect(Role.BODY, "had no idea about the war they were sent to");
    p.expect(Role.BODY, "we don't get paid");
    p.onlyListedBlocksRemoved();
    p.counts(Role.BODY, 19);
    assertThat(p.meta("title")).singleElement().asString().contains("POWs unaware");
    assertThat(p.meta("author")).isEmpty();
  }

  @Test
  void seed001IsAllBodyWithOneSubheading() {
    Page p = page("001");
    p.expect(Role.HEADING, "Participation of the DPRK military");
    p.expect(Role.BODY, "spoke about this in an interview");
    p.expect(Role.BODY, "surrendering means treason");
    p.onlyListedBlocksRemoved();
    p.counts(Role.BODY, 14);
    assertThat(p.meta("title")).isEmpty();
  }

  @Test
  void seed002DropsFeedItemsAuthorBoxAndRelatedCard() {
    Page p = page("002");
    p.expect(Role.NAVIGATION, "News Feed");
    p.expect(Role.TITLE, "reportedly told they're fighting");
    p.expect(Role.OTHER, "min read");
    p.expect(Role.CAPTION, "Military Choir sings");
    p.expect(Role.TEASER, "refutes Putin");
    p.expect(Role.TEASER, "told Russian media on Feb. 18");
    p.expect(Role.OTHER, "Article image");
    p.expect(Role.OTHER, "Avatar");
    p.expectWhole(Role.BYLINE, "Tim Zadorozhnyy");
    p.expect(Role.BIO, "News Editor");
    p.expect(Role.BIO, "is a news editor at");
    p.expect(Role.NAVIGATION, "Read more");
    p.expect(Role.TEASER, "Pope Leo received");
    p.expect(Role.DATELINE, "(Updated:");
    p.expect(Role.TEASER, "Explosions rocked");
    p.expect(Role.NAVIGATION, "Show More");
    p.expect(Role.BODY, "Each battalion, consisting of about 500 soldiers");
    p.expect(Role.BODY, "advanced 2.5 kilometers");
    p.onlyListedBlocksRemoved();
    p.counts(Role.BODY, 13);
    assertThat(p.meta("author")).singleElement().asString().contains("Zadorozhnyy");
    assertThat(p.meta("outlet"))
        .as("the outlet the author's bio names")
        .containsExactly("The Kyiv Independent");
    assertThat(p.meta("updated")).as("a teaser's date is not the article's").isEmpty();
  }

  @Test
  void seed003DropsRecentPostsPromptAndEditorsNote() {
    Page p = page("003");
    p.expect(Role.NAVIGATION, "Categories:");
    p.expect(Role.TITLE, "How Ukraine Captured");
    p.expect(Role.OTHER, "note: In accordance with");
    p.expect(Role.HEADING, "He still had a grenade");
    p.expect(Role.HEADING, "Better prepared than Russians");
    p.expect(Role.CAPTION, "Screenshot from video");
    p.expect(Role.CAPTION, "as shown in a photo released");
    p.expect(Role.CAPTION, "speaks to the kyiv Independent");
    p.expect(Role.PROMPT, "Join our community");
    p.expect(Role.PROMPT, "Support independent journalism");
    p.expect(Role.PROMPT, "Support us");
    p.expectWhole(Role.BYLINE, "William");
    p.expect(Role.NAVIGATION, "Recent Posts");
    for (String teaser :
        List.of(
            "split after 16 years",
            "ending their marriage",
            "Take Action Against",
            "taking action against",
            "help peg Treasury",
            "day ahead in the US",
            "stinkiest costar",
            "Rams prepare",
            "experienced this first hand",
            "discuss TikTok",
            "as Xi arrives",
            "minutes ago")) {
      p.expect(Role.TEASER, teaser);
    }
    p.expect(Role.BODY, "one primary objective");
    p.expect(Role.BODY, "we’re focusing on eliminating them");
    p.onlyListedBlocksRemoved();
    p.counts(Role.BODY, 46);
    p.counts(Role.TEASER, 18);
    assertThat(p.meta("author")).as("a teaser's 'by Mike …' is no byline").isEmpty();
  }

  @Test
  void seed004ReadsTheBylineAndKeepsSubheadings() {
    Page p = page("004");
    p.expect(Role.BYLINE, "By Diplomacy Journal");
    p.expect(Role.HEADING, "interrogation progress");
    p.expect(Role.HEADING, "service history of the North Korean");
    p.expect(Role.HEADING, "Photos released and international");
    p.expect(Role.BODY, "as many as 4,000");
    p.onlyListedBlocksRemoved();
    p.counts(Role.BODY, 13);
    assertThat(p.meta("author")).containsExactly("Lee Jon-young");
    assertThat(p.meta("outlet")).containsExactly("Diplomacy Journal");
  }

  private Page page(String prefix) {
    return new Page(extractor.extract(SeedPages.read(prefix)));
  }

  /** One extracted page and the junk a test has listed for it. */
  private static final class Page {
    private final Extraction ex;
    private final List<String> listedJunk = new ArrayList<>();

    Page(Extraction ex) {
      this.ex = ex;
    }

    /** Every block containing {@code fragment} has {@code role}, and there is at least one. */
    void expect(Role role, String fragment) {
      List<Block> hits = ex.blocks().stream().filter(b -> b.text().contains(fragment)).toList();
      assertThat(hits).as("blocks containing \"%s\"", fragment).isNotEmpty();
      assertThat(hits)
          .as("role of \"%s\"", fragment)
          .allSatisfy(b -> assertThat(b.role()).as(b.reason()).isEqualTo(role));
      if (!role.isContent()) {
        listedJunk.add(fragment);
      }
    }

    /** The block that is exactly {@code line} (a name line, a label) has {@code role}. */
    void expectWhole(Role role, String line) {
      List<Block> hits = ex.blocks().stream().filter(b -> b.text().equals(line)).toList();
      assertThat(hits)
          .as("blocks \"%s\"", line)
          .singleElement()
          .satisfies(b -> assertThat(b.role()).as(b.reason()).isEqualTo(role));
      if (!role.isContent()) {
        listedJunk.add(line);
      }
    }

    /** Nothing else was removed: no sentence of the article's own body is lost. */
    void onlyListedBlocksRemoved() {
      List<String> unexpected =
          ex.blocks().stream()
              .filter(b -> !b.role().isContent())
              .filter(b -> listedJunk.stream().noneMatch(b.text()::contains))
              .map(b -> b.role() + " (" + b.reason() + "): " + b.text())
              .toList();
      assertThat(unexpected).as("removed blocks that were not listed as junk").isEmpty();
    }

    void counts(Role role, int expected) {
      assertThat(ex.blocks().stream().filter(b -> b.role() == role).count())
          .as("%s blocks", role)
          .isEqualTo(expected);
    }

    List<String> meta(String field) {
      return ex.metadata().stream()
          .filter(f -> f.field().equals(field))
          .map(FieldSource::value)
          .toList();
    }
  }
}
