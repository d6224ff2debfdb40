package io.corroborate.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import io.corroborate.model.RawDocument;
import io.corroborate.model.Rejection;
import io.corroborate.testkit.BadInputs;
import java.io.ByteArrayOutputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile inputs that once hung a run, crashed it or lost good text, each made here from a few
 * lines: every one is read or rejected with its reason (file and offset), and what is good in it is
 * kept. The time bound is only a guard against a hang, far above what each takes.
 */
class HostileInputTest {
  private static final Duration HANG_GUARD = Duration.ofSeconds(60);

  @TempDir Path dir;

  private static <T> T guarded(Supplier<T> work) {
    return assertTimeoutPreemptively(HANG_GUARD, work::get);
  }

  private static final String PARAGRAPH =
      "The river Veldan burst its banks near the town of Orsk on Monday, flooding 240 homes.";

  // WARC

  @Test
  void warcRecordWithoutContentLengthCostsOnlyItselfAndTheRecordsAfterItAreRead() {
    byte[] first =
        BadInputs.warcResponse(1, "https://news.example/1", BadInputs.page("A", PARAGRAPH));
    String second =
        new String(
                BadInputs.warcResponse(
                    2, "https://news.example/2", BadInputs.page("B", "The levee held.")),
                StandardCharsets.ISO_8859_1)
            .replaceFirst("Content-Length: \\d+\r\n", "");
    byte[] third =
        BadInputs.warcResponse(3, "https://news.example/3", BadInputs.page("C", "Boats came."));
    byte[] warc = BadInputs.concat(first, second.getBytes(StandardCharsets.ISO_8859_1), third);
    Collected c = guarded(() -> Collected.file(Collected.write(dir, "gap.warc", warc)));
    assertThat(c.docs).extracting(d -> d.origin().offset()).contains(0L);
    assertThat(c.docs)
        .as("the record after the malformed one is read")
        .anySatisfy(d -> assertThat(d.content()).contains("Boats came."));
    Rejection r = c.onlyRejection();
    assertThat(r.kind()).isEqualTo(Rejection.Kind.UNREADABLE);
    assertThat(r.offset()).isBetween((long) first.length, (long) warc.length - third.length);
    assertThat(r.reason())
        .contains(
            "reading resumes at the next record start, offset " + (warc.length - third.length));
  }

  /** Three gzip members of a WARC: a good record, a member of garbage, and a good record. */
  private static byte[][] gzipMembersWithGarbageBetween() {
    return new byte[][] {
      BadInputs.gzip(
          BadInputs.warcResponse(1, "https://news.example/1", BadInputs.page("A", PARAGRAPH))),
      BadInputs.gzip(
          "WARC/1.0\r\nthis is no header at all\r\n\r\n".getBytes(StandardCharsets.US_ASCII)),
      BadInputs.gzip(
          BadInputs.warcResponse(2, "https://news.example/2", BadInputs.page("B", "Boats came.")))
    };
  }

  @Test
  void gzippedWarcWithAGarbageMemberKeepsTheMembersAfterIt() {
    byte[][] members = gzipMembersWithGarbageBetween();
    byte[] good = members[0];
    byte[] garbage = members[1];
    byte[] after = members[2];
    Collected c =
        guarded(
            () ->
                Collected.file(
                    Collected.write(dir, "gap.warc.gz", BadInputs.concat(good, garbage, after))));
    assertThat(c.docs).hasSize(2);
    assertThat(c.docs.get(1).origin().offset()).isEqualTo(good.length + garbage.length);
    assertThat(c.onlyRejection().offset()).isEqualTo(good.length);
  }

  @Test
  void reopenableBytesResumeAfterACorruptMemberWhereAStreamMustStop() {
    byte[][] members = gzipMembersWithGarbageBetween();
    byte[] good = members[0];
    byte[] garbage = members[1];
    byte[] after = members[2];
    byte[] warc = BadInputs.concat(good, garbage, after);
    Path file = Collected.write(dir, "remote.warc.gz", warc);
    Ingest ingest = new Ingest(IngestOptions.defaults());

    // Named as a remote file system names it: no local path, only bytes that can be reopened.
    Collected seekable = new Collected();
    guarded(
        () -> {
          ingest.read("hdfs://crawl/remote.warc.gz", Reopenable.of(file), seekable);
          return seekable;
        });
    assertThat(seekable.docs).hasSize(2);
    assertThat(seekable.docs.get(1).origin().offset()).isEqualTo(good.length + garbage.length);
    assertThat(seekable.docs.get(1).origin().file()).isEqualTo("hdfs://crawl/remote.warc.gz");
    assertThat(seekable.onlyRejection().offset()).isEqualTo(good.length);

    Collected stream = guarded(() -> Collected.stream(ingest, warc));
    assertThat(stream.docs).hasSize(1);
    assertThat(stream.rejections).isNotEmpty();
  }

