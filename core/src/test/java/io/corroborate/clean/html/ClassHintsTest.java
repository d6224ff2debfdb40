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
}
