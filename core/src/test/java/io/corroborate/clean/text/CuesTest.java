package io.corroborate.clean.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

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

  @Test
  void frenchAndGermanCaptionsOpenOrCloseWithAPhotoCredit() {
    assertThat(Cues.caption("Der Hafen von Velmora am frühen Morgen. Foto: Teo Varn", 10)).isTrue();
    assertThat(Cues.caption("Foto: Anna Kovel", 10)).isTrue();
    assertThat(Cues.caption("Symbolbild: Fähre im Hafen von Ostrand", 10)).isTrue();
    assertThat(Cues.caption("Le port d'Ostrand au petit matin. Photo : Anna Kovel", 10)).isTrue();
    assertThat(Cues.caption("Crédit photo : Teo Varn", 10)).isTrue();
    assertThat(Cues.caption("Le quai de Velmora inondé. (Photo : archives)", 10)).isTrue();
    assertThat(Cues.caption("Fotos zeigen, wie das Wasser im Hafen stieg.", 10)).isFalse();
    assertThat(Cues.caption("Photographier le port est interdit depuis lundi.", 10)).isFalse();
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
    assertThat(Cues.jobTitle("Korrespondentin")).isTrue();
    assertThat(Cues.jobTitle("Rédacteur en chef")).isTrue();
    assertThat(Cues.bioHeader("Über die Autorin")).isTrue();
    assertThat(Cues.bioHeader("À propos de l'auteur :")).isTrue();
    assertThat(Cues.bioHeader("About the author")).isTrue();
  }

  @Test
  void bioNamesMayHoldParticles() {
    assertThat(Cues.bioSubject("Ana dos Santos is a reporter at the Aldine Herald."))
        .contains("Ana dos Santos");
  }

  @Test
  void shareRowsAreReadInFrenchAndGerman() {
    assertThat(Cues.shareLine("Share this article: Facebook | X")).isTrue();
    assertThat(Cues.shareLine("Partager : Facebook | X | E-mail")).isTrue();
    assertThat(Cues.shareLine("Artikel teilen: Facebook | X")).isTrue();
    assertThat(Cues.shareLine("Teilen Sie uns Ihre Meinung mit.")).isFalse();
  }

  @Test
  void adAndMediaPlaceholdersAreReadInEveryLanguage() {
    assertThat(Cues.advertisement("Advertisement")).isTrue();
    assertThat(Cues.advertisement("Anzeige")).isTrue();
    assertThat(Cues.advertisement("Publicité")).isTrue();
    assertThat(Cues.advertisement("Advertisement: Velmora Ferries")).isFalse();
    assertThat(Cues.mediaLabel("Bildergalerie")).isTrue();
    assertThat(Cues.mediaLabel("Vidéo")).isTrue();
    assertThat(Cues.mediaLabel("Loading...")).isTrue();
    assertThat(Cues.mediaLabel("Sponsored")).isTrue();
    assertThat(Cues.mediaLabel("Video of the flood in Ostrand")).isFalse();
  }

  @Test
  void legalFootersAreReadInEveryLanguage() {
    assertThat(Cues.legalFooter("Privacy | Cookies | Imprint")).isTrue();
    assertThat(Cues.legalFooter("Impressum | Datenschutz | Kontakt")).isTrue();
    assertThat(Cues.legalFooter("Mentions légales · Plan du site")).isTrue();
    assertThat(Cues.legalFooter("The terms of the ferry contract were not made public.")).isFalse();
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
