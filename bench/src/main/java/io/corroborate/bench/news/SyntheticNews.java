package io.corroborate.bench.news;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;

/**
 * Made-up news for load tests: stories of several reports each, so a big store can be filled in
 * seconds without anyone's real articles. Each story is its own event: its place, region, river,
 * agency, company and people are invented names built from syllables (tens of thousands of possible
 * names of each kind), and its event is a kind of incident at a kind of site with one of several
 * causes, so a hundred thousand reports tell thousands of distinct stories, as real news does,
 * rather than a few hundred that share every name. A report is several paragraphs drawn from a pool
 * (the lead, evacuations, quotes of officials and witnesses, figures of damage and aid, an inquiry,
 * earlier incidents, another outlet's account) until it reaches a length drawn around {@link
 * #medianChars()}, so reports run from a few short paragraphs to a long feature as real ones do.
 * Each story has a spokesperson's toll that grows from report to report, and some outlets cite
 * others, so dossiers have updates, agreements and relays to show. Same seed, same news.
 *
 * <pre>{@code List<String> jsonLines = new SyntheticNews(7).story(0, 20);}</pre>
 */
public final class SyntheticNews {
  private static final ObjectMapper JSON = new ObjectMapper();

  /** A report's length when none is asked for: a few paragraphs, as most web news is. */
  public static final int DEFAULT_MEDIAN_CHARS = 1000;

