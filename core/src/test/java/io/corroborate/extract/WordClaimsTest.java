package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.annotate.Annotation;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/**
 * Word and date claims read from invented reports: a freighter's flag, the twists of a takeover, a
 * holder's rank and when a rebuilt dam is due, each read in the words of the report's language.
 */
class WordClaimsTest {
  private static final LocalDate DAY = LocalDate.of(2031, 5, 9);

  private static List<Claim> read(String lang, String text) {
    Annotation a = PlainLayer.annotate(text, Optional.of(DAY));
    return WordClaims.of(lang).read("a1", "Example News", a, List.of());
  }

  private static List<String> shown(List<Claim> claims) {
    return claims.stream().map(c -> c.measure() + " " + WordClaims.shown(c.value())).toList();
  }

  @Test
  void aVesselsFlagIsReadAsTheCountryItNames() {
    assertThat(
            shown(read("en", "The Panama-flagged freighter Ostrand struck the pier at Velmora.")))
        .containsExactly("flag Panama");
    assertThat(shown(read("en", "The Liberian cargo ship Ostrand lost power off Velmora.")))
        .containsExactly("flag Liberia");
    assertThat(shown(read("en", "The ship, flying the Maltese flag, lost power.")))
        .containsExactly("flag Malta");
  }

  @Test
  void aShipOwnerOrAWordThatIsNoCountryIsNoFlag() {
    assertThat(read("en", "A Greek ship owner bought the Velmora ferry.")).isEmpty();
    assertThat(read("en", "The Velmora-flagged ferry left at dawn.")).isEmpty();
    assertThat(read("en", "The used ship was sold at auction.")).isEmpty();
    // A nation's shipping or its ships in general is no vessel's flag.
    assertThat(read("en", "The ministry promotes Greek seafarers and Greek shipping.")).isEmpty();
    assertThat(read("en", "Greek ships carry a fifth of the trade.")).isEmpty();
  }

  @Test
  void aFlagIsReadInTheLanguageOfTheReport() {
    assertThat(shown(read("ru", "Сухогруз Остранд под панамским флагом врезался в опору моста.")))
        .containsExactly("flag Panama");
    assertThat(shown(read("pl", "Statek pływał pod banderą Liberii i wiózł kontenery.")))
        .containsExactly("flag Liberia");
    assertThat(shown(read("de", "Das Schiff fuhr unter der Flagge von Malta nach Velmora.")))
        .containsExactly("flag Malta");
    assertThat(shown(read("fr", "Le cargo battant pavillon maltais a heurté le pont.")))
        .containsExactly("flag Malta");
  }

  @Test
  void aDealsStatusIsReadInADealsReport() {
    assertThat(
            shown(
                read(
                    "en",
                    "Ostrand Holdings has agreed to buy Velmora Media in a deal worth $3"
                        + " billion.")))
        .containsExactly("status agreed");
    assertThat(shown(read("en", "Teo Varn said the Velmora deal is temporarily on hold.")))
        .containsExactly("status on hold");
    assertThat(shown(read("en", "Varn is terminating the merger agreement, his lawyers wrote.")))
        .containsExactly("status terminated");
    assertThat(
            shown(read("es", "Teo Varn ha decidido suspender temporalmente la compra de Velmora.")))
        .containsExactly("status on hold");
  }

  @Test
  void aThreatToEndADealDoesNotEndIt() {
    assertThat(read("en", "Varn threatened to terminate the deal if Velmora kept silent."))
        .isEmpty();
  }

  @Test
  void aStatusNeedsAReportThatNamesADeal() {
    assertThat(read("en", "The rescue was temporarily on hold as the storm passed.")).isEmpty();
  }

  @Test
  void aClosingGivesTheDayItTookPlaceResolvedAgainstTheReportsDate() {
    List<Claim> claims =
        read("en", "Teo Varn closed the deal to buy Velmora Media on Thursday, the company said.");
    assertThat(shown(claims)).containsExactly("status closed", "closed-on 2031-05-08");
  }

  @Test
  void aHoldersRankIsAWord() {
    assertThat(shown(read("en", "The purchase made Anna Kovel the company's largest shareholder.")))
        .containsExactly("rank largest");
    assertThat(shown(read("en", "Anna Kovel became the second-largest shareholder in April.")))
        .containsExactly("rank second largest");
    assertThat(shown(read("de", "Anna Kovel ist damit die größte Anteilseignerin von Velmora.")))
        .containsExactly("rank largest");
  }