  @Test
  void malformedContentLengthIsReportedInWordsNotAsAJavaException() {
    String bad =
        new String(
                BadInputs.warcResponse(1, "https://news.example/1", BadInputs.page("A", PARAGRAPH)),
                StandardCharsets.ISO_8859_1)
            .replaceFirst("Content-Length: (\\d+)\r\n\r\nHTTP", "Content-Length: 12x\r\n\r\nHTTP");
    Collected c =
        Collected.file(Collected.write(dir, "nan.warc", bad.getBytes(StandardCharsets.ISO_8859_1)));
    assertThat(c.rejections).isNotEmpty();
    assertThat(c.rejections)
        .allSatisfy(r -> assertThat(r.reason()).doesNotContain("java.", "Exception"));
  }

  // Bytes and charsets

  @Test
  void oneNulByteInAGoodPageDoesNotMakeItBinary() {
    String page = BadInputs.page("Flood", PARAGRAPH).replace("Monday", "Mon\0day");
    Collected c = Collected.file(Collected.write(dir, "nul.html", page));
    assertThat(c.rejections).isEmpty();
    assertThat(c.docs).hasSize(1);
  }

  @Test
  void windows1251TextWithoutADeclarationIsReadAsCyrillic() {
    assertReadAs(RUSSIAN, Charset.forName("windows-1251"), "windows-1251");
  }

  @Test
  void koi8rTextWithoutADeclarationIsReadAsCyrillic() {
    // KOI8-U reads KOI8-R's letters the same and adds the Ukrainian ones.
    assertReadAs(RUSSIAN, Charset.forName("KOI8-R"), "KOI8-U");
  }

  @Test
  void ukrainianWindows1251TextWithoutADeclarationIsReadAsCyrillic() {
    assertReadAs(UKRAINIAN, Charset.forName("windows-1251"), "windows-1251");
  }

  @Test
  void ukrainianKoi8uTextKeepsItsUkrainianLetters() {
    assertReadAs(UKRAINIAN, Charset.forName("KOI8-U"), "KOI8-U");
  }

  @Test
  void dosCyrillicTextWithoutADeclarationIsReadAsCyrillic() {
    assertReadAs(RUSSIAN, Charset.forName("IBM866"), "IBM866");
  }

  @Test
  void russianIso88595TextWithoutADeclarationIsReadAsCyrillic() {
    assertReadAs(RUSSIAN, Charset.forName("ISO-8859-5"), "ISO-8859-5");
  }

  @Test
  void hebrewWithoutADeclarationIsReadAsHebrew() {
    assertReadAs(HEBREW, Charset.forName("windows-1255"), "windows-1255");
    assertReadAs(HEBREW, Charset.forName("ISO-8859-8"), "windows-1255");
  }

  @Test
  void arabicIso88596TextWithoutADeclarationIsReadAsArabic() {
    assertReadAs(ARABIC, Charset.forName("ISO-8859-6"), "ISO-8859-6");
  }

  @Test
  void chineseAndKoreanLegacyTextWithoutADeclarationIsRead() {
    assertReadAs(CHINESE, Charset.forName("GB18030"), "GB18030");
    assertReadAs(CHINESE_TRADITIONAL, Charset.forName("Big5"), "Big5");
    assertReadAs(KOREAN, Charset.forName("EUC-KR"), "EUC-KR");
    assertReadAs(JAPANESE, Charset.forName("EUC-JP"), "EUC-JP");
  }

  @Test
  void sevenBitIso2022JapaneseIsNotTakenForUtf8() {
    assertReadAs(JAPANESE, Charset.forName("ISO-2022-JP"), "ISO-2022-JP");
  }

  @Test
  void turkishLatinTextKeepsTheCharsetIcuNames() {
    assertReadAs(TURKISH, Charset.forName("windows-1254"), "windows-1254");
  }

