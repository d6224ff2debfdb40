package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.model.Rejection;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ExpandTest {
  @TempDir Path dir;
  Ingest ingest;

  @BeforeEach
  void tree() {
    Collected.write(dir, "corpus/b.txt", "B");
    Collected.write(dir, "corpus/a.txt", "A");
    Collected.write(dir, "corpus/a.meta.json", "{}");
    Collected.write(dir, "corpus/orphan.meta.json", "{}");
    Collected.write(dir, "corpus/sub/c.html", "<html></html>");
    Collected.write(dir, "corpus/sub/d.txt", "D");
    Collected.write(dir, "corpus/.hidden/e.txt", "E");
    Collected.write(dir, "corpus/.DS_Store", "x");
    Collected.write(dir, "top.txt", "T");
    ingest = new Ingest(IngestOptions.defaults(), dir);
  }

  private List<String> names(String... args) {
    Expansion e = ingest.expand(List.of(args));
    assertThat(e.rejections()).isEmpty();
    return e.inputs().stream().map(Input::name).toList();
  }

  @Test
  void directoryExpandsDepthFirstInNameOrderWithoutSidecarsOrHiddenFiles() {
    assertThat(names("corpus"))
        .containsExactly(
            "corpus/a.txt",
            "corpus/b.txt",
            "corpus/orphan.meta.json",
            "corpus/sub/c.html",
            "corpus/sub/d.txt");
  }

  @Test
  void inputPathsPointIntoTheWorkingDirectoryAndNamesStayAsWritten() {
    Input first = ingest.expand(List.of("corpus/")).inputs().get(0);
    assertThat(first.name()).isEqualTo("corpus/a.txt");
    assertThat(first.path()).contains(dir.resolve("corpus/a.txt"));
  }

  @Test
  void globsMatchRelativeToTheWorkingDirectory() {
    assertThat(names("corpus/*.txt")).containsExactly("corpus/a.txt", "corpus/b.txt");
    assertThat(names("corpus/sub/*.html")).containsExactly("corpus/sub/c.html");
    assertThat(names("**/*.txt"))
        .containsExactly("corpus/a.txt", "corpus/b.txt", "corpus/sub/d.txt", "top.txt");
    assertThat(names("corpus/**.html")).containsExactly("corpus/sub/c.html");
    assertThat(names("*.txt")).containsExactly("top.txt");
  }

  @Test
  void absoluteGlobsWork() {
    assertThat(names(dir.resolve("corpus").toString() + "/*.txt"))
        .containsExactly(
            dir.resolve("corpus/a.txt").toString(), dir.resolve("corpus/b.txt").toString());
  }

  @Test
  void globMatchingNothingAndMissingFilesAreRejectionsNamingTheArgument() {
    Expansion e = ingest.expand(List.of("corpus/*.pdf", "nope.txt", "top.txt"));
    assertThat(e.inputs()).extracting(Input::name).containsExactly("top.txt");
    assertThat(e.rejections())
        .extracting(Rejection::file)
        .containsExactly("corpus/*.pdf", "nope.txt");
    assertThat(e.rejections()).extracting(Rejection::kind).containsOnly(Rejection.Kind.UNREADABLE);
  }

  @Test
  void dashIsStandardInput() {
    assertThat(ingest.expand(List.of("-")).inputs()).containsExactly(Input.stdin());
  }

  @Test
  void symbolicLinkLoopIsRejectedAndTheRestOfTheWalkGoesOn() throws Exception {
    Files.createSymbolicLink(dir.resolve("corpus/sub/up"), Path.of(".."));
    Expansion e = ingest.expand(List.of("corpus"));
    assertThat(e.inputs())
        .extracting(Input::name)
        .containsExactly(
            "corpus/a.txt",
            "corpus/b.txt",
            "corpus/orphan.meta.json",
            "corpus/sub/c.html",
            "corpus/sub/d.txt");
    assertThat(e.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.kind()).isEqualTo(Rejection.Kind.LOOP);
              assertThat(r.file()).isEqualTo("corpus/sub/up");
            });
  }

  @Test
  void linkToASiblingDirectoryIsFollowedNotALoop() throws Exception {
    Files.createSymbolicLink(dir.resolve("corpus/zlink"), dir.resolve("corpus/sub"));
    assertThat(names("corpus")).endsWith("corpus/zlink/c.html", "corpus/zlink/d.txt");
  }

  @Test
  void brokenLinkIsRejected() throws Exception {
    Files.createSymbolicLink(dir.resolve("corpus/gone.txt"), dir.resolve("nowhere.txt"));
    Expansion e = ingest.expand(List.of("corpus"));
    assertThat(e.rejections())
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.file()).isEqualTo("corpus/gone.txt");
              assertThat(r.reason()).contains("broken symbolic link");
            });
  }

  @Test
  void explicitlyNamedSidecarIsRead() {
    assertThat(names("corpus/a.meta.json")).containsExactly("corpus/a.meta.json");
  }
}