  @Test
  void aCueIsReadInsideAWordWhereTheLanguageGluesItsWordsTogether() {
    // Korean writes a noun onto the one before it and particles onto both (writing.tsv).
    assertThat(shown(read("ko", "안나 코벨은 벨모라최대주주가 되었다."))).containsExactly("rank largest");
  }

  @Test
  void anExpectedCompletionIsTheTimeTheReportExpects() {
    List<Claim> claims =
        read("en", "Officials said the new dam could be completed by fall 2033, at the earliest.");
    assertThat(claims).hasSize(1);
    assertThat(claims.get(0).measure()).isEqualTo(WordClaims.EXPECTED);
    assertThat(claims.get(0).value()).isInstanceOf(ClaimValue.When.class);
    assertThat(WordClaims.shown(claims.get(0).value())).startsWith("2033-");
    // It holds as of the report, not at the time it expects.
    assertThat(claims.get(0).time()).isInstanceOf(HoldsAt.ArticleDate.class);
  }

  @Test
  void aClaimTakesTheVoiceOfAnotherClaimOfItsSentence() {
    String text = "The Liberia-flagged tanker carried 40 crew, the coast guard said.";
    Annotation a = PlainLayer.annotate(text, Optional.of(DAY));
    List<Claim> others =
        new ClaimExtractor(ExtractOptions.defaults()).extract("a1", "Example News", a);
    List<Claim> words = WordClaims.of("en").read("a1", "Example News", a, others);
    assertThat(words).hasSize(1);
    assertThat(words.get(0).attribution().chain()).contains("coast guard");
  }

  @Test
  void countryFormsReadInflectedEndingsButShortFormsOnlyWhole() {
    WordClaims en = WordClaims.of("en");
    assertThat(en.countryOf("Panamanian")).contains("Panama");
    assertThat(en.countryOf("US")).contains("United States");
    assertThat(en.countryOf("using")).isEmpty();
    assertThat(en.countryOf("Marshall Islands")).contains("Marshall Islands");
  }

  @Test
  void aDealThatWillCloseHasNotClosed() {
    assertThat(read("en", "The deal will be completed next year, Velmora Media said.")).isEmpty();
    assertThat(read("ru", "Сделка будет закрыта в конце года, сообщил Тео Варн.")).isEmpty();
  }

  @Test
  void aClosingDayReadRelativeToAnEstimatedDateIsNoClosingDay() {
    Annotation a =
        PlainLayer.annotate(
            "Teo Varn closed the deal to buy Velmora Media on Thursday.", Optional.of(DAY));
    List<Claim> claims = WordClaims.of("en").read("a1", "Example News", a, List.of(), false);
    assertThat(shown(claims)).containsExactly("status closed");
  }

  @Test
  void aClosingDayInAnotherLanguageIsReadFromItsMonthNames() {
    assertThat(shown(read("es", "El pasado 3 de mayo Teo Varn cerró la compra de Velmora Media.")))
        .containsExactly("status closed", "closed-on 2031-05-03");
  }

  @Test
  void whoIsHeldResponsibleIsTheNameTheReportGives() {
    assertThat(
            shown(
                read(
                    "en",
                    "The Northern Front group claimed responsibility for the bombing in Velmora.")))
        .containsExactly("responsibility Northern Front");
    assertThat(shown(read("en", "Officials blamed Ostrand for the attack on the Velmora bridge.")))
        .containsExactly("responsibility Ostrand");
    assertThat(shown(read("en", "Teo Varn said “hired militants” were behind last week’s attack.")))
        .containsExactly("responsibility hired militants");
    assertThat(
            shown(
                read(
                    "de",
                    "Kurz danach übernahm die Miliz Nordfront (NF) die Verantwortung für den"
                        + " Anschlag.")))
        .containsExactly("responsibility Nordfront (NF)");
  }

  @Test
  void responsibilityIsReadInTheLanguageOfTheReport() {
    assertThat(shown(read("tr", "Saldırıyı Kuzey Cephesi üstlendi.")))
        .containsExactly("responsibility Kuzey Cephesi");
    assertThat(shown(read("tr", "Saldırının sorumluluğunu örgüt Varnsk üstlendi.")))
        .containsExactly("responsibility Varnsk");
    assertThat(shown(read("uk", "Відповідальність за напад взяло на себе угруповання Варнськ.")))
        .containsExactly("responsibility Варнськ");
    assertThat(shown(read("pt", "O Grupo Varnsk reivindicou o ataque em Velmora.")))
        .containsExactly("responsibility Grupo Varnsk");
    assertThat(shown(read("it", "L'attacco a Velmora è stato rivendicato dal Fronte Varnsk.")))
        .containsExactly("responsibility Fronte Varnsk");
    assertThat(shown(read("pl", "Do zamachu w Velmorze przyznał się Front Varnsk.")))
        .containsExactly("responsibility Front Varnsk");
    assertThat(shown(read("pl", "Front Varnsk wziął na siebie odpowiedzialność za atak.")))
        .containsExactly("responsibility Front Varnsk");
  }

