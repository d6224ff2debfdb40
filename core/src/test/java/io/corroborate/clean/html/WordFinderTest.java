package io.corroborate.clean.html;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class WordFinderTest {
  private static final List<String> LISTS =
      List.of("prompt-words.txt", "legal-phrases.tsv:anywhere", "page-prompts.txt");

  @Test
  void aWholeWordIsFoundInAnyCaseAndAPartOfAWordIsNot() {
    WordFinder f = WordFinder.of(List.of("subscribe", "all rights reserved", "abonn*"));
    assertThat(f.in("Please SUBSCRIBE to the Velmora Courier")).isTrue();
    assertThat(f.in("Ostrand Post. All Rights Reserved.")).isTrue();
    assertThat(f.in("Jetzt abonnieren")).isTrue();
    assertThat(f.in("the unsubscribed readers of Ostrand")).isFalse();
    assertThat(f.in("Teo Varn spoke in Velmora on Monday.")).isFalse();
    assertThat(f.in("")).isFalse();
  }

  @Test
  void eachTextIsReadOnItsOwnWhenTheSameThreadAsksAgain() {
    WordFinder f = WordFinder.of(List.of("subscribe", "share"));
    assertThat(f.in("Velmora readers may subscribe")).isTrue();
    assertThat(f.in("Velmora")).isFalse();
    assertThat(f.in("sharp")).isFalse();
    assertThat(f.in("so share")).isTrue();
    assertThat(f.in("Ostrand")).isFalse();
  }

  @Test
  void entriesStartingWithANumberOrAnythingAreFound() {
    WordFinder f = WordFinder.of(List.of("# comments", "… newsletter"));
    assertThat(f.in("Read all 12 comments")).isTrue();
    assertThat(f.in("our weekly newsletter")).isTrue();
    assertThat(f.in("many comments")).isFalse();
  }

  @Test
  void findsExactlyWhatTheWholeWordPatternFinds() {
    Random rnd = new Random(20261207);
    String odd = "İıſKÅßǅ ́é\u00a0_-.,:!?©()0123456789\uD83D\uDE00";
    for (String list : LISTS) {
      List<String> entries =
          list.contains(":")
              ? PageWords.everyLanguage(list.split(":")[0], list.split(":")[1])
              : PageWords.everyLanguage(list);
      Pattern regex = Pattern.compile("(?iu)\\b(" + PageWords.alternationOf(entries) + ")\\b");
      WordFinder finder = WordFinder.of(entries);
      for (int k = 0; k < 3000; k++) {
        String text = randomText(rnd, entries, odd);
        assertThat(finder.in(text))
            .as("%s on \"%s\"", list, text)
            .isEqualTo(regex.matcher(text).find());
      }
    }
  }

  private static String randomText(Random rnd, List<String> entries, String odd) {
    StringBuilder b = new StringBuilder();
    List<String> words =
        new ArrayList<>(List.of("Velmora", "Ostrand", "Anna", "Kovel", "der", "и"));
    int parts = 1 + rnd.nextInt(6);
    for (int i = 0; i < parts; i++) {
      int kind = rnd.nextInt(5);
      if (kind == 0) {
        String e = entries.get(rnd.nextInt(entries.size())).replace("#", "7").replace("…", "");
        e = e.replace("*", rnd.nextBoolean() ? "" : "ung");
        b.append(rnd.nextBoolean() ? e.toUpperCase(Locale.ROOT) : e);
      } else if (kind == 1) {
        String e = entries.get(rnd.nextInt(entries.size()));
        // A piece of an entry glued to letters: no whole word.
        b.append("x").append(e, 0, Math.max(1, e.length() / 2));
      } else if (kind == 2) {
        b.append(words.get(rnd.nextInt(words.size())));
      } else {
        for (int j = rnd.nextInt(3); j >= 0; j--) {
          b.append(odd.charAt(rnd.nextInt(odd.length())));
        }
      }
      if (rnd.nextBoolean()) {
        b.append(' ');
      }
    }
    return b.toString();
  }
}
