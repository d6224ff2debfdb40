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
 * A made-up bridge collapse at Velmora on the Ostrand river, told mostly in English, with German
 * and French reports that join it on the names they share. Short reports in German and French that
 * name only the town read like the story's other reports in their language, not like its whole, and
 * join it. A report on the insurers, read before any other, joins once the batch is read, on the
 * ship's name most reports carry. Reports on another matter in the same town stay apart.
 */
class ReportsInTheirOwnLanguageTest {
  @TempDir static Path dir;
  static List<Article> articles;

  @BeforeAll
  static void write() throws Exception {
    // read first: a follow-up on the insurers, whose wording no report shares
    ReportFiles.put(
        dir,
        "a-en0.txt",
        "2026-06-04",
        "Insurers brace for claims",
        "Underwriters at three marine insurers said claims over the freighter Kalinda Star could"
            + " take years to settle, since salvage, cargo and the lost span are covered by"
            + " different policies.");
    for (int i = 1; i <= 6; i++) {
      ReportFiles.put(
          dir,
          "b-en" + i + ".txt",
          "2026-06-0" + (2 + i % 2),
          List.of(
                  "Freighter Kalinda Star hits Ostrand bridge at Velmora",
                  "Velmora bridge collapse: six workers missing",
                  "Divers search the Ostrand river after Velmora bridge falls",
                  "Captain Ilmar Dovgal questioned over Velmora bridge crash",
                  "Velmora port closed after the Ostrand bridge collapse",
                  "Kalinda Star owners say crew is safe after Velmora crash")
              .get(i - 1),
          "The freighter Kalinda Star struck a pier of the Ostrand bridge at Velmora before dawn"
              + " and the span fell into the river. Captain Ilmar Dovgal had reported a power"
              + " failure minutes earlier. Six road workers on the bridge are missing, and divers of"
              + " the Velmora fire service searched the Ostrand river all day.");
    }
    ReportFiles.put(
        dir,
        "c-de1.txt",
        "2026-06-03",
        "Frachter Kalinda Star rammt Brücke über den Ostrand",
        "Der Frachter Kalinda Star hat in Velmora einen Pfeiler der Ostrand-Brücke gerammt, die"
            + " Brücke ist eingestürzt. Kapitän Ilmar Dovgal hatte einen Stromausfall gemeldet."
            + " Taucher suchen nach sechs Vermissten.");
    ReportFiles.put(
        dir,
        "c-de2.txt",
        "2026-06-03",
        "Suche nach Vermissten in Velmora",
        "Nach dem Einsturz der Ostrand-Brücke suchen Taucher im Fluss nach sechs Bauarbeitern. Die"
            + " Kalinda Star liegt vor den Trümmern, Kapitän Ilmar Dovgal wird befragt.");
    ReportFiles.put(
        dir,
        "c-de3.txt",
        "2026-06-04",
        "Hafen von Velmora nach Brückeneinsturz gesperrt",
        "Die Bergung der Trümmer der Ostrand-Brücke dauert an. Der Frachter Kalinda Star und"
            + " Kapitän Ilmar Dovgal stehen im Mittelpunkt der Ermittlungen zum Aufprall.");
    ReportFiles.put(
        dir,
        "c-fr1.txt",
        "2026-06-03",
        "Le cargo Kalinda Star percute le pont de l'Ostrand",
        "Le cargo Kalinda Star a heurté une pile du pont de l'Ostrand à Velmora, qui s'est"
            + " effondré. Le capitaine Ilmar Dovgal avait signalé une panne. Des plongeurs"
            + " recherchent six ouvriers disparus.");
    ReportFiles.put(
        dir,
        "c-fr2.txt",
        "2026-06-04",
        "Velmora : les plongeurs cherchent les ouvriers disparus",
        "Après l'effondrement du pont de l'Ostrand, les plongeurs fouillent le fleuve. Le cargo"
            + " Kalinda Star reste bloqué sous les débris, le capitaine Ilmar Dovgal est entendu.");
    ReportFiles.put(
        dir,
        "c-fr3.txt",
        "2026-06-04",
        "Pont effondré à Velmora : le port fermé",
        "Le port de Velmora reste fermé après l'effondrement du pont de l'Ostrand. Le cargo Kalinda"
            + " Star et le capitaine Ilmar Dovgal sont au centre de l'enquête.");
    // read last: short reports that name only the town, and two on another matter in it
    ReportFiles.put(
        dir,
        "d-de4.txt",
        "2026-06-04",
        "Velmora: Taucher bergen Trümmer",
        "Taucher suchen weiter nach den Vermissten der eingestürzten Brücke. Die Bergung der"
            + " Trümmer im Fluss dauert an, der Frachter liegt noch vor dem Pfeiler.");
    ReportFiles.put(
        dir,
        "d-fr4.txt",
        "2026-06-04",
        "Velmora : les plongeurs fouillent les débris du pont",
        "Les plongeurs recherchent toujours les ouvriers disparus après l'effondrement du pont. Le"
            + " cargo reste bloqué sous les débris dans le fleuve.");
    ReportFiles.put(
        dir,
        "e-de5.txt",
        "2026-06-04",
        "Velmora wählt einen neuen Bürgermeister",
        "Die Stadt Velmora wählt am Sonntag einen neuen Bürgermeister. Anna Kovel von der Partei"
            + " Grüne Mitte und Teo Varn von der Liste Neues Ufer werben mit Plänen für Schulen,"
            + " Radwege und einen neuen Marktplatz.");
    ReportFiles.put(
        dir,
        "e-fr5.txt",
        "2026-06-04",
        "Velmora : le festival de jazz affiche complet",
        "Le festival de jazz de Velmora affiche complet pour sa dixième édition. Anna Kovel, qui le"
            + " dirige avec Teo Varn, attend le Quartet Lumen et l'Orchestre du Nord sur la place"
            + " du marché.");
    articles = ReportFiles.read(dir);
  }

