package io.corroborate.lang;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.corroborate.annotate.time.TimeTagger;
import io.corroborate.extract.ExtractOptions;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DayOfWeek;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class LanguagePackTest {
  @Test
  void aBundledPackIsReadOnceAndShared() {
    assertThat(LanguagePack.of("en")).isSameAs(LanguagePack.english());
    assertThat(LanguagePack.of("EN-gb")).isSameAs(LanguagePack.english());
    LanguagePack en = LanguagePack.english();
    assertThat(en.list("pronouns.tsv")).isSameAs(en.list("pronouns.tsv"));
  }

  @Test
  void commentsAndBlankLinesAreNotEntries() {
    List<String> months = LanguagePack.english().list("months.tsv");
    assertThat(months).noneMatch(l -> l.startsWith("#") || l.isBlank());
    assertThat(Lexicon.months(LanguagePack.english())).containsKeys("january", "sept");
    assertThat(Lexicon.weekdays(LanguagePack.english())).containsEntry("friday", DayOfWeek.FRIDAY);
  }

  @Test
  void aLanguageWithoutAFileFallsBackToEnglish() {
    LanguagePack de = LanguagePack.of("de");
    assertThat(de.code()).isEqualTo("de");
    assertThat(de.set("pronouns.tsv")).isEqualTo(LanguagePack.english().set("pronouns.tsv"));
  }

  @Test
  void aCallerMayReplaceOneList() {
    LanguagePack mine =
        LanguagePack.english().with("outlets.tsv", List.of("bulletin\tmasthead\tsource"));
    assertThat(ExtractOptions.defaults(mine).outletWords()).containsExactly("bulletin");
    assertThat(mine.set("pronouns.tsv")).contains("he", "she");
  }

  @Test
  void aPackMayBeReadFromAFolder(@TempDir Path dir) throws IOException {
    Files.writeString(dir.resolve("weekdays.tsv"), "# test\nmontag\t1\n\ndienstag\t2\n");
    LanguagePack pack = LanguagePack.fromDirectory("de", dir);
    assertThat(Lexicon.weekdays(pack)).containsOnlyKeys("montag", "dienstag");
    // What the folder lacks comes from the bundled German pack, and what that lacks from English.
    assertThat(Lexicon.months(pack)).containsKey("märz");
    assertThat(pack.set("pronouns.tsv")).contains("he");
  }

  @Test
  void aMissingFileOrABadCodeIsNamedInTheError() {
    assertThatThrownBy(() -> LanguagePack.english().list("nothing.txt"))
        .hasMessageContaining("nothing.txt");
    assertThatThrownBy(() -> LanguagePack.of("english")).hasMessageContaining("english");
    assertThat(LanguagePack.english().find("nothing.txt")).isEmpty();
  }

  @Test
  void anAlternationTriesLongerEntriesFirstAndQuotesThem() {
    String alt = LanguagePack.alternationOf(List.of("more", "more than", "a.b"), "\\s+");
    assertThat("more than 3".replaceFirst("^(?:" + alt + ")", "")).isEqualTo(" 3");
    assertThat("axb".matches(alt)).isFalse();
  }

  @Test
  void pronounsAreChosenByKindAndCase() {
    assertThat(
            Lexicon.pronouns(
                LanguagePack.english(), Set.of("personal", "plural"), Set.of("subject")))
        .containsExactlyInAnyOrder("he", "she", "they");
  }

  @Test
  void theTimeTaggerStillReadsMonthsAndWeekdaysFromThePack() {
    assertThat(
            new TimeTagger().find("It began on Friday, March 7, 2025.", java.util.Optional.empty()))
        .isNotEmpty();
  }

  @Test
  void theRegistryOfBundledLanguagesListsEveryLanguageFolder() throws java.io.IOException {
    java.nio.file.Path lang =
        io.corroborate.testkit.Repo.root().resolve("core/src/main/resources/io/corroborate/lang");
    java.util.List<String> folders;
    try (java.util.stream.Stream<java.nio.file.Path> s = java.nio.file.Files.list(lang)) {
      folders =
          s.filter(java.nio.file.Files::isDirectory)
              .map(p -> p.getFileName().toString())
              .sorted()
              .toList();
    }
    org.assertj.core.api.Assertions.assertThat(LanguagePack.bundledCodes())
        .containsExactlyElementsOf(folders)
        .contains("en", "ja", "ru");
  }

  @Test
  void aListOfEveryLanguageGathersEachFoldersOwnCopyOnce() {
    java.util.List<String> joiners = LanguagePack.everyLanguage("coordinators.txt");
    org.assertj.core.api.Assertions.assertThat(joiners).contains("and", "et", "und");
    org.assertj.core.api.Assertions.assertThat(joiners).doesNotHaveDuplicates();
  }

  @Test
  void everyLanguageWalkSkipsPacksThatOnlyBorrowEnglishsCopy() {
    java.util.List<LanguagePack> withMonths = LanguagePack.everyLanguageWith("months.tsv");
    org.assertj.core.api.Assertions.assertThat(withMonths)
        .extracting(LanguagePack::code)
        .contains("en", "de", "fr")
        .allSatisfy(c -> assertThat(LanguagePack.of(c).has("months.tsv")).isTrue());
    // A pack without its own copy reads English's by fallback, but is not walked again for it.
    java.util.List<String> without =
        LanguagePack.bundledCodes().stream()
            .filter(c -> !LanguagePack.of(c).has("months.tsv"))
            .toList();
    org.assertj.core.api.Assertions.assertThat(withMonths)
        .extracting(LanguagePack::code)
        .doesNotContainAnyElementsOf(without);
  }

  @Test
  void everyLanguagePairsKeepTheFirstLanguagesValueAndShapeTheKey() {
    java.util.Map<String, String> months =
        LanguagePack.everyLanguagePairs("months.tsv", w -> w.toUpperCase(java.util.Locale.ROOT));
    assertThat(months.get("JANUARY"))
        .isEqualTo(LanguagePack.english().pairs("months.tsv").get("january"));
    assertThat(months).containsKey("MÄRZ");
    org.assertj.core.api.Assertions.assertThat(
            LanguagePack.everyLanguageCategory("outlets.tsv", "agency"))
        .doesNotHaveDuplicates()
        .containsAll(LanguagePack.english().category("outlets.tsv", "agency"));
  }

  @Test
  void aWordOfANationalitysShapeIsADemonymUnlessListedAsNone() {
    java.util.regex.Pattern shape =
        java.util.regex.Pattern.compile(Lexicon.demonymShape(LanguagePack.english()));
    assertThat(shape.matcher("Velmorian").matches()).isTrue();
    assertThat(shape.matcher("velmorian").matches()).isFalse();
    assertThat(shape.matcher("Ostrand").matches()).isFalse();
    assertThat(shape.matcher("Christian").matches()).isFalse();
    assertThat(shape.matcher("the Velmorians").find()).isFalse();
  }
}
