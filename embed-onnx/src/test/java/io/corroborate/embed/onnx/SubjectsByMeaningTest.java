package io.corroborate.embed.onnx;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.Corroborate;
import io.corroborate.annotate.Annotation;
import io.corroborate.cluster.Embedder;
import io.corroborate.dossier.Dossier;
import io.corroborate.extract.PlainLayer;
import io.corroborate.model.Article;
import io.corroborate.model.Block;
import io.corroborate.model.DateStamp;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.Role;
import io.corroborate.reconcile.Finding;
import io.corroborate.reconcile.FindingKind;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * Differently worded subjects of one measure read as one with the real all-MiniLM-L6-v2 model, on
 * two invented reports of the Varnesian flood; and subjects the structure keeps apart stay apart
 * whatever the model says.
 */
class SubjectsByMeaningTest {
  private static final LocalDate MAR12 = LocalDate.of(2026, 3, 12);

  private static Article article(String id, String outlet, String text) {
    return Article.builder()
        .id(id)
        .origin(new Origin(id + ".txt", 0, Format.TEXT))
        .outlet(outlet)
        .title("Flood in Sulev")
        .published(DateStamp.of(MAR12))
        .blocks(List.of(new Block(text, Role.BODY, 0.9, "p")))
        .build();
  }

  private static Dossier dossier(Embedder embedder, String first, String second) {
    List<Article> articles =
        List.of(
            article("aaaaaaaaaaaaaaaa", "Maradin Courier", first),
            article("bbbbbbbbbbbbbbbb", "Ostrel Today", second));
    Map<String, Annotation> annotations = new LinkedHashMap<>();
    for (Article a : articles) {
      annotations.put(a.id(), PlainLayer.annotate(a.text(), a.published().map(p -> p.date())));
    }
    return Corroborate.builder()
        .embedder(embedder)
        .build()
        .dossier("s-sulev", "Flood in Sulev", articles, annotations, List.of());
  }

  private static List<Finding> flooded(Dossier d) {
    return d.findings().stream().filter(f -> f.variable().measure().equals("flooded")).toList();
  }

  private static final String HOMES = "About 400 homes in Sulev were flooded, the NCPA said.";
  private static final String HOUSES = "Some 400 houses in Sulev were flooded, the mayor said.";

  @Test
  void homesAndHousesFloodedAreOneVariableWithTheModelAndTwoWithout() {
    List<Finding> apart = flooded(dossier(Embedder.none(), HOMES, HOUSES));
    assertThat(apart).hasSize(2).allMatch(f -> f.kind() == FindingKind.SINGLE_SOURCE);

    List<Finding> one = flooded(dossier(OnnxEmbedder.shared(), HOMES, HOUSES));
    assertThat(one)
        .singleElement()
        .satisfies(
            f -> {
              assertThat(f.kind()).isEqualTo(FindingKind.AGREE);
              assertThat(f.independentOrigins()).isEqualTo(2);
              assertThat(f.explanation()).contains("read as one subject").contains("cosine");
            });
  }

  @Test
  void differentQualifiersStayApartHoweverCloseTheWords() {
    // "North Korean" and "Ukrainian" soldiers embed close; the structure keeps them apart.
    List<Finding> captured =
        dossier(
                OnnxEmbedder.shared(),
                "Ukraine captured 12 North Korean soldiers, the army said.",
                "Russia captured 12 Ukrainian soldiers, the ministry said.")
            .findings()
            .stream()
            .filter(f -> f.variable().measure().equals("captured"))
            .toList();
    assertThat(captured).hasSize(2).noneMatch(f -> f.independentOrigins() > 1);
  }

  @Test
  void unrelatedNounsAreNotReadAsOne() {
    List<Finding> two =
        flooded(
            dossier(
                OnnxEmbedder.shared(),
                HOMES,
                "Some 400 fields near Sulev were flooded, the mayor said."));
    assertThat(two).hasSize(2);
  }
}