  @Test
  void theLanguagesReportsJoinTheStoryOnTheNamesTheyShare() {
    Map<String, StoryAssignment> s = ReportFiles.byFile(articles);
    String bridge = s.get("b-en1.txt").storyId();
    for (String f : List.of("c-de1.txt", "c-de2.txt", "c-de3.txt", "c-fr1.txt", "c-fr3.txt")) {
      assertThat(s.get(f).storyId()).as(f + ": " + s.get(f).reason()).isEqualTo(bridge);
    }
  }

  @Test
  void aShortReportThatNamesOnlyTheTownJoinsOnTheWordingOfItsLanguagesReports() {
    Map<String, StoryAssignment> s = ReportFiles.byFile(articles);
    String bridge = s.get("b-en1.txt").storyId();
    assertThat(s.get("d-de4.txt").storyId()).as(s.get("d-de4.txt").reason()).isEqualTo(bridge);
    assertThat(s.get("d-de4.txt").reason()).contains("against its reports in de");
    assertThat(s.get("d-fr4.txt").storyId()).as(s.get("d-fr4.txt").reason()).isEqualTo(bridge);
    assertThat(s.get("d-fr4.txt").reason()).contains("against its reports in fr");
  }

  @Test
  void aReportReadBeforeTheReportsThatShareItsNameJoinsOnceTheBatchIsRead() {
    Map<String, StoryAssignment> s = ReportFiles.byFile(articles);
    assertThat(s.get("a-en0.txt").storyId())
        .as(s.get("a-en0.txt").reason())
        .isEqualTo(s.get("b-en1.txt").storyId());
    assertThat(s.get("a-en0.txt").reason()).contains("once the batch was read");
  }

  @Test
  void reportsOnAnotherMatterInTheSameTownStayApart() {
    Map<String, StoryAssignment> s = ReportFiles.byFile(articles);
    String bridge = s.get("b-en1.txt").storyId();
    for (String f : List.of("e-de5.txt", "e-fr5.txt")) {
      assertThat(s.get(f).storyId()).as(f + ": " + s.get(f).reason()).isNotEqualTo(bridge);
    }
  }
}
