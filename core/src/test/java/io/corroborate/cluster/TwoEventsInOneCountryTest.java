package io.corroborate.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Article;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Two made-up events in one country in the same week, read in one batch: an attack on a concert
 * hall in Varnsk, told in English and German, and an earthquake at Dunmir. The German reports on
 * the earthquake share with the attack's German reports the country's name, the month, a noun
 * German writes with a capital and one figure (140 dead there, 140 aftershocks here), and nothing
 * else: they stay apart from the attack. Where the earthquake is told in English too, its German
 * reports join the English ones on the names and figures they share.
 */
class TwoEventsInOneCountryTest {
  @TempDir static Path dir;
  static List<Article> articles;

  @BeforeAll
  static void write() throws Exception {
    writeEnglishAttackReports(dir);
    ReportFiles.put(
        dir,
        "b-de1.txt",
        "2026-03-11",
        "Anschlag auf Konzerthalle in Varnsk",
        "Bewaffnete haben in der Lumen Hall in Varnsk in Kestravia das Feuer auf Konzertbesucher"
            + " eröffnet und den Saal angezündet. Im März starben dort 140 Menschen. Vier"
            + " Verdächtige wurden festgenommen, Innenminister Teo Varn ließ Straßensperren"
            + " errichten.");
    ReportFiles.put(
        dir,
        "b-de2.txt",
        "2026-03-12",
        "Varnsk: Festnahmen nach Massaker im Konzertsaal",
        "Nach dem Massaker in der Lumen Hall in Varnsk hat die Polizei von Kestravia vier"
            + " Verdächtige verhört. Bei dem Angriff im März kamen 140 Menschen ums Leben, der"
            + " Saal brannte aus. Innenminister Teo Varn sprach von Terror.");
    ReportFiles.put(
        dir,
        "b-de3.txt",
        "2026-03-12",
        "Trauer um die Opfer des Anschlags in Varnsk",
        "In Kestravia wird der 140 Menschen gedacht, die im März beim Anschlag auf die Lumen Hall"
            + " in Varnsk getötet wurden. Die Schützen hatten im Saal Brandsätze gezündet,"
            + " Innenminister Teo Varn kündigte Härte an.");
    // the earthquake in German: only the country, the month, a common noun and one figure shared
    ReportFiles.put(
        dir,
        "c-de1.txt",
        "2026-03-12",
        "Erdbeben erschüttert Dunmir",
        "Ein Erdbeben der Stärke 6,8 hat im März die Stadt Dunmir in Kestravia erschüttert."
            + " Seismologen zählten 140 Nachbeben, Menschen übernachten in Zelten, weil Wohnblöcke"
            + " eingestürzt sind und Retter mit Hunden in den Trümmern suchen.");
    ReportFiles.put(
        dir,
        "c-de2.txt",
        "2026-03-13",
        "Dunmir: Retter graben nach Verschütteten",
        "In Dunmir in Kestravia graben Retter nach dem Erdbeben im März in eingestürzten Wohnblöcken"
            + " nach Verschütteten. Nach 140 Nachbeben schlafen Menschen in Zelten, Kräne räumen"
            + " Trümmer.");
    ReportFiles.put(
        dir,
        "c-de3.txt",
        "2026-03-13",
        "Nachbeben halten Dunmir in Atem",
        "Nach 140 Nachbeben seit dem Erdbeben im März wagen sich in Dunmir in Kestravia kaum"
            + " Menschen zurück in ihre Wohnblöcke. Seismologen warnen, Retter suchen in den"
            + " Trümmern weiter nach Verschütteten.");
    // the earthquake in English, read only in the second batch
    for (int i = 1; i <= 4; i++) {
      ReportFiles.put(
          dir,
          "q-en" + i + ".txt",
          "2026-03-1" + (2 + i % 2),
          List.of(
                  "Magnitude 6.8 earthquake strikes Dunmir",
                  "Dunmir quake: rescuers dig through collapsed blocks",
                  "140 aftershocks rattle Dunmir after earthquake",
                  "Kestravia sends tents to quake-hit Dunmir")
              .get(i - 1),
          "A magnitude 6.8 earthquake struck Dunmir in Kestravia, collapsing apartment blocks."
              + " Seismologists recorded 140 aftershocks, rescuers with dogs searched the rubble for"
              + " survivors, and families slept in tents.");
    }
    articles = ReportFiles.read(dir);
  }

  /** Five English reports of an invented attack at a concert hall, a-en1.txt to a-en5.txt. */
  static void writeEnglishAttackReports(Path dir) throws Exception {
    for (int i = 1; i <= 5; i++) {
      ReportFiles.put(
          dir,
          "a-en" + i + ".txt",
          "2026-03-1" + (i % 3),
          List.of(
                  "Gunmen storm Lumen Hall concert in Varnsk",
                  "Varnsk concert hall attack: 140 dead",
                  "Kestravia mourns victims of the Lumen Hall attack",
                  "Four suspects held over Varnsk concert massacre",
                  "Lumen Hall gunmen set fire to the auditorium")
              .get(i - 1),
          "Gunmen in camouflage opened fire on the audience at Lumen Hall in Varnsk, Kestravia, before"
              + " a rock concert and set the auditorium ablaze. Officials said 140 people were"
              + " killed. Four suspects were detained near the border after a car chase, and the"
              + " interior minister Teo Varn ordered checkpoints on every road out of the city.");
    }
  }

  /**
   * The stories of one batch: the attack and the German earthquake reports, and the English ones
   * too.
   */
  private static Map<String, StoryAssignment> batch(boolean withEnglishQuake) {
    List<Article> in =
        articles.stream()
            .filter(a -> withEnglishQuake || !ReportFiles.name(a).startsWith("q-"))
            .toList();
    return ReportFiles.byFile(in);
  }

  @Test
  void theAttacksReportsInBothLanguagesFormOneStory() {
    Map<String, StoryAssignment> s = batch(false);
    String attack = s.get("a-en1.txt").storyId();
    for (String f : List.of("a-en5.txt", "b-de1.txt", "b-de2.txt", "b-de3.txt")) {
      assertThat(s.get(f).storyId()).as(f + ": " + s.get(f).reason()).isEqualTo(attack);
    }
  }

  @Test
  void anotherEventInTheCountrySharingANameAndAFigureStaysApart() {
    Map<String, StoryAssignment> s = batch(false);
    String attack = s.get("a-en1.txt").storyId();
    for (String f : List.of("c-de1.txt", "c-de2.txt", "c-de3.txt")) {
      assertThat(s.get(f).storyId()).as(f + ": " + s.get(f).reason()).isNotEqualTo(attack);
    }
  }

  @Test
  void theEarthquakesGermanReportsJoinItsEnglishOnes() {
    Map<String, StoryAssignment> s = batch(true);
    String quake = s.get("q-en1.txt").storyId();
    String attack = s.get("a-en1.txt").storyId();
    assertThat(quake).isNotEqualTo(attack);
    for (String f : List.of("q-en2.txt", "c-de1.txt", "c-de2.txt", "c-de3.txt")) {
      assertThat(s.get(f).storyId()).as(f + ": " + s.get(f).reason()).isEqualTo(quake);
    }
  }
}
