package io.corroborate.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

class ClassHintsTest {
  @Test
  void aClassMetOnAnEarlierPageGivesTheSameBitsOnTheNext() {
    String html =
        "<div class='Velmora-Sidebar related-posts' id='ostrand'><p>x</p></div>"
            + "<article class='Velmora-Sidebar related-posts' id='ostrand'><p>y</p></article>";
    Element first = Jsoup.parse(html).selectFirst("div");
    Element again = Jsoup.parse(html).selectFirst("div");
    Element article = Jsoup.parse(html).selectFirst("article");
    int fresh = ClassHints.attributeBits("velmora-sidebar related-posts#ostrand");
    assertThat(fresh).isNotZero();
    assertThat(new ClassHints().of(first)).isEqualTo(ClassHints.tagBits("div") | fresh);
    assertThat(new ClassHints().of(again)).isEqualTo(ClassHints.tagBits("div") | fresh);
    // The tag still weighs on the remembered bits: an article is no sidebar.
    assertThat(new ClassHints().of(article))
        .isEqualTo(
            ClassHints.tagBits("article")
                | fresh & (~Hint.JUNK | Hint.COMMENT | Hint.RELATED | Hint.AD));
  }

  @Test
  void attributeNamesWrittenInCapitalsAreRead() {
    String html =
        "<DIV CLASS='related-posts' ID='ostrand' ROLE='navigation'><p>x</p></DIV>"
            + "<p STYLE='display: none'>y</p><span HIDDEN>z</span>";
    org.jsoup.nodes.Document doc = Jsoup.parse(html);
    Element div = doc.selectFirst("div");
    int fromClass = ClassHints.attributeBits("related-posts#ostrand");
    assertThat(fromClass).isNotZero();
    assertThat(new ClassHints().of(div))
        .isEqualTo(ClassHints.tagBits("div") | fromClass | Hint.NAV);
    assertThat(new ClassHints().hidden(doc.selectFirst("p[style]"))).isTrue();
    assertThat(new ClassHints().hidden(doc.selectFirst("span"))).isTrue();
    assertThat(new ClassHints().hidden(div)).isFalse();
  }

  @Test
  void aHiddenClassHidesEveryElementThatCarriesItAndNoOther() {
    String html =
        "<span class=' Velmora SR-Only '>a</span><p class=' Velmora SR-Only '>b</p>"
            + "<p class='Velmora sr'>c</p><p class='  '>d</p>";
    org.jsoup.nodes.Document doc = Jsoup.parse(html);
    ClassHints page = new ClassHints();
    assertThat(page.hidden(doc.selectFirst("span"))).isTrue();
    // The second element with the same class is answered from what the first one found.
    assertThat(page.hidden(doc.select("p").get(0))).isTrue();
    assertThat(page.hidden(doc.select("p").get(1))).isFalse();
    assertThat(page.hidden(doc.select("p").get(2))).isFalse();
  }

  @Test
  void anElementWithAClassAndNoIdGetsTheBitsOfItsClass() {
    Element a = Jsoup.parse("<div class='sidebar-widget'>x</div>").selectFirst("div");
    Element b = Jsoup.parse("<div class='sidebar-widget' id='velmora'>x</div>").selectFirst("div");
    ClassHints hints = new ClassHints();
    assertThat(hints.of(a)).isEqualTo(ClassHints.attributeBits("sidebar-widget#"));
    assertThat(hints.of(b)).isEqualTo(ClassHints.attributeBits("sidebar-widget#velmora"));
    assertThat(hints.of(a)).isEqualTo(ClassHints.attributeBits("sidebar-widget#"));
  }

  @Test
  void aClassInCapitalsWithoutAnIdIsRememberedByItsLowerCaseForm() {
    Element upper = Jsoup.parse("<div class='Sidebar-Widget'>x</div>").selectFirst("div");
    Element lower = Jsoup.parse("<div class='sidebar-widget'>x</div>").selectFirst("div");
    int bits = ClassHints.attributeBits("sidebar-widget#");
    assertThat(bits).isNotZero();
    assertThat(new ClassHints().of(upper)).isEqualTo(bits);
    assertThat(new ClassHints().of(lower)).isEqualTo(bits);
    assertThat(new ClassHints().of(upper)).isEqualTo(bits);
  }

  @Test
  void everyListedTokenIsReadWhateverItsLength() {
    // The shortest and the longest listed tokens bound what is looked up: none may fall outside.
    java.util.List<String> unread = new java.util.ArrayList<>();
    for (java.util.List<String> row : PageWords.data("html/class-hints.tsv")) {
      if (row.get(0).equals("token")
          && (ClassHints.attributeBits(row.get(1) + "#") & Hint.named(row.get(2))) == 0) {
        unread.add(row.get(1));
      }
    }
    assertThat(unread).isEmpty();
  }
}
