package io.corroborate.annotate.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.Annotation;
import io.corroborate.extract.Claim;
import io.corroborate.extract.ClaimExtractor;
import io.corroborate.extract.ClaimKind;
import io.corroborate.extract.ClaimValue;
import io.corroborate.extract.ExtractOptions;
import io.corroborate.extract.Voice;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Forms of attribution that news uses, read through the CoreNLP layer and the claim extractor with
 * the shipped attribution tagger, on sentences written for these tests. Each test names the chain
 * (speaker ← cited outlet ← publisher) that the figure it reads must carry.
 */
@Tag("slow")
class NewsAttributionFormsTest {
  private static final String OUTLET = "Harbor Post";
  private static final ClaimExtractor EXTRACTOR = new ClaimExtractor(ExtractOptions.defaults());

  private static List<Claim> claims(String text) {
    Annotation a = CoreNlpLayer.shared().annotate(text, Optional.of(LocalDate.of(2025, 3, 1)));
    return EXTRACTOR.extract("a1", OUTLET, a);
  }

  /** The chain of the figure {@code value} among the text's claims. */
  private static String chainOf(String text, double value) {
    return claims(text).stream()
        .filter(c -> c.value() instanceof ClaimValue.Amount a && a.value() == value)
        .map(c -> c.attribution().chain())
        .findFirst()
        .orElseThrow(() -> new AssertionError("no claim of " + value + " in: " + text));
  }

  @Test
  void aQuotationSignedWithADashAfterItIsTheNamedPersons() {
    String text = "“The levee will hold through the weekend.” ― Mara Velden";
    assertThat(claims(text))
        .filteredOn(c -> c.kind() == ClaimKind.QUOTE)
        .extracting(c -> c.attribution().chain())
        .containsExactly("Mara Velden ← Harbor Post");
  }

  @Test
  void aDashAndANameWithTitleAfterAClosingQuoteSignTheFigureInside() {
    assertThat(
            chainOf(
                "“We counted 14 boats missing after the storm,” — Tomas Reyl, harbour master of"
                    + " Lenwick.",
                14))
        .isEqualTo("Tomas Reyl ← Harbor Post");
  }

  @Test
  void aSignatureLineAfterAQuotationOfSeveralSentencesSignsEveryOne() {
    String text =
        "“We have lost 40 homes. Another 12 families have nowhere to go.”\n"
            + "― Ilse Varga, mayor of Lenwick";
    assertThat(chainOf(text, 40)).isEqualTo("Ilse Varga ← Harbor Post");
    assertThat(chainOf(text, 12)).isEqualTo("Ilse Varga ← Harbor Post");
  }

  @Test
  void transcriptTurnsInCapitalsSpeakToTheEndOfTheirLine() {
    String text =
        "VELDEN: We counted 14 boats missing after the storm. The harbour lost 20 moorings.\n"
            + "REYL: The harbour reopened on Tuesday with 12 boats.";
    assertThat(chainOf(text, 14)).isEqualTo("VELDEN ← Harbor Post");
    assertThat(chainOf(text, 20)).isEqualTo("VELDEN ← Harbor Post");
    assertThat(chainOf(text, 12)).isEqualTo("REYL ← Harbor Post");
  }

  @Test
  void aDatelineInCapitalsIsNoSpeaker() {
    assertThat(chainOf("LENWICK: Officials counted 14 boats missing after the storm.", 14))
        .doesNotContain("LENWICK");
  }

  @Test
  void aNameAndAColonBeforeAQuotationSpeakIt() {
    assertThat(chainOf("Velden: “We counted 14 boats missing after the storm.”", 14))
        .isEqualTo("Velden ← Harbor Post");
  }

  @Test
  void theCitedPartyIsTheSourceAndTheCitingOutletItsRelay() {
    assertThat(chainOf("The Coastal Courier reported, citing police, that 14 people died.", 14))
        .isEqualTo("police ← The Coastal Courier ← Harbor Post");
    assertThat(
            chainOf(
                "Fourteen people died in the fire, the broadcaster said, citing the ministry.", 14))
        .isEqualTo("the ministry ← the broadcaster ← Harbor Post");
    assertThat(chainOf("The Coastal Courier, citing the ministry, said 14 people died.", 14))
        .isEqualTo("the ministry ← The Coastal Courier ← Harbor Post");
  }