  @Test
  void aPageDeclaringUtf8ButWrittenInWindows1251IsReadAsCyrillic() {
    String page =
        "<html><head><meta charset=\"utf-8\"><title>t</title></head><body><article><p>"
            + RUSSIAN
            + "</p><p>"
            + RUSSIAN
            + "</p></article></body></html>";
    RawDocument d =
        Collected.file(
                Collected.write(dir, "lying.html", page.getBytes(Charset.forName("windows-1251"))))
            .onlyDoc();
    assertThat(d.charset()).as(d.charsetSource()).isEqualTo("windows-1251");
    assertThat(d.charsetSource()).contains("does not fit");
  }

  @Test
  void wellFormedWordsTellTheRightCyrillicCharsetFromTheWrongOnes() {
    byte[] bytes = UKRAINIAN.getBytes(Charset.forName("windows-1251"));
    double right = Charsets.plausibility(new String(bytes, Charset.forName("windows-1251")));
    for (String wrong : List.of("windows-1252", "KOI8-U", "IBM866", "ISO-8859-5")) {
      assertThat(Charsets.plausibility(new String(bytes, Charset.forName(wrong))))
          .as(wrong)
          .isLessThan(right - 0.2);
    }
    assertThat(right).isGreaterThan(0.9);
  }

  @Test
  void shiftJisTextWithoutADeclarationIsReadAsJapanese() {
    assertReadAs(JAPANESE, Charset.forName("Shift_JIS"), "Shift_JIS");
  }

  @Test
  void windows1256TextWithoutADeclarationIsReadAsArabic() {
    assertReadAs(ARABIC, Charset.forName("windows-1256"), "windows-1256");
  }

  @Test
  void oneStrayByteInUtf8TextCostsOnlyThatByte() {
    byte[] good = (FRENCH + "\n").getBytes(StandardCharsets.UTF_8);
    byte[] text = BadInputs.concat(good, new byte[] {(byte) 0xFF}, good);
    RawDocument d = Collected.file(Collected.write(dir, "stray.txt", text)).onlyDoc();
    assertThat(d.charset()).isEqualTo("UTF-8");
    assertThat(d.charsetSource()).contains("offset " + good.length);
    assertThat(d.content()).contains("Sécurité civile", "\uFFFD");
  }

  private static final String RUSSIAN =
      "Река Вельдан вышла из берегов у города Орск в понедельник, затопив 240 домов. "
          + "Мэр Лина Товар сообщила журналистам, что спасатели добрались до каждой улицы. "
          + "Уровень воды поднялся на 4,2 метра выше обычной отметки, сообщила гидрологическая "
          + "служба. Школы будут закрыты до четверга, а армия направила 300 солдат с лодками.";
  private static final String JAPANESE =
      "月曜日、ヴェルダン川がオルスクの町の近くで氾濫し、二百四十戸が浸水した。"
          + "市長は記者団に対し、救助隊が夜までに下町のすべての通りに到着したと語った。"
          + "水位は通常より四・二メートル高くなり、学校は木曜日まで休校となる。";
  private static final String ARABIC =
      "فاض نهر فيلدان بالقرب من مدينة أورسك يوم الاثنين وغمرت المياه مئتين وأربعين منزلا. "
          + "وقالت رئيسة البلدية للصحفيين إن فرق الإنقاذ وصلت إلى كل شوارع المدينة السفلى. "
          + "وارتفع منسوب المياه أربعة أمتار فوق المعتاد، وستبقى المدارس مغلقة حتى الخميس.";
  private static final String UKRAINIAN =
      "Річка Тарна вийшла з берегів біля селища Велин у вівторок, затопивши 120 будинків. "
          + "Голова району повідомив, що евакуйовано мешканців трьох вулиць, а школи зачинені "
          + "до пʼятниці. Рятувальники кажуть, що за ніч рівень води піднявся на два метри, "
          + "і її ще не зупинили.";
  private static final String HEBREW =
      "נהר טרנה עלה על גדותיו ליד העיירה ולין ביום שלישי והציף מאה ועשרים בתים. "
          + "ראש המחוז אמר כי תושבי שלושה רחובות פונו וכי בתי הספר ייסגרו עד יום שישי. "
          + "לדברי המחלצים, מפלס המים עלה בשני מטרים במהלך הלילה.";
  private static final String CHINESE =
      "周二，塔尔纳河在维林镇附近决堤，一百二十所房屋被淹。区长表示，三条街道的居民已被疏散，" + "学校将关闭至周五。救援人员说，一夜之间水位上涨了两米。";
  private static final String CHINESE_TRADITIONAL =
      "週二，塔爾納河在維林鎮附近決堤，一百二十所房屋被淹。區長表示，三條街道的居民已被疏散，" + "學校將關閉至週五。救援人員說，一夜之間水位上漲了兩米。";
  private static final String KOREAN =
      "화요일 타르나 강이 벨린 마을 근처에서 범람해 주택 120채가 침수됐다. 구청장은 세 거리의 "
          + "주민들이 대피했으며 학교는 금요일까지 휴교한다고 밝혔다. 구조대는 밤사이 수위가 "
          + "2미터 상승했다고 말했다.";
  private static final String TURKISH =
      "Tarna Nehri salı günü Velin kasabası yakınlarında taştı ve 120 ev su altında kaldı. "
          + "Bölge valisi, üç sokağın sakinlerinin tahliye edildiğini ve okulların cumaya kadar "
          + "kapalı kalacağını söyledi. Kurtarma ekipleri suyun gece boyunca iki metre yükseldiğini "
          + "belirtti.";
  private static final String FRENCH =
      "La Sécurité civile a évacué 1 200 habitants d'Orsk lundi après la crue de la Veldan, "
          + "qui a inondé 240 maisons près du pont.";

