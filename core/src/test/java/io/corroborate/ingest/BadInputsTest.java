package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import io.corroborate.model.Rejection;
import io.corroborate.testkit.BadInputs;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * One test per hostile input of the shared corpus: kind, path named and offset of the rejection.
 */
class BadInputsTest {
  @TempDir Path dir;
  List<BadInputs.Case> cases;

  @BeforeEach
  void write() {
    cases = BadInputs.writeAll(dir);
  }

  private void check(String name) {
    Optional<BadInputs.Case> found = BadInputs.find(cases, name);
    assumeTrue(
        found.isPresent(),
        "case " + name + " cannot be made here (e.g. permissions do not apply to root)");
    BadInputs.Case c = found.get();
    Collected out = Collected.run(new Ingest(IngestOptions.defaults()), c.argument());
    assertThat(out.rejections).as("rejections of %s", c.description()).hasSize(1);
    Rejection r = out.rejections.get(0);
    assertThat(r.kind()).as(r.describe()).isEqualTo(Rejection.Kind.valueOf(c.kind()));
    assertThat(Path.of(r.file())).as(r.describe()).isEqualTo(c.rejectedPath());
    assertThat(r.offset()).as(r.describe()).isEqualTo(c.offset());
    assertThat(r.reason()).isNotBlank();
    assertThat(out.docs).as("documents still read from %s", c.description()).hasSize(c.documents());
  }

  @Test
  void emptyFileIsEmpty() {
    check("empty");
  }

  @Test
  void imageNamedTxtIsBinary() {
    check("binary");
  }

  @Test
  void nulBytesAreBinary() {
    check("nul-bytes");
  }

  @Test
  void gzipCutInHalfIsTruncated() {
    check("truncated-gzip");
  }

  @Test
  void warcEndingInsideARecordHeaderIsTruncatedAtThatRecord() {
    check("truncated-warc");
  }

  @Test
  void warcRecordCutShortIsTruncatedAtThatRecord() {
    check("record-cut-short");
  }

  @Test
  void gzippedWarcWithACutMemberIsTruncatedAtThatMember() {
    check("truncated-warc-gz");
  }

  @Test
  void bytesNoCharsetFitsAreAnEncodingRejection() {
    check("undecodable");
  }

  @Test
  void textFullOfReplacementCharactersIsAnEncodingRejection() {
    check("replacement-chars");
  }

  @Test
  void malformedJsonLineIsRejectedAtItsOffsetAndTheOtherLinesAreRead() {
    check("malformed-json-line");
  }

  @Test
  void feedThatDoesNotParseIsUnreadable() {
    check("broken-feed");
  }

  @Test
  void directoryLoopIsALoopAndTheFileBesideItIsRead() {
    check("directory-loop");
  }

  @Test
  void missingFileIsUnreadable() {
    check("missing");
  }

  @Test
  void fileWithoutReadPermissionIsUnreadable() {
    check("unreadable");
  }

  @Test
  void oversizedFileIsTooLargeWithoutBeingRead() {
    BadInputs.Case c = BadInputs.oversizedText(dir, 50_000);
    Collected out =
        Collected.run(
            new Ingest(IngestOptions.defaults().withMaxRecordBytes(10_000)), c.argument());
    Rejection r = out.onlyRejection();
    assertThat(r.kind()).isEqualTo(Rejection.Kind.TOO_LARGE);
    assertThat(Path.of(r.file())).isEqualTo(c.rejectedPath());
    assertThat(r.reason()).contains("50000 bytes");
  }

  @Test
  void everyCaseIsCoveredByATestAbove() {
    assertThat(cases)
        .extracting(BadInputs.Case::name)
        .isSubsetOf(
            "empty",
            "binary",
            "nul-bytes",
            "truncated-gzip",
            "truncated-warc",
            "record-cut-short",
            "truncated-warc-gz",
            "undecodable",
            "replacement-chars",
            "malformed-json-line",
            "broken-feed",
            "directory-loop",
            "missing",
            "unreadable");
  }

  @Test
  void wholeCorpusReadsInOneRunWithoutThrowing() {
    String[] args = cases.stream().map(BadInputs.Case::argument).toArray(String[]::new);
    Collected out = Collected.run(new Ingest(IngestOptions.defaults()), args);
    assertThat(out.rejections).hasSize(cases.size());
    assertThat(out.docs).hasSize(cases.stream().mapToInt(BadInputs.Case::documents).sum());
  }
}
