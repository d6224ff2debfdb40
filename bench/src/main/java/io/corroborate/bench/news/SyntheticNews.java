package io.corroborate.bench.news;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Made-up news for load tests: stories of several reports each, about invented places, written from
 * a few templates that vary the event, outlet, officials, figures and dates, so a big store can be
 * filled in seconds without anyone's real articles. Each story has a spokesperson's figures that
 * grow from report to report, and some outlets cite others, so dossiers have updates, agreements
 * and relays to show. Same seed, same news.
 *
 * <pre>{@code List<String> jsonLines = new SyntheticNews(7).story(0, 20);}</pre>
 */
public final class SyntheticNews {
  private static final ObjectMapper JSON = new ObjectMapper();

  private static final String[] EVENTS = {
    "flood",
    "fire",
    "bridge collapse",
    "train derailment",
    "factory explosion",
    "storm",
    "landslide",
    "ferry accident",
    "building collapse",
    "gas leak"
  };
  private static final String[] CAUSES = {
    "heavy rain over three days",
    "a fault in an old power line",
    "cracks found in a support pillar last year",
    "a signal failure",
    "a boiler that had failed an inspection",
    "winds of more than 120 kilometres an hour",
    "a slope weakened by weeks of rain",
    "an engine failure in rough water",
    "work on the ground floor that removed a wall",
    "a broken valve at a pumping station"
  };
  private static final String[] FIRST = {
    "Anna", "Boris", "Clara", "Dario", "Elin", "Farid", "Greta", "Hugo", "Ines", "Jonas", "Kira",
    "Lev", "Maja", "Nils", "Olga", "Pavel", "Rosa", "Stefan", "Tara", "Viktor"
  };
  private static final String[] LAST = {
    "Albrek", "Barosz", "Cendal", "Dorvik", "Esterling", "Faltin", "Gorsky", "Halvard", "Ivetic",
    "Jurmal", "Kostrel", "Lindqvar", "Morane", "Novak", "Orsini", "Pelletar", "Quiller", "Rusak",
    "Sandor", "Tovel"
  };
  private static final String[] SYLLABLES = {
    "mar", "vel", "tor", "ka", "bren", "os", "lin", "dra", "sev", "ul", "pra", "nor", "gat", "ri",
    "zan", "hol", "mi", "ster", "vo", "len"
  };
  private static final String[] OUTLET_WORDS = {
    "Herald",
    "Courier",
    "Gazette",
    "Post",
    "Observer",
    "Tribune",
    "Voice",
    "Ledger",
    "Chronicle",
    "Times",
    "Dispatch",
    "Record",
    "Wire",
    "Bulletin",
    "Review"
  };

  private final long seed;

  public SyntheticNews(long seed) {
    this.seed = seed;
  }

  public static String capital(String s) {
    return s.substring(0, 1).toUpperCase(Locale.ROOT) + s.substring(1);
  }

  private static String pick(SplittableRandom r, String[] from) {
    return from[r.nextInt(from.length)];
  }

  private static String name(SplittableRandom r, int syllables) {
    StringBuilder b = new StringBuilder();
    for (int i = 0; i < syllables; i++) {
      b.append(pick(r, SYLLABLES));
    }
    return capital(b.toString());
  }

  /** The {@code n} outlets the corpus draws from; outlet {@code i} is the same in every story. */
  public static String outlet(int i) {
    SplittableRandom r = new SplittableRandom(1000 + i);
    return "The " + name(r, 2) + " " + OUTLET_WORDS[i % OUTLET_WORDS.length];
  }