  private void assertReadAs(String text, Charset charset, String expected) {
    RawDocument d =
        Collected.file(Collected.write(dir, "legacy.txt", (text + "\n").getBytes(charset)))
            .onlyDoc();
    assertThat(d.charset())
        .as(d.charsetSource())
        .isEqualToIgnoringCase(Charset.forName(expected).name());
    assertThat(d.content()).contains(text.substring(0, 20));
  }

  // Lenient containers

  private static String rssItem(int n, String description) {
    return "<item><title>Gauge "
        + n
        + "</title><link>https://harbor.example/"
        + n
        + "</link>"
        + "<description>"
        + description
        + "</description></item>";
  }

  private static String goodDescription(int n) {
    return "The gauge at the Veldan bridge read "
        + n
        + " metres on Monday, the river authority"
        + " said, and the lower town was evacuated.";
  }

  @Test
  void feedWithOneMalformedItemKeepsTheOthersAndRejectsThatItemAtItsOffset() {
    String bad = rssItem(2, "a stray & and <b>an unclosed tag");
    String feed =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>Harbor Wire</title>"
            + "<link>https://harbor.example/</link><description>d</description>"
            + rssItem(1, goodDescription(1))
            + bad
            + rssItem(3, goodDescription(3))
            + "</channel></rss>";
    Collected c = Collected.file(Collected.write(dir, "one-bad-item.xml", feed));
    assertThat(c.docs).hasSize(2);
    assertThat(c.docs).allSatisfy(d -> assertThat(d.content()).contains("Veldan bridge"));
    assertThat(c.docs.get(0).hint("outlet").map(h -> h.value())).contains("Harbor Wire");
    assertThat(c.rejections)
        .singleElement()
        .satisfies(
            r -> {
              assertThat(r.offset()).isEqualTo(feed.indexOf(bad));
              assertThat(r.reason()).contains("feed item 2 is malformed", "other items are read");
            });
  }

