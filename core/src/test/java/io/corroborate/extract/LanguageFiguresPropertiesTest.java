package io.corroborate.extract;

import static org.assertj.core.api.Assertions.assertThat;

import io.corroborate.analyze.PlainLanguageLayer;
import io.corroborate.annotate.time.MonthDates;
import io.corroborate.annotate.time.TimeMention;
import io.corroborate.model.Article;
import io.corroborate.model.DateStamp;
import io.corroborate.model.Format;
import io.corroborate.model.Origin;
import io.corroborate.model.Span;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;

/**
 * Random text built from the words the language files react to (cues, months, measures, digits in
 * several scripts, quotation marks): figures, sources and dates of every language read it without
 * an exception, and every span stays inside the text and its sentence.
 */
class LanguageFiguresPropertiesTest {
  private static final List<String> LANGUAGES =
      List.of(
          "de", "fr", "es", "it", "pt", "nl", "ru", "uk", "pl", "bg", "mk", "tr", "ar", "fa", "he",
          "hi", "hy", "ka", "ja", "ko", "zh");

  private static final List<String> WORDS =
      List.of(
          "selon",
          "laut",
          "по данным",
          "заявил",
          "によると",
          "에 따르면",
          "göre",
          "据",
          "报道",
          "وقال",
          "به گفته",
          "לפי",
          "के मुताबिक",
          "ըստ",
          "ცნობით",
          "açıkladı",
          "と発表した",
          "le",
          "ministre",
          "Polizei",
          "Jean",
          "«",
          "»",
          "“",
          "”",
          ",",
          ".",
          "。",
          "、",
          "\n",
          " ",
          "12",
          "3 500",
          "2,5",
          "١٣٧",
          "۱۴۰۰",
          "22",
          "2024",
          "-ին",
          "年",
          "月",
          "日",
          "월",
          "일",
          "mars",
          "März",
          "марта",
          "березня",
          "фروردین",
          "מרץ",
          "मार्च",
          "მარტს",
          "մարտի",
          "Mart'ta",
          "morts",
          "Tote",
          "погибли",
          "死亡",
          "숨졌다",
          "kişi",
          "قتيلا",
          "کشته",
          "הרוגים",
          "मौत",
          "დაიღუპა",
          "զոհ",
          "milliards",
          "dollars",
          "달러",
          "万",
          "人",
          "명",
          "de",
          "du",
          "année",
          "года",
          "г.",
          "წლის",
          "seit",
          "к",
          "depuis");

  @Provide
  Arbitrary<String> texts() {
    return Arbitraries.of(WORDS).list().ofMaxSize(40).map(ws -> String.join(" ", ws));
  }

  @Provide
  Arbitrary<String> languages() {
    return Arbitraries.of(LANGUAGES);
  }

  @Property(tries = 300)
  void anyTextYieldsClaimsWithinTheirSentences(
      @ForAll("texts") String text, @ForAll("languages") String lang) {
    if (text.isBlank()) {
      return;
    }
    Article a =
        Article.builder()
            .origin(new Origin("random-" + lang + ".txt", 0, Format.TEXT))
            .id("random-" + lang)
            .outlet("example.org")
            .text(text, List.of(), List.of())
            .language(lang)
            .published(DateStamp.of(LocalDate.of(2021, 5, 10)))
            .build();
    List<Claim> claims =
        new ClaimExtractor(ExtractOptions.defaults())
            .extract(a, new PlainLanguageLayer().annotate(a));
    for (Claim c : claims) {
      Span s = c.evidence().sentence();
      assertThat(s.end()).isLessThanOrEqualTo(text.length());
      for (Voice v : c.attribution().speakers()) {
        assertThat(v.span().start()).isGreaterThanOrEqualTo(s.start());
        assertThat(v.span().end()).isLessThanOrEqualTo(s.end());
      }
      if (c.time() instanceof HoldsAt.During d) {
        assertThat(d.span().start()).isGreaterThanOrEqualTo(s.start());
        assertThat(d.span().end()).isLessThanOrEqualTo(s.end());
      }
    }
    Optional<MonthDates> dates = MonthDates.of(lang);
    if (dates.isPresent()) {
      for (TimeMention t :
          dates
              .get()
              .find(text, new Span(0, text.length()), Optional.of(LocalDate.of(2021, 5, 10)))) {
        assertThat(t.span().end()).isLessThanOrEqualTo(text.length());
      }
    }
  }
}
