package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A role as the source of a statement, and a role written beside a name as that person's attribute,
 * in languages read through their own lists: invented reports of a flood in Velmora, with the
 * role's noun from each language's titles and its organisation after it in the language's own
 * genitive, ezafe or preposition ("пресс-секретарь министерства", "سخنگوی وزارت", "woordvoerder van
 * het ministerie"), or before it ("Bakanlığı Sözcüsü").
 */
class RoleSourcesTest {
  private static List<Claim> claims(String lang, String text) {
    return FloodReport.claims(lang, text, LocalDate.of(2021, 5, 10));
  }

  private static List<Claim> roles(List<Claim> claims) {
    return claims.stream()
        .filter(c -> c.kind() == ClaimKind.ATTRIBUTE && c.measure().equals("role"))
        .toList();
  }

  private static String chainOfFigure(List<Claim> claims) {
    return claims.stream()
        .filter(c -> c.kind() == ClaimKind.NUMERIC)
        .findFirst()
        .map(c -> c.attribution().chain())
        .orElse("no figure");
  }

  @Test
  void aRoleWithItsOrganisationIsTheSourceOfWhatItSays() {
    Map<String, String[]> cases =
        Map.of(
            "ru",
            new String[] {
              "Пресс-секретарь министерства обороны заявил, что 12 человек погибли.",
              "Пресс-секретарь министерства обороны ← example.org"
            },
            "nl",
            new String[] {
              "Een woordvoerder van het ministerie zei dat 12 mensen zijn omgekomen.",
              "woordvoerder van het ministerie ← example.org"
            },
            "fa",
            new String[] {
              "سخنگوی وزارت کشور گفت ۱۲ نفر کشته شدند.", "سخنگوی وزارت کشور ← example.org"
            });
    List<String> wrong = new ArrayList<>();
    cases.forEach(
        (lang, c) -> {
          String got = chainOfFigure(claims(lang, c[0]));
          if (!got.equals(c[1])) {
            wrong.add(lang + ": " + c[0] + " → " + got + " (want " + c[1] + ")");
          }
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  void aNameWithItsRoleBetweenCommasSpeaksAndHoldsThatRole() {
    Map<String, String[]> cases =
        Map.of(
            "ru",
            new String[] {
              "Тео Варн, пресс-секретарь министерства обороны, заявил, что 12 человек погибли.",
              "Тео Варн",
              "пресс-секретарь министерства обороны"
            },
            "nl",
            new String[] {
              "Teo Varn, woordvoerder van het ministerie, zei dat 12 mensen zijn omgekomen.",
              "Teo Varn",
              "woordvoerder van het ministerie"
            },
            "de",
            new String[] {
              "Teo Varn, Sprecher des Innenministeriums, sagte, 12 Menschen seien getötet worden.",
              "Teo Varn",
              "Sprecher des Innenministeriums"
            },
            "fr",
            new String[] {
              "Teo Varn, porte-parole du ministère, a déclaré que 12 personnes ont été tuées.",
              "Teo Varn",
              "porte-parole du ministère"
            },
            "es",
            new String[] {
              "Teo Varn, portavoz del ministerio, dijo que 12 personas murieron.",
              "Teo Varn",
              "portavoz del ministerio"
            },
            "fa",
            new String[] {
              "تئو وارن، سخنگوی وزارت کشور گفت ۱۲ نفر کشته شدند.", "تئو وارن", "سخنگوی وزارت کشور"
            },
            "tr",
            new String[] {
              "Teo Varn, İçişleri Bakanlığı Sözcüsü, 12 kişinin öldüğünü açıkladı.",
              "Teo Varn",
              "İçişleri Bakanlığı Sözcüsü"
            });
    List<String> wrong = new ArrayList<>();
    cases.forEach(
        (lang, c) -> {
          List<Claim> cs = claims(lang, c[0]);
          String chain = chainOfFigure(cs);
          if (!chain.equals(c[1] + " ← example.org")) {
            wrong.add(lang + ": speaker " + chain);
          }
          List<String> got =
              roles(cs).stream()
                  .map(r -> r.subject().text() + " = " + ((ClaimValue.Text) r.value()).text())
                  .toList();
          if (!got.equals(List.of(c[1] + " = " + c[2]))) {
            wrong.add(lang + ": roles " + got);
          }
        });
    assertThat(wrong).isEmpty();
  }

  @Test
  void aRoleBesideANameNeedsNoVerbOfSpeech() {
    List<Claim> roles = roles(claims("fa", "تئو وارن، سخنگوی وزارت کشور این حمله را محکوم کرد."));
    assertThat(roles).hasSize(1);
    assertThat(roles.get(0).subject().text()).isEqualTo("تئو وارن");
    assertThat(((ClaimValue.Text) roles.get(0).value()).text()).isEqualTo("سخنگوی وزارت کشور");
    assertThat(
            roles
                .get(0)
                .evidence()
                .claim()
                .of("تئو وارن، سخنگوی وزارت کشور این حمله را محکوم کرد."))
        .isEqualTo("تئو وارن، سخنگوی وزارت کشور");
  }

  @Test
  void aPlaceAListOrAClauseAfterACommaIsNoRole() {
    assertThat(roles(claims("nl", "In Velmora, de minister van verkeer, zei men niets.")))
        .isEmpty();
    assertThat(
            roles(
                claims(
                    "de",
                    "Minister Anna Kovel, Teo Varn und der Bürgermeister besuchten die Stadt.")))
        .isEmpty();
    assertThat(
            roles(
                claims(
                    "fr",
                    "À Velmora, le ministre de l'Intérieur a déclaré que 12 personnes ont été tuées.")))
        .isEmpty();
    // a titled name after the comma is another person, not the role of the first
    assertThat(roles(claims("es", "Teo Varn, ministra Anna Kovel y otros visitaron el puente.")))
        .isEmpty();
  }

  @Test
  void aVerbAfterARoleIsNoPartOfTheSourceInAScriptWithCase() {
    List<Claim> cs =
        claims("de", "Der Minister besuchte die Stadt und sagte, 12 Menschen seien gestorben.");
    assertThat(chainOfFigure(cs)).doesNotContain("besuchte");
  }
}