  @Test
  void atomFeedCutShortKeepsItsWholeEntries() {
    String entry =
        "<entry><title>Gauge %d</title><id>urn:x:%d</id>"
            + "<updated>2025-01-06T10:00:00Z</updated><content type=\"html\">%s</content></entry>";
    String feed =
        "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">"
            + "<title>Harbor Wire</title><id>urn:x</id><updated>2025-01-06T10:00:00Z</updated>"
            + String.format(entry, 1, 1, goodDescription(1))
            + String.format(entry, 2, 2, goodDescription(2))
            + "<entry><title>Gauge 3</title><content type=\"html\">The gauge at the";
    Collected c = Collected.file(Collected.write(dir, "cut.atom.xml", feed));
    assertThat(c.docs).hasSize(2);
    assertThat(c.rejections)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).contains("feed item 3 is malformed"));
  }

  @Test
  void feedWhoseHeadIsBrokenIsRejectedOnceNotItemByItem() {
    String feed =
        "<rss version=\"2.0\"><channel><title>Harbor <b>Wire</title>"
            + rssItem(1, goodDescription(1))
            + rssItem(2, goodDescription(2))
            + "</channel></rss>";
    Collected c = Collected.file(Collected.write(dir, "bad-head.xml", feed));
    assertThat(c.docs).isEmpty();
    assertThat(c.rejections)
        .singleElement()
        .satisfies(r -> assertThat(r.reason()).startsWith("not a feed"));
  }

  private static byte[] jsonLine(int n) {
    return ("{\"url\": \"https://harbor.example/"
            + n
            + "\", \"maintext\": \""
            + goodDescription(n)
            + "\"}\n")
        .getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void gzipOfJsonLinesWithACorruptMemberKeepsTheMembersAfterIt() {
    byte[] first = BadInputs.gzip(jsonLine(1));
    byte[] broken = BadInputs.gzip(jsonLine(2));
    for (int i = 12; i < broken.length - 8; i++) {
      broken[i] ^= 0x5a;
    }
    byte[] third = BadInputs.gzip(jsonLine(3));
    Collected c =
        Collected.file(
            Collected.write(dir, "members.jsonl.gz", BadInputs.concat(first, broken, third)));
    assertThat(c.docs)
        .extracting(d -> d.content())
        .anySatisfy(t -> assertThat(t).contains("read 1 metres"));
    assertThat(c.docs)
        .extracting(d -> d.content())
        .anySatisfy(t -> assertThat(t).contains("read 3 metres"));
    assertThat(c.rejections)
        .singleElement()
        .satisfies(
            r ->
                assertThat(r.reason())
                    .contains("member at byte " + first.length)
                    .contains(
                        "resumes at the next member, at byte " + (first.length + broken.length)));
  }

  @Test
  void zerosAfterTheLastGzipMemberAreReadAsPadding() {
    byte[] file = BadInputs.concat(BadInputs.gzip(jsonLine(1)), new byte[512]);
    Collected c = Collected.file(Collected.write(dir, "padded.jsonl.gz", file));
    assertThat(c.docs).hasSize(1);
    assertThat(c.rejections).isEmpty();
  }

  @Test
  void gzipCutShortInsideAMemberIsStillTruncated() {
    byte[] whole = BadInputs.gzip(BadInputs.concat(jsonLine(1), jsonLine(2)));
    byte[] cut = java.util.Arrays.copyOf(whole, whole.length - 12);
    Collected c = Collected.file(Collected.write(dir, "cut.jsonl.gz", cut));
    assertThat(c.rejections)
        .anySatisfy(r -> assertThat(r.kind()).isEqualTo(Rejection.Kind.TRUNCATED));
  }

  // Limits

  @Test
  void gzipOfManyJsonLinesStopsAtTheRecordLimitWithOneRejection() {
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (int i = 0; i < 5_000; i++) {
      lines.writeBytes(
          ("{\"maintext\": \"Gauge " + i + " read " + i + " centimetres.\"}\n")
              .getBytes(StandardCharsets.UTF_8));
    }
    Ingest ingest = new Ingest(IngestOptions.defaults().withMaxRecordsPerContainer(1_000));
    Path p = Collected.write(dir, "many.jsonl.gz", BadInputs.gzip(lines.toByteArray()));
    Collected c = guarded(() -> Collected.file(ingest, p));
    assertThat(c.docs).hasSize(1_000);
    Rejection r = c.onlyRejection();
    assertThat(r.kind()).isEqualTo(Rejection.Kind.TOO_LARGE);
    assertThat(r.reason()).contains("line 1001", "1000 records");
    assertThat(r.offset()).isEqualTo(c.docs.get(999).origin().offset() + lineLength(999));
  }

  private static long lineLength(int i) {
    return ("{\"maintext\": \"Gauge " + i + " read " + i + " centimetres.\"}\n").length();
  }

  @Test
  void aMillionCopiesOfOneJsonLineAreReadAsOneRecordQuickly() {
    byte[] line = "{\"maintext\": \"word word word\"}\n".getBytes(StandardCharsets.UTF_8);
    ByteArrayOutputStream lines = new ByteArrayOutputStream();
    for (int i = 0; i < 100_000; i++) {
      lines.writeBytes(line);
    }
    Path p = Collected.write(dir, "copies.jsonl.gz", BadInputs.gzip(lines.toByteArray()));
    Collected c = guarded(() -> Collected.file(p));
    assertThat(c.docs).hasSize(1);
    assertThat(c.rejections).isEmpty();
  }

  @Test
  void gzipThatExpandsPastTheFileLimitIsRejectedAsTooLarge() {
    byte[] text = ("Gauge readings. ".repeat(20_000)).getBytes(StandardCharsets.UTF_8);
    Ingest ingest = new Ingest(IngestOptions.defaults().withMaxFileBytes(100_000));
    Collected c =
        Collected.file(ingest, Collected.write(dir, "bomb.jsonl.gz", BadInputs.gzip(text)));
    Rejection r = c.onlyRejection();
    assertThat(r.kind()).isEqualTo(Rejection.Kind.TOO_LARGE);
    assertThat(r.reason()).contains("expands past the 100000-byte file limit");
  }

  @Test
  void fileOverTheFileLimitIsRejectedWithoutBeingRead() {
    Ingest ingest = new Ingest(IngestOptions.defaults().withMaxFileBytes(1_000));
    Collected c = Collected.file(ingest, Collected.write(dir, "big.txt", PARAGRAPH.repeat(20)));
    assertThat(c.onlyRejection().reason()).contains("over the 1000-byte file limit");
  }

  @Test
  void feedItemWithDeeplyNestedMarkupKeepsItsArticle() {
    String feed =
        "<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>D</title><item><title>t</title>"
            + "<description>&lt;p&gt;"
            + PARAGRAPH
            + "&lt;/p&gt;</description>"
            + "<x>".repeat(100_000)
            + "</x>".repeat(100_000)
            + "</item></channel></rss>";
    Collected c = guarded(() -> Collected.file(Collected.write(dir, "deep.xml", feed)));
    assertThat(c.onlyDoc().content()).contains("burst its banks");
    Rejection r = c.onlyRejection();
    assertThat(r.kind()).isEqualTo(Rejection.Kind.TOO_LARGE);
    // rss, channel and item hold the first three levels; the cut starts at the element one deeper
    // than the limit
    assertThat(r.offset())
        .isEqualTo(feed.indexOf("<x>") + 3L * (IngestOptions.DEFAULT_MAX_NESTING_DEPTH - 3));
  }

  @Test
  void feedWithMoreItemsThanTheRecordLimitReadsUpToTheLimit() {
    StringBuilder feed =
        new StringBuilder("<?xml version=\"1.0\"?><rss version=\"2.0\"><channel><title>D</title>");
    for (int i = 0; i < 50; i++) {
      feed.append("<item><title>t")
          .append(i)
          .append("</title><description>Gauge ")
          .append(i)
          .append(" rose.</description></item>");
    }
    feed.append("</channel></rss>");
    Ingest ingest = new Ingest(IngestOptions.defaults().withMaxRecordsPerContainer(10));
    Collected c = Collected.file(ingest, Collected.write(dir, "long.rss", feed.toString()));
    assertThat(c.docs).hasSize(10);
    assertThat(c.onlyRejection().reason()).contains("feed item 11", "40 items");
  }

  @Test
  void jsonNestedPastTheLimitIsRejectedAndTheNextLineRead() {
    String deep = "{\"maintext\": " + "[".repeat(50_000) + "]".repeat(50_000) + "}\n";
    String good = "{\"maintext\": \"" + PARAGRAPH + "\"}\n";
    Collected c = guarded(() -> Collected.file(Collected.write(dir, "deep.jsonl", deep + good)));
    assertThat(c.onlyDoc().origin().offset()).isEqualTo(deep.length());
    Rejection r = c.onlyRejection();
    assertThat(r.offset()).isZero();
    assertThat(r.kind()).isEqualTo(Rejection.Kind.UNREADABLE);
    assertThat(r.reason()).contains("nested deeper than 512 levels").doesNotContain("`");
  }

  @Test
  void jsonArrayWithMoreElementsThanTheRecordLimitReadsUpToTheLimit() {
    StringBuilder json = new StringBuilder("[\n");
    for (int i = 0; i < 30; i++) {
      json.append(i == 0 ? "" : ",\n")
          .append("{\"maintext\": \"Gauge ")
          .append(i)
          .append(" rose.\"}");
    }
    json.append("\n]\n");
    Ingest ingest = new Ingest(IngestOptions.defaults().withMaxRecordsPerContainer(10));
    Collected c = Collected.file(ingest, Collected.write(dir, "many.json", json.toString()));
    assertThat(c.docs).hasSize(10);
    assertThat(c.onlyRejection().reason()).contains("array element 11");
  }

  /** Found by {@link ReaderFuzzTest}: the rejection's offset lay past the end of the file. */
  @Test
  void warcHeaderLineFollowedOnlyByBlankLinesIsRejectedAtAnOffsetInsideTheFile() {
    byte[] warc = ("\r\nWARC/1.0\r\n" + "\n".repeat(300)).getBytes(StandardCharsets.US_ASCII);
    Collected c = Collected.file(Collected.write(dir, "blank.warc", warc));
    assertThat(c.docs).isEmpty();
    assertThat(c.rejections)
        .isNotEmpty()
        .allSatisfy(r -> assertThat(r.offset()).isBetween(0L, (long) warc.length));
  }
}