  private static final String[] EVENTS = {
    "flood",
    "fire",
    "collapse",
    "explosion",
    "storm",
    "landslide",
    "gas leak",
    "derailment",
    "chemical spill",
    "power outage",
    "blaze",
    "roof collapse",
    "dam breach",
    "mudslide",
    "boat capsizing",
    "tunnel cave-in"
  };
  private static final String[] SITES = {
    "warehouse",
    "market",
    "hospital wing",
    "school",
    "apartment block",
    "refinery",
    "rail depot",
    "bridge",
    "harbour",
    "printing works",
    "shopping centre",
    "mine",
    "stadium",
    "bus station",
    "grain silo",
    "textile factory",
    "ferry terminal",
    "hotel",
    "power plant",
    "quarry"
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
    "a broken valve at a pumping station",
    "a cigarette dropped near stored solvents",
    "corroded pipes that had been reported twice",
    "a crane that struck the main beam",
    "an overloaded transformer",
    "a blocked drain under the main road",
    "repairs left unfinished after a strike"
  };
  private static final String[] AGENCY_WORDS = {
    "Emergency Service",
    "Rescue Coordination Centre",
    "Fire and Rescue Service",
    "Disaster Management Agency",
    "Police Department",
    "Health Authority",
    "Water Board",
    "Transport Directorate"
  };
  private static final String[] COMPANY_WORDS = {
    "Holdings", "Logistics", "Industries", "Energy", "Construction", "Rail", "Chemicals", "Group"
  };
  private static final String[] SYLLABLES = {
    "mar", "vel", "tor", "ka", "bren", "os", "lin", "dra", "sev", "ul", "pra", "nor", "gat", "ri",
    "zan", "hol", "mi", "ster", "vo", "len", "bal", "cor", "dun", "el", "fen", "gol", "hav", "is",
    "jor", "kel", "lum", "mos", "nad", "or", "pel", "quin", "rav", "sul", "tam", "ur", "vin", "wes",
    "yar", "zel", "ash", "bor", "cal", "dov"
  };
  private static final String[] NAME_ENDINGS = {
    "", "", "", "a", "o", "ic", "ek", "ov", "ard", "in", "ska", "ar", "el", "is"
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
  private static final int OUTLETS = 400;

  private final long seed;
  private final int medianChars;

  /** Reports of about {@link #DEFAULT_MEDIAN_CHARS} characters (the median). */
  public SyntheticNews(long seed) {
    this(seed, DEFAULT_MEDIAN_CHARS);
  }

  /** Reports whose lengths in characters have {@code medianChars} as their median, roughly. */
  public SyntheticNews(long seed, int medianChars) {
    if (medianChars < 1) {
      throw new IllegalArgumentException("medianChars must be positive, got " + medianChars);
    }
    this.seed = seed;
    this.medianChars = medianChars;
  }

  /** The median length in characters the reports aim at. */
  public int medianChars() {
    return medianChars;
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

  /** A place or family name: two or three syllables and an ending. */
  private static String properName(SplittableRandom r) {
    return name(r, 2 + r.nextInt(2)) + pick(r, NAME_ENDINGS);
  }

  private static String person(SplittableRandom r) {
    return name(r, 2) + " " + properName(r);
  }

  /** The outlets the corpus draws from; outlet {@code i} is the same in every story. */
  public static String outlet(int i) {
    SplittableRandom r = new SplittableRandom(1000 + i);
    return "The " + name(r, 2) + " " + OUTLET_WORDS[i % OUTLET_WORDS.length];
  }

  private static String weekday(LocalDate d) {
    return d.getDayOfWeek().getDisplayName(TextStyle.FULL, Locale.ENGLISH);
  }

  private static String last(String fullName) {
    return fullName.substring(fullName.indexOf(' ') + 1);
  }

  /** The {@code articles} reports of story {@code story}, as news-please JSON lines. */
  public List<String> story(int story, int articles) {
    SplittableRandom r = new SplittableRandom(seed * 1_000_003L + story);
    String event = pick(r, EVENTS);
    String site = pick(r, SITES);
    String cause = pick(r, CAUSES);
    String town = properName(r);
    String region = properName(r);
    String river = properName(r);
    String district = properName(r);
    String agency = "the " + region + " " + pick(r, AGENCY_WORDS);
    String company = properName(r) + " " + pick(r, COMPANY_WORDS);
    String spokesperson = person(r);
    String mayor = person(r);
    String witness = person(r);
    String engineer = person(r);
    String doctor = person(r);
    String minister = person(r);
    LocalDate day0 = LocalDate.of(2025, 1, 1).plusDays(r.nextInt(900));
    int dead = 2 + r.nextInt(30);
    int injured = 5 + r.nextInt(120);
    int evacuated = 100 * (3 + r.nextInt(90));
    int population = 1000 * (8 + r.nextInt(400));
    int damageMillions = 2 + r.nextInt(300);
    int rescuers = 20 * (2 + r.nextInt(40));
    int aidMillions = 1 + r.nextInt(50);
    int earlierYear = 1990 + r.nextInt(30);
    int firstOutlet = r.nextInt(OUTLETS);
    int outletStep = 1 + 2 * r.nextInt(20);
    List<String> out = new ArrayList<>();
    for (int a = 0; a < articles; a++) {
      int days = a * 3 / Math.max(1, articles / 4 + 1);
      LocalDate day = day0.plusDays(days);
      int deadNow = dead + days * (1 + story % 3);
      int injuredNow = injured + days;
      String outlet = outlet((firstOutlet + a * outletStep) % OUTLETS);
      String cited = outlet((firstOutlet + (a - 1 + OUTLETS) * outletStep) % OUTLETS);
      String when = weekday(day);
      String title =
          switch (a % 5) {
            case 0 -> capital(event) + " at " + town + " " + site + ": " + deadNow + " dead";
            case 1 -> "Death toll in " + town + " " + event + " rises to " + deadNow;
            case 2 -> town + " " + event + ": questions over " + cause;
            case 3 -> "Residents of " + town + " count the cost of the " + site + " " + event;
            default -> region + " orders inquiry into " + town + " " + event;
          };
      List<String> paragraphs = new ArrayList<>();
      paragraphs.add(
          r.nextBoolean()
              ? town.toUpperCase(Locale.ROOT)
                  + ", "
                  + day
                  + " - "
                  + deadNow
                  + " people have died and "
                  + injuredNow
                  + " were injured after a "
                  + event
                  + " at a "
                  + site
                  + " in "
                  + town
                  + " on "
                  + when
                  + ", "
                  + agency
                  + " said."
              : "A "
                  + event
                  + " at a "
                  + site
                  + " in the "
                  + region
                  + " town of "
                  + town
                  + " has killed "
                  + deadNow
                  + " people and injured "
                  + injuredNow
                  + ", according to "
                  + agency
                  + ", which gave the figures late on "
                  + when
                  + ".");
      List<String> pool = new ArrayList<>();
      pool.add(
          "About "
              + evacuated
              + " residents were evacuated from homes near the "
              + river
              + " river, spokesperson "
              + spokesperson
              + " told reporters in "
              + region
              + ". Rescue teams were still searching the "
              + district
              + " district, where "
              + (2 + r.nextInt(20))
              + " people were unaccounted for.");
      pool.add(
          "Mayor "
              + mayor
              + " said the town had warned of "
              + cause
              + " and asked the government for help. \"We need engineers here, not promises,\" "
              + last(mayor)
              + " said.");
      pool.add(
          witness
              + ", "
              + (25 + r.nextInt(50))
              + ", said the "
              + event
              + " began shortly after "
              + (1 + r.nextInt(11))
              + " a.m. \"It was over in minutes. We ran towards the "
              + river
              + " and did not look back,\" "
              + witness.substring(0, witness.indexOf(' '))
              + " said.");
      pool.add(
          "The "
              + site
              + " belongs to "
              + company
              + ", which said in a statement that it was \"cooperating fully with the authorities\""
              + " and that "
              + (10 + r.nextInt(200))
              + " of its workers had been on site at the time.");
      pool.add(
          "Officials put the damage at "
              + damageMillions
              + " million euros, and "
              + rescuers
              + " rescuers from across "
              + region
              + " were sent to "
              + town
              + ", a town of about "
              + population
              + " people.");
      pool.add(
          "Doctor "
              + doctor
              + " of "
              + town
              + " General Hospital said "
              + (1 + r.nextInt(Math.max(1, injuredNow / 2)))
              + " of the injured were in a serious condition. \"We have called in every nurse we"
              + " have,\" "
              + last(doctor)
              + " said.");
      pool.add(
          "Engineer "
              + engineer
              + ", who inspected the "
              + site
              + " in "
              + (earlierYear + 5)
              + ", said "
              + cause
              + " had been known for years. \"Nobody wanted to pay for the repairs,\" "
              + last(engineer)
              + " said.");
      pool.add(
          "It is the worst "
              + event
              + " in "
              + region
              + " since "
              + earlierYear
              + ", when "
              + (dead + 3 + r.nextInt(40))
              + " people died in a similar disaster on the "
              + river
              + ".");
      pool.add(
          "Minister "
              + minister
              + " promised "
              + aidMillions
              + " million euros in aid and said an inquiry into the "
              + event
              + " would report within "
              + (2 + r.nextInt(10))
              + " weeks. \"Those responsible will answer for this,\" "
              + last(minister)
              + " said during a visit to "
              + town
              + ".");
      pool.add(
          "Schools in "
              + town
              + " will stay closed until "
              + weekday(day.plusDays(3 + r.nextInt(10)))
              + ", and trains between "
              + town
              + " and "
              + district
              + " were cancelled while crews cleared the line.");
      pool.add(
          "Volunteers handed out water and blankets at a sports hall in "
              + district
              + ", where "
              + (50 + r.nextInt(900))
              + " people spent the night. Local shops offered food free of charge.");
      if (a > 0) {
        pool.add(
            "According to "
                + cited
                + ", "
                + Math.max(1, deadNow - 1)
                + " of the dead were from "
                + town
                + " itself, and "
                + agency
                + " had been told about the risk in "
                + (earlierYear + 10)
                + ".");
      }
      // Shuffle the pool so reports of one story differ in what they tell and in what order.
      for (int i = pool.size() - 1; i > 0; i--) {
        int j = r.nextInt(i + 1);
        String x = pool.get(i);
        pool.set(i, pool.get(j));
        pool.set(j, x);
      }
      // Lengths spread around the median as real reports do: from half to twice it.
      int target = (int) (medianChars * Math.pow(2, r.nextDouble() * 2 - 1));
      int length = paragraphs.get(0).length();
      for (String p : pool) {
        if (length >= target) {
          break;
        }
        paragraphs.add(p);
        length += p.length() + 2;
      }
      ObjectNode j = JSON.createObjectNode();
      String slug =
          (town + "-" + event + "-" + story + "-" + a).toLowerCase(Locale.ROOT).replace(' ', '-');
      String domain =
          outlet.toLowerCase(Locale.ROOT).replace("the ", "").replace(' ', '-') + ".example";
      j.putArray("authors").add(person(r));
      j.put(
          "date_publish",
          day + " " + String.format(Locale.ROOT, "%02d:%02d:00", 6 + a % 14, a % 60));
      j.put("language", "en");
      j.put("maintext", String.join("\n\n", paragraphs) + "\n");
      j.put("source_domain", domain);
      j.put("title", title);
      j.put("url", "https://" + domain + "/news/" + slug);
      out.add(j.toString());
    }
    return out;
  }
}
