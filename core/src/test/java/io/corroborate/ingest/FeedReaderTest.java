package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.FieldSource;
import io.corroborate.model.Format;
import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FeedReaderTest {
  @TempDir Path dir;

  static final String RSS =
      "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
          + "<rss version=\"2.0\" xmlns:content=\"http://purl.org/rss/1.0/modules/content/\" xmlns:dc=\"http://purl.org/dc/elements/1.1/\">"
          + "<channel><title>The Harbour Ledger</title><link>https://ledger.example/</link><description>Local news</description><language>en</language>"
          + "<item><title>Ferry resumes</title><link>https://ledger.example/ferry</link><dc:creator>Ada Lane</dc:creator><dc:creator>Bo Chen</dc:creator>"
          + "<pubDate>Wed, 19 Feb 2025 10:15:00 GMT</pubDate><description>Short teaser</description>"
          + "<content:encoded><![CDATA[<p>The ferry ran again on Tuesday.</p><p>It had stopped for a week.</p>]]></content:encoded></item>"
          + "<item><title>Bridge closed</title><link>https://ledger.example/bridge</link>"
          + "<description>&lt;p&gt;The bridge closed for repairs.&lt;/p&gt;</description></item>"
          + "<item><title>Inline</title><link>https://ledger.example/inline</link>"
          + "<description>The &lt;b&gt;quay&lt;/b&gt; cafe re-opened.</description></item>"
          + "<item><title>Empty</title><link>https://ledger.example/empty</link></item>"
          + "</channel></rss>";

  static final String ATOM =
      "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\"><title>Quay Times</title><id>urn:quay</id>"
          + "<updated>2025-02-20T08:00:00Z</updated>"
          + "<entry><title>Cafe re-opens</title><link href=\"https://quay.example/cafe\"/><id>urn:1</id><author><name>Cy Dee</name></author>"
          + "<published>2025-02-19T10:15:00+02:00</published><updated>2025-02-20T08:00:00Z</updated><summary>sum</summary>"
          + "<content type=\"html\">&lt;p&gt;The cafe on the quay re-opened.&lt;/p&gt;</content></entry>"
          + "<entry><title>Plain</title><link href=\"https://quay.example/plain\"/><id>urn:2</id><updated>2025-02-20T08:00:00Z</updated>"
          + "<content type=\"text\">First &lt;para&gt;.\n\nSecond para.</content></entry></feed>";

  @Test
  void rssItemsCarryContentAuthorsDatesAndTheFeedTitleAsOutlet() {
    Collected c = Collected.file(Collected.write(dir, "ledger.rss", RSS));
    assertThat(c.docs).hasSize(3);
    RawDocument ferry = c.docs.get(0);
    assertThat(ferry.format()).isEqualTo(Format.FEED);
    assertThat(ferry.content())
        .isEqualTo("<p>The ferry ran again on Tuesday.</p><p>It had stopped for a week.</p>");
    assertThat(ferry.hint("url"))
        .contains(new FieldSource("url", "https://ledger.example/ferry", "feed item link"));
    assertThat(ferry.hint("title").map(FieldSource::value)).contains("Ferry resumes");
    assertThat(ferry.hint("outlet"))
        .contains(new FieldSource("outlet", "The Harbour Ledger", "feed title"));
    assertThat(ferry.hints("author"))
        .extracting(FieldSource::value)
        .containsExactly("Ada Lane", "Bo Chen");
    assertThat(ferry.hint("published").map(FieldSource::value)).contains("2025-02-19T10:15:00Z");
    assertThat(ferry.hint("language").map(FieldSource::value)).contains("en");
    assertThat(ferry.hint("item").map(FieldSource::value)).contains("1");
    assertThat(ferry.charsetSource()).isEqualTo("xml declaration");
    assertThat(c.docs.get(1).content()).isEqualTo("<p>The bridge closed for repairs.</p>");
    assertThat(c.docs.get(2).content()).isEqualTo("<p>The <b>quay</b> cafe re-opened.</p>");
    Rejection empty = c.onlyRejection();
    assertThat(empty.kind()).isEqualTo(Rejection.Kind.NO_ARTICLE);
    assertThat(empty.reason()).contains("feed item 4 (Empty)");
  }

  @Test
  void atomEntriesGiveUtcDatesAndPlainTextBecomesEscapedParagraphs() {
    Collected c = Collected.file(Collected.write(dir, "quay.atom", ATOM));
    assertThat(c.rejections).isEmpty();
    RawDocument cafe = c.docs.get(0);
    assertThat(cafe.content()).isEqualTo("<p>The cafe on the quay re-opened.</p>");
    assertThat(cafe.hint("published").map(FieldSource::value)).contains("2025-02-19T08:15:00Z");
    assertThat(cafe.hint("updated").map(FieldSource::value)).contains("2025-02-20T08:00:00Z");
    assertThat(cafe.hint("author").map(FieldSource::value)).contains("Cy Dee");
    assertThat(cafe.hint("outlet").map(FieldSource::value)).contains("Quay Times");
    assertThat(c.docs.get(1).content())
        .isEqualTo("<p>First &lt;para&gt;.</p>\n<p>Second para.</p>\n");
    assertThat(c.docs.get(1).hint("published")).isEmpty();
  }

  @Test
  void feedsAreSniffedFromContentUnderAnyName() {
    assertThat(Collected.file(Collected.write(dir, "feed", RSS)).docs).hasSize(3);
    assertThat(Collected.file(Collected.write(dir, "feed.txt", ATOM)).docs).hasSize(2);
  }

  @Test
  void feedWithoutItemsAndFeedWithADoctypeAreRejected() {
    String none =
        "<rss version=\"2.0\"><channel><title>Nothing</title><link>https://x.example/</link><description>d</description></channel></rss>";
    assertThat(Collected.file(Collected.write(dir, "none.rss", none)).onlyRejection().kind())
        .isEqualTo(Rejection.Kind.NO_ARTICLE);
    String xxe =
        "<?xml version=\"1.0\"?><!DOCTYPE r [<!ENTITY e SYSTEM \"file:///etc/hostname\">]><rss version=\"2.0\"><channel><title>&e;</title></channel></rss>";
    Rejection r = Collected.file(Collected.write(dir, "xxe.rss", xxe)).onlyRejection();
    assertThat(r.kind()).isEqualTo(Rejection.Kind.UNREADABLE);
    assertThat(r.reason()).startsWith("not a feed");
  }
}
