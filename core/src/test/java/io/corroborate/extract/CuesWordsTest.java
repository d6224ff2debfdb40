package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The words around a source that the attribution cues read come from the English pack. */
class CuesWordsTest {
  private static final LanguagePack EN = LanguagePack.english();
  private final Cues cues = new Cues(ExtractOptions.defaults());

  private List<String> sources(String s) {
    return cues.find(s, 0).stream().map(f -> f.source().of(s)).toList();
  }

  @Test
  void everyWordBeforeWhomOneSpokeToLeadsToTheOutlet() {
    for (String to : EN.category("spoken-to.tsv", "preposition")) {
      String s = "Ana Kovel spoke " + to + " Reuters on Monday about the flood.";
      assertThat(sources(s)).as(s).contains("Reuters");
      for (String adverb : EN.category("spoken-to.tsv", "adverb")) {
        String t = "Ana Kovel spoke " + adverb + " " + to + " Reuters on Monday about the flood.";
        assertThat(sources(t)).as(t).contains("Reuters");
      }
    }
    String loudly = "Ana Kovel spoke loudly to Reuters on Monday about the flood.";
    assertThat(sources(loudly)).doesNotContain("Reuters");
  }

  @Test
  void anAppositionOpensWithAnArticleOrOneOf() {
    List<String> openers =
        new java.util.ArrayList<>(io.corroborate.lang.Lexicon.definiteArticles(EN));
    openers.addAll(Lexicon.numberWords(EN, "article"));
    for (String of : EN.category("partitive-words.tsv", "preposition")) {
      openers.add("one " + of + " the");
    }
    for (String opener : openers) {
      String s = "Teo Varn, " + opener + " harbour engineers, said the dam held.";
      assertThat(sources(s)).as(s).contains("Teo Varn, " + opener + " harbour engineers,");
    }
  }

  @Test
  void everySourceDeterminerOpensASourceOfCommonNouns() {
    int read = 0;
    for (String det : EN.set("source-determiners.txt")) {
      String opener = Character.toUpperCase(det.charAt(0)) + det.substring(1) + " boatwright";
      String s = opener + " said the dam held.";
      assertThat(sources(s)).as(s).contains(opener);
      read++;
    }
    assertThat(read).isGreaterThanOrEqualTo(3);
    assertThat(sources("Nearby boatwright said the dam held.")).isEmpty();
  }

  @Test
  void aVerbWhoseListenerFollowsDirectlyLeadsToTheOutlet() {
    for (String verb : EN.category("spoken-to.tsv", "verb")) {
      String s = "Ana Kovel " + verb + " Reuters on Monday that the dam held.";
      assertThat(sources(s)).as(s).contains("Reuters");
    }
    assertThat(sources("Ana Kovel said Reuters on Monday was wrong.")).doesNotContain("Reuters");
  }

  @Test
  void aRelayingPhraseBetweenCommasLeavesTheSourceBeforeIt() {
    for (String relaying : EN.category("attribution-phrases.tsv", "relaying")) {
      String s = "The Velmora Courier, " + relaying + " the ministry, said the dam held.";
      assertThat(sources(s)).as(s).contains("The Velmora Courier");
    }
  }

  @Test
  void everyUnnamedSourceEndsASource() {
    for (String unnamed : EN.set("unnamed-sources.txt")) {
      String s = "On Monday, dozens of flooded " + unnamed + " said the dam held.";
      assertThat(sources(s)).as(s).isNotEmpty();
    }
  }
}
