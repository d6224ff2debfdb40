package io.corroborate.clean.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class CuesTest {
  @Test
  void timeAgoStampsAreRecognised() {
    assertThat(Cues.timeAgo("2 minutes ago")).isTrue();
    assertThat(Cues.timeAgo("1 hr ago")).isTrue();
    assertThat(Cues.timeAgo("Yesterday")).isTrue();
    assertThat(Cues.timeAgo("Two years ago the bridge was repainted.")).isFalse();
  }

  @Test
  void callsToActionNeedAnImperativeOpeningThatAddressesTheReader() {
    assertThat(Cues.callToAction("Support us", 30)).isTrue();
    assertThat(Cues.callToAction("Subscribe now to keep reading.", 30)).isTrue();
    assertThat(Cues.callToAction("Get the latest headlines: sign up for our newsletter.", 30))
        .isTrue();
    assertThat(Cues.callToAction("Support for the strike grew among dock workers on Monday.", 30))
        .isFalse();
    assertThat(Cues.callToAction("Join the queue, the harbour master told drivers.", 30)).isFalse();
  }

  @Test
  void captionsEndWithACreditAfterTheirSentence() {
    assertThat(Cues.caption("Divers inspect the pylon on Sunday. (Ines Kora/Aldine Herald)", 10))
        .isTrue();
    assertThat(Cues.caption("Divers inspect the pylon on Sunday. (Aldine Coast Guard)", 10))
        .isTrue();
    assertThat(Cues.caption("Photo: Ines Kora", 10)).isTrue();
    assertThat(Cues.caption("The agency (known as ACG) said the crack was small.", 10)).isFalse();
    assertThat(Cues.caption("The crack is small. (The agency did not say how small.)", 10))
        .isFalse();
    assertThat(Cues.caption("The crack is small. (   )", 10)).isFalse();
  }

  private static final Map<String, Predicate<String>> LINE_CUES =
      Map.of(
          "caption", s -> Cues.caption(s, 10),
          "share", Cues::shareLine,
          "ad", Cues::advertisement,
          "media", Cues::mediaLabel,
          "footer", Cues::legalFooter,
          "bio heading", Cues::bioHeader,
          "job title", Cues::jobTitle);

  @ParameterizedTest(name = "{0}: \"{1}\" is {2}")
  @CsvSource(
      delimiter = ';',
      quoteCharacter = '"',
      value = {
        "caption; Der Hafen von Velmora am frühen Morgen. Foto: Teo Varn; true",
        "caption; Foto: Anna Kovel; true",
        "caption; Symbolbild: Fähre im Hafen von Ostrand; true",
        "caption; Le port d'Ostrand au petit matin. Photo : Anna Kovel; true",
        "caption; Crédit photo : Teo Varn; true",
        "caption; Le quai de Velmora inondé. (Photo : archives); true",
        "caption; Fotos zeigen, wie das Wasser im Hafen stieg.; false",
        "caption; Photographier le port est interdit depuis lundi.; false",
        "share; Share this article: Facebook | X; true",
        "share; Partager : Facebook | X | E-mail; true",
        "share; Artikel teilen: Facebook | X; true",
        "share; Teilen Sie uns Ihre Meinung mit.; false",
        "ad; Advertisement; true",
        "ad; Anzeige; true",
        "ad; Publicité; true",
        "ad; Advertisement: Velmora Ferries; false",
        "media; Bildergalerie; true",
        "media; Vidéo; true",
        "media; Loading...; true",
        "media; Sponsored; true",
        "media; Video of the flood in Ostrand; false",
        "footer; Privacy | Cookies | Imprint; true",
        "footer; Impressum | Datenschutz | Kontakt; true",
        "footer; Mentions légales · Plan du site; true",
        "footer; The terms of the ferry contract were not made public.; false",
        "bio heading; Über die Autorin; true",
        "bio heading; À propos de l'auteur :; true",
        "bio heading; About the author; true",
        "job title; Korrespondentin; true",
        "job title; Rédacteur en chef; true",
      })
  void lineCuesAreReadInEveryLanguageThatListsThem(String cue, String line, boolean expected) {
    assertThat(LINE_CUES.get(cue).test(line)).isEqualTo(expected);
  }

  @Test
  void frenchAndGermanBiosOpenWithANameAndANewsroomJob() {
    assertThat(
            Cues.bioSubject("Anna Kovel ist Redakteurin bei der Velmora Post und lebt in Ostrand."))
        .contains("Anna Kovel");
    assertThat(Cues.bioSubject("Teo Varn est journaliste au Courrier d'Ostrand depuis 2019."))
        .contains("Teo Varn");
    assertThat(Cues.bioSubject("Anna Kovel ist Bürgermeisterin von Velmora seit dem Jahr 2019."))
        .isEmpty();
  }

  @Test
  void bioNamesMayHoldParticles() {
    assertThat(Cues.bioSubject("Ana dos Santos is a reporter at the Aldine Herald."))
        .contains("Ana dos Santos");
  }

  @Test
  void biosOpenWithANameAndAJournalismJob() {
    assertThat(Cues.bioSubject("Ines Kora is a reporter at the Aldine Herald covering the coast."))
        .contains("Ines Kora");
    assertThat(
            Cues.bioSubject(
                "Elsa Brandt is the harbour master of Velmora and has held the post since 2019."))
        .isEmpty();
  }

  @Test
  void sentenceEndsLookPastClosingQuotes() {
    assertThat(Cues.endsSentence("“We just saved him.”")).isTrue();
    assertThat(Cues.endsSentence("'He still had a grenade'")).isFalse();
  }
}