  @Test
  void aPartyThatClaimsResponsibilityItselfIsItsSpeaker() {
    List<Claim> claimed =
        read("en", "The Northern Front group claimed responsibility for the bombing in Velmora.");
    assertThat(claimed.get(0).attribution().speakers())
        .extracting(Voice::name)
        .containsExactly("Northern Front");
    assertThat(read("tr", "Saldırıyı Kuzey Cephesi üstlendi.").get(0).attribution().speakers())
        .extracting(Voice::name)
        .containsExactly("Kuzey Cephesi");
    // a party others hold responsible says nothing itself
    assertThat(
            read("en", "Officials blamed Ostrand for the attack on the Velmora bridge.")
                .get(0)
                .attribution()
                .speakers())
        .extracting(Voice::name)
        .doesNotContain("Ostrand");
  }

  @Test
  void responsibilityForNoAttackIsNotRead() {
    assertThat(read("en", "Teo Varn blamed Ostrand for the delays.")).isEmpty();
  }

  @Test
  void aVesselsFateIsReadOnlyWhereTheSentenceNamesAVessel() {
    assertThat(shown(read("en", "The freighter Ostrand caught fire and sank near Velmora.")))
        .containsExactly("fate caught fire and sank");
    assertThat(shown(read("en", "The ship still sits in the water beside the broken pier.")))
        .containsExactly("fate afloat");
    assertThat(shown(read("ru", "Судно Остранд загорелось и затонуло у берега.")))
        .containsExactly("fate caught fire and sank");
    assertThat(read("en", "Two cars sank into the river after the bridge fell.")).isEmpty();
  }

  @Test
  void anAcquisitionOfANamedCompanyIsAClosingButABuyOfSharesIsNot() {
    assertThat(
            shown(
                read(
                    "de",
                    "Nach dem langen Streit um den Deal erwarb Teo Varn schließlich Velmora.")))
        .containsExactly("status closed");
    assertThat(read("de", "Im Streit um den Deal erwarb Teo Varn Anteile an Velmora.")).isEmpty();
  }

  @Test
  void cuesReadInflectedEndingsInEveryScript() {
    assertThat(shown(read("ru", "Сделка временно приостановлена, сообщил Тео Варн.")))
        .containsExactly("status on hold");
  }

  @Test
  void aFlagIsReadInArmenianAndHebrewWithTheCountryWordAlone() {
    String hy = "Բեռնանավը՝ «Օստրանդ»-ը, նավարկում է Պանամայի դրոշի տակ։";
    List<Claim> flags = read("hy", hy);
    assertThat(shown(flags)).containsExactly("flag Panama");
    assertThat(flags.get(0).value().span().of(hy)).isEqualTo("Պանամայի");
    assertThat(shown(read("he", "ספינת המשא אוסטרנד הפליגה תחת דגל ליבריה.")))
        .containsExactly("flag Liberia");
    // a flag that names no country is none
    assertThat(read("hy", "Նավը նավարկում է Վելմորայի դրոշի տակ։")).isEmpty();
  }

  @Test
  void aDealsStatusIsReadInHebrewAndDutch() {
    assertThat(shown(read("he", "טאו ורן הודיע כי הוא מבטל את העסקה לרכישת החברה.")))
        .containsExactly("status terminated");
    assertThat(shown(read("he", "לדבריו, העסקה מבוטלת בשל הפרת ההסכם.")))
        .containsExactly("status terminated");
    assertThat(shown(read("nl", "Teo Varn kocht Ostrand, een deal die hij in mei ondertekende.")))
        .containsExactly("status agreed");
    // a threat or a wish to end a deal does not end it
    assertThat(read("he", "טאו ורן איים כי הוא מבטל את העסקה אם לא יקבל מידע.")).isEmpty();
    assertThat(read("nl", "Teo Varn had de deal ondertekend als de prijs lager was geweest."))
        .isEmpty();
  }
}
