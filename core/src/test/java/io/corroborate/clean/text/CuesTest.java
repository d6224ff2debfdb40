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
      Map.ofEntries(
          Map.entry("caption", s -> Cues.caption(s, 10)),
          Map.entry("share", Cues::shareLine),
          Map.entry("ad", Cues::advertisement),
          Map.entry("media", Cues::mediaLabel),
          Map.entry("footer", Cues::legalFooter),
          Map.entry("bio heading", Cues::bioHeader),
          Map.entry("job title", Cues::jobTitle),
          Map.entry("list", Cues::listHeader),
          Map.entry("nav", Cues::navLabel),
          Map.entry("comments", Cues::commentsHeader),
          Map.entry("link", Cues::inlineLink),
          Map.entry("reading", Cues::readingTime),
          Map.entry("prompt", Cues::promptLabel),
          Map.entry("note", Cues::editorNote),
          Map.entry("category", Cues::category),
          Map.entry("legal", Cues::legal),
          Map.entry("action", s -> Cues.callToAction(s, 30)));

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
        "list; Most read; true",
        "list; More from Velmora »; true",
        "list; You might also like:; true",
        "list; Editor’s picks; true",
        "list; Most read of all the reports from Ostrand this week; false",
        "nav; Share on Flipboard; true",
        "nav; Skip to main content; true",
        "nav; Back to the harbour; false",
        "comments; 12 comments; true",
        "comments; Readers' comments; true",
        "comments; What do you think?; true",
        "comments; Comments from the mayor of Velmora were brief.; false",
        "link; Read more: Ferry strike ends in Ostrand; true",
        "link; Watch — the flood in Velmora; true",
        "link; Watching the flood was hard.; false",
        "reading; 5-minute read; true",
        "reading; Reading time: 3 min; true",
        "reading; 3 min reading time; true",
        "reading; The read took 3 minutes.; false",
        "prompt; Newsletter; true",
        "prompt; Become a member!; true",
        "prompt; Membership of the club fell.; false",
        "note; Editor's note: This story was updated.; true",
        "note; Correction — an earlier version misspelled Teo Varn.; true",
        "note; Corrections officers in Ostrand went on strike.; false",
        "category; Section: World; true",
        "category; Kategorien: Welt; true",
        "category; Sections of the bridge collapsed: two of them.; false",
        "legal; Privacy policy; true",
        "legal; Cookies help us improve the site; true",
        "legal; Disclaimer: the views are the author's.; true",
        "legal; Copyrighted images were removed.; false",
        "action; Become a supporter today; true",
        "action; Sign up for our morning briefing; true",
        "action; The Velmora digest lands in your inbox daily. Subscribe; true",
        "action; Register for the harbour tour is closed for the visiting delegation from the coast of Ostrand; false",
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

  @Test
  void timeAgoStampsInFrenchAndGermanPutTheirWordBeforeTheAmount() {
    assertThat(Cues.timeAgo("il y a 3 heures")).isTrue();
    assertThat(Cues.timeAgo("Il y a une heure.")).isTrue();
    assertThat(Cues.timeAgo("vor 2 Std.")).isTrue();
    assertThat(Cues.timeAgo("vor einer Stunde")).isTrue();
    assertThat(Cues.timeAgo("à l'instant")).isTrue();
    assertThat(Cues.timeAgo("Gestern")).isTrue();
    assertThat(Cues.timeAgo("5 hours")).isFalse();
    assertThat(Cues.timeAgo("Il y a 3 heures, le port de Velmora a fermé.")).isFalse();
  }

  @Test
  void aBioOutletOpeningWithALowerCaseArticleIsCapitalised() {
    assertThat(Cues.bioOutlet("Ana Roe is a reporter at the Aldine Herald. She covers ports."))
        .contains("The Aldine Herald");
    assertThat(Cues.bioOutlet("Teo Varn joined Velmora Radio in 2019.")).contains("Velmora Radio");
    assertThat(Cues.bioOutlet("Anna Kovel likes ferries.")).isEmpty();
  }
}
