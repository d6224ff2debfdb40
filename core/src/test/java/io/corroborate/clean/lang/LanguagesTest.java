package io.corroborate.clean.lang;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LanguagesTest {
  private final LanguageThresholds t = LanguageThresholds.defaults();

  @Test
  void detectsTheLanguagesOfNews() {
    assertThat(
            Languages.detect(
                    "The harbour bridge was closed on Saturday after a barge struck its pylon.", t)
                .code())
        .isEqualTo("en");
    assertThat(
            Languages.detect(
                    "Die Hafenbrücke wurde am Samstag gesperrt, nachdem ein Lastkahn einen Pfeiler gerammt hatte.",
                    t)
                .code())
        .isEqualTo("de");
    assertThat(
            Languages.detect(
                    "Міст у гавані закрили в суботу після того, як баржа вдарилася в опору.", t)
                .code())
        .isEqualTo("uk");
    assertThat(
            Languages.detect(
                    "Мост в гавани закрыли в субботу после того, как баржа врезалась в опору.", t)
                .code())
        .isEqualTo("ru");
    assertThat(Languages.detect("토요일 바지선이 교각에 부딪힌 뒤 항구의 다리가 폐쇄되었다고 항만청이 밝혔다.", t).code())
        .isEqualTo("ko");
  }

  @Test
  void tellsTheSmallerLanguagesOfTheBundledFoldersApart() {
    // Bulgarian and Macedonian share Russian's script; Armenian and Georgian have their own.
    java.util.Map<String, String> texts =
        java.util.Map.of(
            "bg",
            "Язовирът край Велмора се скъса в събота и водата заля три села, съобщиха от"
                + " общината. Властите казаха, че ще възстановят къщите до есента.",
            "mk",
            "Браната кај Велмора попушти во сабота и водата ги поплави трите села, соопштија од"
                + " општината. Властите велат дека ќе ги обноват куќите до есента.",
            "hy",
            "Վելմորայի ամբարտակը փլուզվել է շաբաթ օրը, և ջուրը ողողել է երեք գյուղ, հայտնել"
                + " են համայնքից։",
            "ka",
            "ველმორას კაშხალი შაბათს ჩამოინგრა და წყალმა სამი სოფელი დატბორა, განაცხადეს"
                + " მუნიციპალიტეტში.");
    texts.forEach(
        (code, text) -> assertThat(Languages.detect(text, t).code()).as(code).isEqualTo(code));
  }

  @Test
  void aDeclaredLanguageIsPlausibleOnlyInItsScriptAndWithItsFunctionWords() {
    String en =
        "The harbour bridge was closed on Saturday after a barge struck its pylon, and the port"
            + " authority said that it would stay closed for at least a week.";
    String de =
        "Die Hafenbrücke wurde am Samstag gesperrt, nachdem ein Lastkahn einen Pfeiler gerammt"
            + " hatte, und die Hafenbehörde sagte, sie werde mindestens eine Woche gesperrt bleiben.";
    String ru = "Мост в гавани закрыли в субботу после того, как баржа врезалась в опору.";
    String ko = "토요일 바지선이 교각에 부딪힌 뒤 항구의 다리가 폐쇄되었다고 항만청이 밝혔다.";
    assertThat(Languages.plausible("en", en, t)).isTrue();
    assertThat(Languages.plausible("de", de, t)).isTrue();
    assertThat(Languages.plausible("ru", ru, t)).isTrue();
    assertThat(Languages.plausible("ko", ko, t)).isTrue();
    assertThat(Languages.plausible("de", en, t)).as("German function words").isFalse();
    assertThat(Languages.plausible("en", de, t)).as("English function words").isFalse();
    assertThat(Languages.plausible("en", ru, t)).as("Latin script").isFalse();
    assertThat(Languages.plausible("ru", ko, t)).as("Cyrillic script").isFalse();
    assertThat(Languages.plausible("en", "Velmora", t)).as("too short").isFalse();
    assertThat(Languages.plausible("xx", en, t)).as("unknown language").isFalse();
  }

  @Test
  void tooShortTextIsUndeterminedWithTheReason() {
    Languages.Guess g = Languages.detect("Velmora", t);
    assertThat(g.code()).isEqualTo("und");
    assertThat(g.reason()).contains("too little text");
    assertThat(Languages.detect("", t).code()).isEqualTo("und");
    assertThat(Languages.detect("12 345 678 — 90 %", t).code()).isEqualTo("und");
  }

  @Test
  void aListOfPlaceNamesIsUnclear() {
    Languages.Guess g = Languages.detect("Berlin Paris Madrid Lisbon Warsaw Vienna", t);
    assertThat(g.code()).isEqualTo("und");
    assertThat(g.reason()).startsWith("unclear");
  }

  @Test
  void languageTagsBecomeIso6391Codes() {
    assertThat(Languages.normalize("en-US")).contains("en");
    assertThat(Languages.normalize("DE")).contains("de");
    assertThat(Languages.normalize("pt_BR")).contains("pt");
    assertThat(Languages.normalize("ukr")).contains("uk");
    assertThat(Languages.normalize("english")).isEmpty();
    assertThat(Languages.normalize("")).isEmpty();
  }
}
