package io.corroborate.link;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.ModelJson;
import io.corroborate.testkit.Repo;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/**
 * A hand-written three-article story, linked, against its golden JSON. To change it on purpose, run
 * with {@code -Dcorroborate.golden.update=true} and review the diff.
 */
class LinkerGoldenTest {
  private static Story story() {
    return new Story()
        .doc(
            "a1",
            "Ostravian forces captured Tomas Ri, a sniper, in the Veldan region on Monday.\n"
                + "The Security Service of Ostravia (SBO) said Ri had been wounded.\n"
                + "Orest Valchuk, the head of the Main Intelligence Directorate (GUR), confirmed the capture.")
        .event("a1-captured", "captured", "a1-monday")
        .ent("a1-ri", "Tomas Ri", "PERSON")
        .ent("a1-sniper", "a sniper", "PERSON")
        .ent("a1-veldan", "the Veldan region", "LOCATION")
        .ent("a1-monday", "Monday", "TIME")
        .ent("a1-sbo-full", "The Security Service of Ostravia (SBO)", "ORGANIZATION")
        .event("a1-said", "said")
        .ent("a1-ri2", "Ri", "PERSON")
        .event("a1-wounded", "wounded")
        .ent("a1-valchuk", "Orest Valchuk", "PERSON")
        .entHead("a1-head", "the head of the Main Intelligence Directorate (GUR)", "head", "PERSON")
        .ent("a1-gur-full", "the Main Intelligence Directorate", "ORGANIZATION")
        .ent("a1-gur", "GUR", "ORGANIZATION")
        .event("a1-capture", "capture")
        .doc(
            "a2",
            "The SSO released a video of the sniper in Veldan Oblast.\n"
                + "Mr. Ri said he wanted to stay.\n"
                + "Anna Ri, a nurse, was not related, HUR said.")
        .ent("a2-sso", "SSO", "ORGANIZATION")
        .event("a2-released", "released")
        .ent("a2-sniper", "the sniper", "PERSON")
        .ent("a2-veldan", "Veldan Oblast", "LOCATION")
        .ent("a2-ri", "Mr. Ri", "PERSON")
        .ent("a2-he", "he", "PERSON")
        .ent("a2-anna", "Anna Ri", "PERSON")
        .ent("a2-nurse", "a nurse", "PERSON")
        .ent("a2-hur", "HUR", "ORGANIZATION")
        .doc(
            "a3",
            "Tomas Ry was seized on Monday, the Sorn Ilbo reported.\nThe Sorn Daily said Marenskyy was told.")
        .ent("a3-ry", "Tomas Ry", "PERSON")
        .event("a3-seized", "seized", "a3-monday")
        .ent("a3-monday", "Monday", "TIME")
        .ent("a3-ilbo", "the Sorn Ilbo", "ORGANIZATION")
        .ent("a3-daily", "The Sorn Daily", "ORGANIZATION")
        .ent("a3-marensky", "Marenskyy", "PERSON");
  }

  @Test
  void aHandWrittenStoryLinksAsItsGoldenFileSays() throws IOException {
    LinkResult r = story().link();
    String json = ModelJson.writePretty(r) + "\n";
    Path golden = Repo.root().resolve("core/src/test/resources/link/story-entities.json");
    if (Boolean.getBoolean("corroborate.golden.update")) {
      Files.writeString(golden, json, StandardCharsets.UTF_8);
    }
    assertThat(json).isEqualTo(Files.readString(golden, StandardCharsets.UTF_8));
  }
}