  /** The {@code articles} reports of story {@code story}, as news-please JSON lines. */
  public List<String> story(int story, int articles) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + story);
    int kind = r.nextInt(EVENTS.length);
    String event = EVENTS[kind];
    String cause = CAUSES[kind];
    String town = name(r, 2 + r.nextInt(2));
    String region = name(r, 2);
    String river = name(r, 2);
    String agency = "the " + region + " Emergency Service";
    String spokesperson = pick(r, FIRST) + " " + pick(r, LAST);
    String mayor = pick(r, FIRST) + " " + pick(r, LAST);
    String witness = pick(r, FIRST) + " " + pick(r, LAST);
    LocalDate day0 = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(600));
    int dead = 2 + r.nextInt(12);
    int injured = 5 + r.nextInt(40);
    int evacuated = 100 * (3 + r.nextInt(40));
    int firstOutlet = r.nextInt(40);
    List<String> out = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      int days = a * 3 / Math.max(1, articles / 4 + 1);
      LocalDate day = day0.plusDays(days);
      int deadNow = dead + days * (1 + story % 3);
      int outletNo = (firstOutlet + a * 7) % 40;
      String outlet = outlet(outletNo);
      String cited = outlet((firstOutlet + (a - 1) * 7 + 40) % 40);
      boolean relay = a > 0 && r.nextInt(3) == 0;
      String when =
          day.getDayOfWeek().getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH);
      String title =
          switch (a % 4) {
            case 0 ->
                capital(event)
                    + " in "
                    + town
                    + ": "
                    + deadNow
                    + " dead, "
                    + evacuated
                    + " evacuated";
            case 1 -> "Death toll in " + town + " " + event + " rises to " + deadNow;
            case 2 -> town + " " + event + ": questions over " + cause;
            default -> "Residents of " + town + " count the cost of the " + event;
          };
      StringBuilder t = new StringBuilder();
      t.append(town.toUpperCase(Locale.ROOT))
          .append(", ")
          .append(day)
          .append(" - ")
          .append(deadNow)
          .append(" people have died and ")
          .append(injured + days)
          .append(" were injured after a ")
          .append(event)
          .append(" in ")
          .append(town)
          .append(" on ")
          .append(when)
          .append(", ")
          .append(agency)
          .append(" said.\n\n");
      t.append("About ")
          .append(evacuated)
          .append(" residents were evacuated from homes near the ")
          .append(river)
          .append(" river, spokesperson ")
          .append(spokesperson)
          .append(" told reporters in ")
          .append(region)
          .append(". Rescue teams were still searching ")
          .append(r.nextInt(2) == 0 ? "the lower town" : "the streets near the station")
          .append(".\n\n");
      if (relay) {
        t.append("According to ")
            .append(cited)
            .append(", ")
            .append(deadNow - 1)
            .append(" of the dead were from ")
            .append(town)
            .append(" itself.\n\n");
      }
      t.append("Mayor ")
          .append(mayor)
          .append(" said the town had warned of ")
          .append(cause)
          .append(" and asked the government for help. \"We need engineers here, not promises,\" ")
          .append(mayor.split(" ")[1])
          .append(" said.\n\n");
      t.append(witness)
          .append(", ")
          .append(25 + r.nextInt(50))
          .append(", said the ")
          .append(event)
          .append(" began shortly after ")
          .append(1 + r.nextInt(11))
          .append(" a.m. \"It was over in minutes,\" ")
          .append(witness.split(" ")[0])
          .append(" said.\n\n");
      t.append("Schools in ")
          .append(town)
          .append(" will stay closed until ")
          .append(
              day.plusDays(3 + r.nextInt(10))
                  .getDayOfWeek()
                  .getDisplayName(java.time.format.TextStyle.FULL, Locale.ENGLISH))
          .append(", and an inquiry into the ")
          .append(event)
          .append(" is due to report within ")
          .append(2 + r.nextInt(10))
          .append(" weeks.\n");
      ObjectNode j = JSON.createObjectNode();
      String slug =
          (town + "-" + event + "-" + story + "-" + a).toLowerCase(Locale.ROOT).replace(' ', '-');
      String domain =
          outlet.toLowerCase(Locale.ROOT).replace("the ", "").replace(' ', '-') + ".example";
      j.putArray("authors").add(pick(r, FIRST) + " " + pick(r, LAST));
      j.put(
          "date_publish",
          day + " " + String.format(Locale.ROOT, "%02d:%02d:00", 6 + a % 14, a % 60));
      j.put("language", "en");
      j.put("maintext", t.toString());
      j.put("source_domain", domain);
      j.put("title", title);
      j.put("url", "https://" + domain + "/news/" + slug);
      out.add(j.toString());
    }
    return out;
  }
}