  @Test
  void heResolvesToTheLatestNamedPersonNotToABodyNamedSince() {
    String text =
        "Mayor Ilse Varga said the dam held on Monday. The Lenwick Water Agency said the level"
            + " fell by 30 centimetres. He said 300 homes were flooded.";
    assertThat(chainOf(text, 300)).isEqualTo("Mayor Ilse Varga ← Harbor Post");
  }

  @Test
  void sheAddedResolvesToTheLatestNamedPerson() {
    String text =
        "Fire chief Tomas Reyl said 40 people were rescued. The Lenwick Water Agency said the"
            + " level fell by 30 centimetres. She added that 12 people were missing.";
    assertThat(chainOf(text, 12)).isEqualTo("Fire chief Tomas Reyl ← Harbor Post");
  }

  @Test
  void aPersonMentionedSinceTheLastSpeakerIsWhomThePronounStandsFor() {
    String text =
        "Fire chief Tomas Reyl said 40 people were rescued. Engineer Anna Kovel was trapped in the"
            + " pump house for two days. She said 12 people were still missing.";
    assertThat(chainOf(text, 12)).contains("Anna Kovel").doesNotContain("Tomas Reyl");
  }

  @Test
  void sheSkipsAManWhoseTitleShowsHisSex() {
    String text =
        "Mrs Ilse Varga said the dam held on Monday. Mr Tomas Reyl, the fire chief, said 40 people"
            + " were rescued. She added that 12 people were missing.";
    assertThat(chainOf(text, 12)).contains("Ilse Varga").doesNotContain("Reyl");
  }

  @Test
  void aPronounWithNoPersonNamedBeforeNamesNoBody() {
    String text =
        "The Lenwick Water Agency said the level fell by 30 centimetres. He said 300 homes were"
            + " flooded.";
    assertThat(chainOf(text, 300)).isEqualTo("Harbor Post");
  }

  @Test
  void theRelativePronounThatIsNeverTheSource() {
    assertThat(chainOf("It is the agency that said 40 people died in the flood.", 40))
        .isEqualTo("the agency ← Harbor Post");
    assertThat(chainOf("There are reports that say 40 people died in the flood.", 40))
        .isEqualTo("reports ← Harbor Post");
    assertThat(claims("It is the agency that said 40 people died in the flood."))
        .flatExtracting(c -> c.attribution().speakers())
        .extracting(Voice::name)
        .doesNotContain("that", "That");
  }

  @Test
  void aQuotationOverSeveralSentencesKeepsTheSourceNamedAtItsEnd() {
    String text =
        "“We have lost 40 homes. Another 12 families have nowhere to go. The water came in the"
            + " night,” Mayor Ilse Varga said.";
    assertThat(chainOf(text, 40)).isEqualTo("Mayor Ilse Varga ← Harbor Post");
    assertThat(chainOf(text, 12)).isEqualTo("Mayor Ilse Varga ← Harbor Post");
  }

  @Test
  void aQuotationOverSeveralSentencesKeepsTheSourceNamedAtItsStart() {
    String text =
        "Mayor Ilse Varga said: “We have lost 40 homes. Another 12 families have nowhere to go.”";
    assertThat(chainOf(text, 40)).isEqualTo("Mayor Ilse Varga ← Harbor Post");
    assertThat(chainOf(text, 12)).isEqualTo("Mayor Ilse Varga ← Harbor Post");
  }

  @Test
  void toldReutersOrTheBbcMakesThatOutletTheRelay() {
    assertThat(chainOf("Mayor Ilse Varga told Reuters that 300 homes were flooded.", 300))
        .isEqualTo("Mayor Ilse Varga ← Reuters ← Harbor Post");
    assertThat(
            chainOf(
                "Fire chief Tomas Reyl told the BBC on Tuesday that 40 people were rescued.", 40))
        .isEqualTo("Fire chief Tomas Reyl ← the BBC ← Harbor Post");
    assertThat(
            chainOf("Fire chief Tomas Reyl told AP early Monday that 40 people were rescued.", 40))
        .isEqualTo("Fire chief Tomas Reyl ← AP ← Harbor Post");
  }
}
