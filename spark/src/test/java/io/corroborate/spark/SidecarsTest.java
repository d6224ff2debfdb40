package io.corroborate.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SidecarsTest {
  private final Sidecars sidecars =
      Sidecars.of(
          List.of(
              "hdfs://nn/in/a.meta.json",
              "hdfs://nn/in/a.txt.meta.json",
              "hdfs://nn/in/ab.meta.json",
              "hdfs://nn/in/sub/a.meta.json",
              "hdfs://nn/other/a.meta.json"));

  @Test
  void bothNamesTheCoreTriesAreCandidates() {
    assertThat(sidecars.candidates("hdfs://nn/in/a.txt"))
        .containsExactly("hdfs://nn/in/a.meta.json", "hdfs://nn/in/a.txt.meta.json");
  }

  @Test
  void sidecarsOfOtherFilesAndDirectoriesAreNotCandidates() {
    assertThat(sidecars.candidates("hdfs://nn/in/ab.html"))
        .containsExactly("hdfs://nn/in/ab.meta.json");
    assertThat(sidecars.candidates("hdfs://nn/in/c.txt")).isEmpty();
  }

  @Test
  void forAFileWithoutExtensionTheCoreChoosesAmongAllSidecarsStartingWithItsName() {
    assertThat(sidecars.candidates("hdfs://nn/in/a"))
        .containsExactly("hdfs://nn/in/a.meta.json", "hdfs://nn/in/a.txt.meta.json");
  }
}
