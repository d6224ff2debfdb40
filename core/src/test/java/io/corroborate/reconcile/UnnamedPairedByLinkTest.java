package io.corroborate.reconcile;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.link.LinkResult;
import io.corroborate.link.Pairing;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/**
 * Unnamed people ("one of the rescued men", "the other man") are paired with named ones when the
 * story's names are resolved, in linking; reconciling only applies the pairings. An invented rescue
 * in the land of Velmora.
 */
class UnnamedPairedByLinkTest {
  private static final LocalDate FEB10 = LocalDate.of(2026, 2, 10);

  private static Story namedIn(Story s, String articleId) {
    return s.line(articleId, "Tomas Vell, 30, and Iro Kade, 22, were pulled from the river.")
        .subject("Tomas Vell")
        .attribute("age", "30", 30)
        .add()
        .line(articleId, "Tomas Vell, 30, and Iro Kade, 22, were pulled from the river.")
        .subject("Iro Kade")
        .attribute("age", "22", 22)
        .add();
  }

  private static Story unnamedIn(Story s, String articleId) {
    return s.line(articleId, "One of the rescued men was born in 2005.")
        .subject("One of the rescued men")
        .year("born", "2005", 2005)
        .add()
        .line(articleId, "The other man was born in 1996.")
        .subject("The other man")
        .year("born", "1996", 1996)
        .add();
  }

  @Test
  void linkingPairsEachUnnamedPersonWithTheNamedOneTheirAttributesFitAndSaysWhy() {
    Story s =
        new Story().article("a1", "Velmora Post", FEB10).article("a2", "Harbour Times", FEB10);
    LinkResult links = unnamedIn(namedIn(s, "a1"), "a2").input().entities();
    // Born 1996 fits Vell at 30; so the one born in 2005 is Kade.
    assertThat(links.pairing("a2", 0)).map(Pairing::name).contains("Iro Kade");
    assertThat(links.pairing("a2", 1)).map(Pairing::name).contains("Tomas Vell");
    assertThat(links.pairing("a2", 1))
        .get()
        .extracting(Pairing::reason)
        .asString()
        .startsWith("\u201cThe other man\u201d (Harbour Times) is taken for Tomas Vell")
        .contains("this pairing alone fits best")
        .contains("born 1996 fits Tomas Vell aged 30");
    // The named people's own claims are not paired with anyone.
    assertThat(links.pairing("a1", 0)).isEmpty();
    assertThat(links.pairing("a1", 1)).isEmpty();
  }

  @Test
  void linkingReadsTheAgesOfAnUndatedReportAtItsStorysDate() {
    // Without a date the ages "30" and "22" fit any birth year, and no pairing is better than the
    // other; read at the story's date, only one fits.
    Story s = new Story().undated("a1", "Velmora Post").article("a2", "Harbour Times", FEB10);
    LinkResult links = unnamedIn(namedIn(s, "a1"), "a2").input().entities();
    assertThat(links.pairing("a2", 0)).map(Pairing::name).contains("Iro Kade");
    assertThat(links.pairing("a2", 1)).map(Pairing::name).contains("Tomas Vell");
  }

  @Test
  void unnamedPeopleThatFitEitherNameAreLeftUnpaired() {
    Story s =
        new Story().article("a1", "Velmora Post", FEB10).article("a2", "Harbour Times", FEB10);
    LinkResult links =
        namedIn(s, "a1")
            .line("a2", "One of the men was born in 1995.")
            .subject("One of the men")
            .year("born", "1995", 1995)
            .add()
            .line("a2", "The other was born in 1995 as well.")
            .subject("The other")
            .year("born", "1995", 1995)
            .add()
            .input()
            .entities();
    assertThat(links.pairings()).isEmpty();
  }
}
