package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.Annotation;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Sentences of the model-free layer, each language with its own abbreviations. */
class PlainLayerSentencesTest {

  private static List<String> sentences(String text, String language) {
    Annotation a = PlainLayer.annotate(text, Optional.empty(), language);
    return a.sentences().stream().map(s -> s.span().of(text)).toList();
  }

  @Test
  void aLanguagesOwnAbbreviationEndsNoSentence() {
    assertThat(sentences("Laut Dr. Varn wurden 12 Menschen verletzt. Der Damm hielt.", "de"))
        .containsExactly("Laut Dr. Varn wurden 12 Menschen verletzt.", "Der Damm hielt.");
    assertThat(sentences("Selon M. Varn, 12 personnes ont été blessées. La digue a tenu.", "fr"))
        .containsExactly("Selon M. Varn, 12 personnes ont été blessées.", "La digue a tenu.");
    assertThat(sentences("Погибли 12 тыс. человек. Плотина выдержала.", "ru"))
        .containsExactly("Погибли 12 тыс. человек.", "Плотина выдержала.");
  }

  @Test
  void englishAbbreviationsStayEnglish() {
    // "No." is English's abbreviation; in Spanish "no." ends a sentence.
    assertThat(sentences("El alcalde dijo que no. Hoy llovió en Velmora.", "es"))
        .containsExactly("El alcalde dijo que no.", "Hoy llovió en Velmora.");
    assertThat(sentences("Gate No. 4 was shut. The dam held.", "en"))
        .containsExactly("Gate No. 4 was shut.", "The dam held.");
  }

  @Test
  void aDayWrittenAsAnOrdinalBeforeAMonthEndsNoSentence() {
    assertThat(sentences("Die Brücke stürzte am 26. März ein. Der Damm hielt.", "de"))
        .containsExactly("Die Brücke stürzte am 26. März ein.", "Der Damm hielt.");
    assertThat(sentences("Most runął 6. lutego. Tama wytrzymała.", "pl"))
        .containsExactly("Most runął 6. lutego.", "Tama wytrzymała.");
    // a figure closing a sentence before one that opens with any other word still ends it
    assertThat(sentences("Verletzt wurden 26. Montag kommt die Kommission.", "de"))
        .containsExactly("Verletzt wurden 26.", "Montag kommt die Kommission.");
  }
}
