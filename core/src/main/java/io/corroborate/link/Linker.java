package io.corroborate.link;

import io.corroborate.lang.LanguagePack;
import io.corroborate.lang.Lexicon;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The link stage: groups mentions of one person, organisation, place, unit, document or event,
 * within an article and across the articles of one story, and says why for every merge.
 *
 * <pre>{@code LinkResult r = new Linker(LinkOptions.defaults()).link(mentions, textsByDocId);
 * for (Entity e : r.entities()) System.out.println(e.canonical() + " " + e.aliases() + " " + e.reasons());}
 * </pre>
 *
 * <p>The caller limits the mentions to one story (or one topic): every cross-document rule treats
 * all documents given as one story. Entities and events are linked apart; events use the linked
 * entities as their arguments. The cascade, strictest rules first, so that a later, looser rule
 * sees the groups the strict ones built and a name conflict found there blocks it:
 *
 * <ol>
 *   <li>same name in a document ("Kyiv" / "kyiv");
 *   <li>an acronym introduced in parentheses ("Security Service of Ukraine (SBU)" / "SBU");
 *   <li>apposition in one sentence ("Budanov, the head of the Main Intelligence Directorate"),
 *       which also records that role as supported for that entity; titles ("Sgt. Ri") do the same;
 *   <li>a surname joins the one full name in the document that ends or starts with it;
 *   <li>the same definite role noun repeated in a document ("the sniper" … "the sniper");
 *   <li>a role noun joins the one entity of the document that role was tied to in step 3 (or by a
 *       role word right before a name, "actress Dana Vell"); then a personal pronoun ("she", "him",
 *       "who") joins the nearest named person at most {@code pronounWindow} sentences back;
 *   <li>across documents: the same full name, and the same name once generic words go ("Veldan
 *       region" / "Veldan Oblast");
 *   <li>spelling and romanisation variants, word by word (Paek / Baek / Paik, Tuva / Tyva); then
 *       one typo in a long name whose other words agree ("Dorlian" / "Dorian Ronial Castillo"); the
 *       same words in another order; and a body's name tagged a person in one language ("Estado
 *       Velmoran") joins the one organisation or place of the same words;
 *   <li>acronyms: the same acronym, an acronym equal to a full name's initials (SSU), and
 *       transliterated acronyms (GUR / HUR);
 *   <li>people: an initial with the same surname ("A. Ri" / "Anna Ri"); a surname alone joins a
 *       full name only when one full name in the story has it, and surnames alone join each other
 *       only when no full name has it; a one-word organisation or place name joins the one longer
 *       name of the story it ends ("Saints" / "New Orleans Saints");
 *   <li>role nouns across documents: the one entity of the story that role was tied to; and, when
 *       enabled, unnamed role nouns with the same head;
 *   <li>events: the same or a synonymous event word, first within a document, then across
 *       documents, unless their arguments of one kind (time, place, participant) are different
 *       entities; words that only report speech ("said", "told") never merge by the word alone.
 * </ol>
 *
 * A merge never joins two groups that hold full names of different people ("Anna Ri" and "Tomas
 * Ri"), nor groups of incompatible types, whichever rule proposes it.
 */
public final class Linker {
  private final LinkOptions options;

  public Linker(LinkOptions options) {
    this.options = Objects.requireNonNull(options, "options");
  }

  /** Links mentions without the documents' texts: appositions are then not looked for. */
  public LinkResult link(List<Mention> mentions) {
    return link(mentions, Map.of());
  }

  /**
   * Links {@code mentions}; {@code texts} maps a document id to its text, which the apposition and
   * parenthesis rules read between two mentions' spans (a document without text skips them).
   */
  public LinkResult link(List<Mention> mentions, Map<String, String> texts) {
    return link(mentions, texts, new Memo());
  }

  /**
   * What linking one story keeps for its next linking: how each mention reads (its form, folded
   * words and keys), which depends on the mention alone, and the groups each document's own steps
   * (1 to 6b) built, which depend on that document's mentions and text alone. A story that grows by
   * one article reads that article's mentions and runs its document's steps; the steps across
   * documents run again over the kept groups, since one new name can change what is unique in the
   * story. Keep one per story; the links are the same as without it.
   *
   * <pre>{@code Linker.Memo memo = new Linker.Memo();}</pre>
   */
  public static final class Memo {
    private Map<Mention, Info> read = new HashMap<>();

    /** Each article's mentions by its id, with the annotation they were read from. */
    Map<String, Link.Read> mentions = new HashMap<>();

    /** Each document's words that may be names in another script. */
    private final ScriptNames.Memo scripts = new ScriptNames.Memo();

    /** What each document's own steps (1 to 6b) built, by document id. */
    private Map<String, DocLinks> documents = new HashMap<>();
  }

  /**
   * Links {@code mentions} as {@link #link(List, Map)} does, reusing what {@code memo} kept of the
   * mentions it has seen before and keeping what it reads now (only the mentions of this call).
   */
  public LinkResult link(List<Mention> mentions, Map<String, String> texts, Memo memo) {
    Objects.requireNonNull(mentions, "mentions");
    Objects.requireNonNull(texts, "texts");
    Objects.requireNonNull(memo, "memo");
    synchronized (memo) {
      Map<Mention, Info> before = memo.read;
      memo.read = new HashMap<>();
      Map<String, DocLinks> documents = memo.documents;
      memo.documents = new HashMap<>();
      return link(mentions, texts, before, memo.read, memo.scripts, documents, memo.documents);
    }
  }

  private LinkResult link(
      List<Mention> mentions,
      Map<String, String> texts,
      Map<Mention, Info> before,
      Map<Mention, Info> now,
      ScriptNames.Memo scripts,
      Map<String, DocLinks> documentsBefore,
      Map<String, DocLinks> documentsNow) {
    List<String> warnings = new ArrayList<>();
    List<Info> infos = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    for (Mention m : mentions) {
      Objects.requireNonNull(m, "mention");
      if (!seen.add(m.id())) {
        warnings.add(
            "mention id "
                + m.id()
                + " given twice; the second one (\""
                + m.text()
                + "\") is ignored");
        continue;
      }
      Info known = before.get(m);
      Info info = known == null ? new Info(infos.size(), m) : known.at(infos.size());
      now.put(m, info);
      infos.add(info);
    }
    // Names of the story that other scripts write and the language layer left untagged: candidates
    // the cascade keeps only where they join the one entity they name (step 10f).
    Map<Integer, Set<Integer>> spelledAs = new HashMap<>();
    Set<Integer> bySurname = new HashSet<>();
    for (ScriptNames.Found f :
        ScriptNames.find(targets(infos), texts, tagged(infos), options, scripts)) {
      Mention m =
          Mention.entity(
              f.docId() + ":" + FOUND_ID + f.span().start(),
              f.docId(),
              f.span(),
              f.text(),
              "",
              infos.get(f.targets().iterator().next()).m.type(),
              sentenceOf(infos, f));
      if (seen.add(m.id())) {
        spelledAs.put(infos.size(), f.targets());
        if (f.surname()) {
          bySurname.add(infos.size());
        }
        infos.add(new Info(infos.size(), m, true));
      }
    }
    Run run = new Run(infos, texts, spelledAs, documentsBefore, documentsNow);
    run.bySurname.addAll(bySurname);
    run.linkEntities();
    run.linkEvents();
    return new LinkResult(run.entities(), warnings);
  }

  /** The mark in the id of a mention found in another script: the document id, this, its start. */
  static final String FOUND_ID = "script@";

  /**
   * The story's names in Latin letters that another script may write: every name's words, and a
   * person's surname alone. A name is read from a mention of the type most of its mentions have
   * (the first such in input order), so that one mention the language layer tagged with another
   * type ("Elon Musk" an organisation once among many times a person) does not take the name's
   * spellings in other scripts to a group of its own.
   */
  private static List<ScriptNames.Target> targets(List<Info> infos) {
    Map<List<String>, List<Info>> byWords = new LinkedHashMap<>();
    for (Info i : infos) {
      if (i.form != Form.NAME
          || i.m.kind() != Mention.Kind.ENTITY
          || i.m.type().isEmpty()
          || !i.latinName) {
        continue;
      }
      byWords.computeIfAbsent(i.words, w -> new ArrayList<>()).add(i);
    }
    List<ScriptNames.Target> out = new ArrayList<>();
    for (Map.Entry<List<String>, List<Info>> e : byWords.entrySet()) {
      Info i = mostTyped(e.getValue());
      out.add(new ScriptNames.Target(e.getKey(), i.index));
      if (i.person() && e.getKey().size() >= 2) {
        List<String> surname = List.of(e.getKey().get(e.getKey().size() - 1));
        out.add(new ScriptNames.Target(surname, i.index, true));
      }
    }
    return out;
  }

  /** The first of the mentions whose type is the most frequent among them. */
  private static Info mostTyped(List<Info> same) {
    Map<String, Integer> count = new HashMap<>();
    same.forEach(i -> count.merge(i.m.type(), 1, Integer::sum));
    Info best = same.get(0);
    for (Info i : same) {
      if (count.get(i.m.type()) > count.get(best.m.type())) {
        best = i;
      }
    }
    return best;
  }

  /** Whether every letter of a name is a Latin one. */
  private static boolean latin(String name) {
    return name.codePoints()
        .filter(Character::isLetter)
        .allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.LATIN);
  }

  /** The spans of the entity mentions given, by document. */
  private static Map<String, List<io.corroborate.model.Span>> tagged(List<Info> infos) {
    Map<String, List<io.corroborate.model.Span>> out = new HashMap<>();
    for (Info i : infos) {
      if (i.m.kind() == Mention.Kind.ENTITY) {
        out.computeIfAbsent(i.m.docId(), d -> new ArrayList<>()).add(i.m.span());
      }
    }
    return out;
  }

  /** The sentence of a found name: that of the last mention given before it in its document. */
  private static int sentenceOf(List<Info> infos, ScriptNames.Found f) {
    int sentence = 0;
    int best = -1;
    for (Info i : infos) {
      if (i.m.docId().equals(f.docId())
          && i.m.span().start() <= f.span().start()
          && i.m.span().start() > best) {
        best = i.m.span().start();
        sentence = i.m.sentence();
      }
    }
    return sentence;
  }

  /** What the rules need to know about one mention, computed once. */
  private static final class Info {
    final int index;
    final Mention m;
    final Form form;

    /** Folded name words without determiners, titles, possessives or a parenthetical. */
    final List<String> words;

    /** The same words as written, for the canonical name. */
    final List<String> display;

    final String key;

    /** The name as written, its words joined. */
    final String joined;

    /** A name ({@link Form#NAME}) whose every letter is a Latin one. */
    final boolean latinName;

    /**
     * The key once generic place and organisation words are gone ("veldan" for "Veldan region").
     */
    final String coreKey;

    final List<String> coreWords;
    final String determiner;
    final String title;
    final Optional<String> parentheticalAcronym;

    /** The stem of a role noun's head or of an event's word. */
    final String lemma;

    Info(int index, Mention m) {
      this(index, m, false);
    }

    /** {@code found}: a name found in another script, which is a name whatever its case. */
    Info(int index, Mention m, boolean found) {
      this.index = index;
      this.m = m;
      List<String> w = new ArrayList<>(Names.words(Names.withoutParenthetical(m.text())));
      String det = "";
      // "A. Ri" starts with an initial, not the article "a".
      boolean initial = INITIAL.matcher(m.text()).lookingAt();
      while (!initial && !w.isEmpty() && Names.DETERMINERS.contains(Names.fold(w.get(0)))) {
        det = Names.fold(w.remove(0));
      }
      this.determiner = det;
      String headWord =
          m.head().isBlank() ? (w.isEmpty() ? "" : w.get(w.size() - 1)) : m.head().strip();
      Form f;
      String ttl = "";
      List<String> disp = w;
      List<String> rawWords = Names.words(m.text());
      if (m.kind() == Mention.Kind.EVENT) {
        f = Form.EVENT;
      } else if (found && !w.isEmpty()) {
        f = Form.NAME;
      } else if (rawWords.size() == 1 && Names.PRONOUNS.contains(Names.fold(rawWords.get(0)))) {
        f = Form.PRONOUN;
      } else if (w.isEmpty()) {
        f = Form.OTHER;
      } else if (w.size() == 1 && Names.isAcronym(w.get(0))) {
        f = Form.ACRONYM;
      } else {
        // A name is the run of capitalised words (joining words allowed inside) that ends the
        // mention; lower-case words before it are modifiers ("former"), titles are set aside.
        int last = w.size();
        while (last > 1 && Names.GENERIC.contains(w.get(last - 1))) {
          last--; // "the Veldan region": a lower-case generic word may follow the name
        }
        int end = last;
        int start = end;
        while (start > 0
            && (capitalised(w.get(start - 1))
                || (start < end && Names.JOINERS.contains(Names.fold(w.get(start - 1)))))) {
          start--;
        }
        while (start < end && Names.JOINERS.contains(Names.fold(w.get(start)))) {
          start++;
        }
        // "rivière Ostrand", "the river Ostrand": a lower-case word right before the name that says
        // what kind of place or body it is belongs to the name, not to its modifiers.
        if (start > 0
            && start < end
            && !capitalised(w.get(start - 1))
            && Names.kindWord(Names.fold(w.get(start - 1)))) {
          start--;
        }
        boolean headIsCommon =
            !m.head().isBlank()
                && !capitalised(m.head().strip())
                && !Names.GENERIC.contains(Names.fold(m.head().strip()));
        if (start < end && capitalised(w.get(end - 1)) && !headIsCommon) {
          List<String> run = new ArrayList<>(w.subList(start, w.size()));
          while (run.size() > 1 && Names.TITLES.contains(Names.fold(run.get(0)))) {
            ttl = Names.fold(run.remove(0));
          }
          if (start > 0 && Names.TITLES.contains(Names.fold(w.get(start - 1)))) {
            ttl = Names.fold(w.get(start - 1));
          }
          disp = run;
          f = Form.NAME;
        } else if (det.isEmpty()
            && w.size() <= 3
            && isNamedType(m.type())
            && !Names.PRONOUNS.contains(Names.fold(w.get(0)))) {
          // A name written in lower case ("kyiv"): it can only meet a name with the same letters.
          f = Form.BARE;
        } else {
          f = Form.NOMINAL;
        }
      }
      this.form = f;
      // "the head of the Directorate (GUR)": the acronym belongs to the name it follows, which is a
      // mention of its own, not to the role noun around it.
      this.parentheticalAcronym =
          f == Form.NAME ? Names.parentheticalAcronym(m.text()) : Optional.empty();
      this.title = ttl;
      this.display = List.copyOf(disp);
      List<String> folded = new ArrayList<>();
      for (String s : disp) {
        folded.add(f == Form.ACRONYM ? Names.acronymKey(s) : Names.fold(s));
      }
      this.words = List.copyOf(folded);
      this.key = String.join(" ", folded);
      this.joined =
          f == Form.NAME ? Names.asWritten(m.text(), this.display) : String.join(" ", this.display);
      this.latinName = f == Form.NAME && latin(this.joined);
      List<String> core = new ArrayList<>();
      for (String s : folded) {
        // Common words of names in their English form ("estado" is "state"): one name in several
        // languages has the same core words.
        String word = f == Form.ACRONYM ? s : Names.nameWord(s);
        if (!Names.GENERIC.contains(word)) {
          core.add(word);
        }
      }
      this.coreWords = core.isEmpty() ? this.words : List.copyOf(core);
      this.coreKey = String.join(" ", coreWords);
      this.lemma =
          headWord.isEmpty()
              ? ""
              : (f == Form.EVENT ? Lemmas.key(headWord) : Lemmas.stem(headWord));
    }

    private Info(int index, Info read) {
      this.index = index;
      this.m = read.m;
      this.form = read.form;
      this.words = read.words;
      this.display = read.display;
      this.key = read.key;
      this.joined = read.joined;
      this.latinName = read.latinName;
      this.coreKey = read.coreKey;
      this.coreWords = read.coreWords;
      this.determiner = read.determiner;
      this.title = read.title;
      this.parentheticalAcronym = read.parentheticalAcronym;
      this.lemma = read.lemma;
    }

    /** The same reading of the same mention, at another place in a run's list. */
    Info at(int newIndex) {
      return newIndex == index ? this : new Info(newIndex, this);
    }

    boolean named() {
      return form == Form.NAME || form == Form.ACRONYM || form == Form.BARE;
    }

    boolean person() {
      return m.type().isEmpty() || m.type().equals("PERSON");
    }

    private static boolean capitalised(String w) {
      // A letter of a script without case (Arabic, Hangul, katakana) starts a name as a capital
      // does.
      return !w.isEmpty()
          && (Character.isUpperCase(w.codePointAt(0))
              || Character.isTitleCase(w.codePointAt(0))
              || Character.getType(w.codePointAt(0)) == Character.OTHER_LETTER);
    }

    private static boolean isNamedType(String type) {
      return switch (type) {
          // Not PERSON: a lower-case word typed as a person is a role noun ("pirates"), not a name.
        case "ORGANIZATION", "LOCATION", "UNIT", "DOCUMENT", "GPE" -> true;
        default -> false;
      };
    }
  }

  /** A role tied to a name by a document's appositions and titles (the name's place in a run). */
  private record Tie(String roleStem, int index) {}

  /**
   * What one document's own steps (1 to 6b) built: its groups, each with its members, reasons and
   * names, and the roles its appositions and titles tied to names. Those steps read the document's
   * mentions and text alone, so while these are unchanged the groups are put back as they were
   * instead of being built again; places are kept relative to the document's first mention, which
   * moves as the story grows.
   */
  private static final class DocLinks {
    final LinkOptions options;
    final String text;

    /**
     * The document's mentions in the order the steps saw them, and which were found in another
     * script.
     */
    final Mention[] mentions;

    final boolean[] found;

    /** Each mention's group, as the place of the group's first-kept mention among them. */
    final int[] root;

    /** Each group, by the place of its root. */
    final Map<Integer, Kept> groups;

    final List<Tie> ties;

    /** A group as the document's steps left it, its members as places in the document. */
    private record Kept(
        int[] members,
        List<MergeReason> reasons,
        List<String> types,
        List<List<String>> fullNames,
        List<String> acronyms,
        boolean hasName) {}

    private DocLinks(
        LinkOptions options,
        String text,
        Mention[] mentions,
        boolean[] found,
        int[] root,
        Map<Integer, Kept> groups,
        List<Tie> ties) {
      this.options = options;
      this.text = text;
      this.mentions = mentions;
      this.found = found;
      this.root = root;
      this.groups = groups;
      this.ties = ties;
    }

    /** What {@code run}'s steps built over {@code doc}, with {@code ties} at run places. */
    static DocLinks of(
        LinkOptions options, Linker.Run run, List<Info> doc, String text, List<Tie> ties) {
      Map<Integer, Integer> place = new HashMap<>();
      for (int k = 0; k < doc.size(); k++) {
        place.put(doc.get(k).index, k);
      }
      Mention[] mentions = new Mention[doc.size()];
      boolean[] found = new boolean[doc.size()];
      int[] root = new int[doc.size()];
      Map<Integer, Kept> groups = new HashMap<>();
      for (int k = 0; k < doc.size(); k++) {
        Info i = doc.get(k);
        mentions[k] = i.m;
        found[k] = run.spelledAs.containsKey(i.index);
        int r = run.find(i.index);
        Integer at = place.get(r);
        if (at == null) {
          return null; // joined to another document's mention: nothing to keep
        }
        root[k] = at;
        if (r == i.index) {
          Group g = run.groups.get(r);
          int[] members = new int[g.members.size()];
          for (int n = 0; n < members.length; n++) {
            Integer p = place.get(g.members.get(n));
            if (p == null) {
              return null;
            }
            members[n] = p;
          }
          if (!g.arguments.isEmpty()) {
            return null;
          }
          groups.put(
              k,
              new Kept(
                  members,
                  List.copyOf(g.reasons),
                  List.copyOf(g.types),
                  List.copyOf(g.fullNames),
                  List.copyOf(g.acronyms),
                  g.hasName));
        }
      }
      List<Tie> local = new ArrayList<>();
      for (Tie t : ties) {
        Integer p = place.get(t.index());
        if (p == null) {
          return null;
        }
        local.add(new Tie(t.roleStem(), p));
      }
      return new DocLinks(options, text, mentions, found, root, groups, List.copyOf(local));
    }

    /**
     * Whether these were built with {@code options} from the same mentions and text as {@code
     * doc}'s.
     */
    boolean holds(LinkOptions options, List<Info> doc, String text, Linker.Run run) {
      if (!this.options.equals(options)
          || doc.size() != mentions.length
          || !java.util.Objects.equals(this.text, text)) {
        return false;
      }
      for (int k = 0; k < mentions.length; k++) {
        Info i = doc.get(k);
        if ((i.m != mentions[k] && !i.m.equals(mentions[k]))
            || run.spelledAs.containsKey(i.index) != found[k]) {
          return false;
        }
      }
      return true;
    }

    /**
     * Puts {@code doc}'s groups and tied roles into {@code run} as the document's steps built them.
     */
    void replay(Linker.Run run, List<Info> doc) {
      for (int k = 0; k < root.length; k++) {
        int index = doc.get(k).index;
        run.parent[index] = doc.get(root[k]).index;
        if (root[k] != k) {
          run.groups.remove(index);
        }
      }
      for (Map.Entry<Integer, Kept> e : groups.entrySet()) {
        Kept kept = e.getValue();
        Group g = new Group();
        for (int m : kept.members()) {
          g.members.add(doc.get(m).index);
        }
        g.reasons.addAll(kept.reasons());
        g.types.addAll(kept.types());
        g.fullNames.addAll(kept.fullNames());
        g.acronyms.addAll(kept.acronyms());
        g.hasName = kept.hasName();
        run.groups.put(doc.get(e.getKey()).index, g);
      }
      for (Tie t : ties) {
        run.rolesInStory
            .computeIfAbsent(t.roleStem(), x -> new LinkedHashSet<>())
            .add(doc.get(t.index()).index);
      }
    }
  }

  private enum Form {
    NAME,
    ACRONYM,
    BARE,
    NOMINAL,
    PRONOUN,
    OTHER,
    EVENT
  }

  /** A group of mentions under construction: what the conflict checks need, merged on union. */
  private static final class Group {
    final List<Integer> members = new ArrayList<>();
    final List<MergeReason> reasons = new ArrayList<>();
    final Set<String> types = new HashSet<>();

    /** Full names of people (two words or more), folded words. */
    final Set<List<String>> fullNames = new LinkedHashSet<>();

    final Set<String> acronyms = new LinkedHashSet<>();

    /** For events: argument kind → ids of the argument mentions (resolved to entities on use). */
    final Map<String, Set<Integer>> arguments = new HashMap<>();

    boolean hasName;
  }

  private final class Run {
    final List<Info> infos;
    final Map<String, String> texts;
    final int[] parent;
    final Map<Integer, Group> groups = new HashMap<>();
    final Map<String, Integer> indexById = new HashMap<>();

    /** (document, role stem) → groups the role was tied to by apposition or title. */
    final Map<String, Set<Integer>> rolesInDocument = new HashMap<>();

    final Map<String, Set<Integer>> rolesInStory = new HashMap<>();

    /** What each document's own steps built in the story's last linking, by document id. */
    final Map<String, DocLinks> keptBefore;

    /** What they built in this one, to keep for the next. */
    final Map<String, DocLinks> keptNow;

    /** The roles tied to names by the document being linked, in order, while one is. */
    List<Tie> ties;

    /** How many times two groups were joined: what was computed from the groups before is stale. */
    int merges;

    /** Mentions found in another script → the mentions whose Latin names they write. */
    final Map<Integer, Set<Integer>> spelledAs;

    /** Those of them found as a person's surname on its own. */
    final Set<Integer> bySurname = new HashSet<>();

    Run(
        List<Info> infos,
        Map<String, String> texts,
        Map<Integer, Set<Integer>> spelledAs,
        Map<String, DocLinks> keptBefore,
        Map<String, DocLinks> keptNow) {
      this.infos = infos;
      this.keptBefore = keptBefore;
      this.keptNow = keptNow;
      this.texts = texts;
      this.spelledAs = spelledAs;
      this.parent = new int[infos.size()];
      for (Info i : infos) {
        parent[i.index] = i.index;
        indexById.put(i.m.id(), i.index);
        Group g = new Group();
        g.members.add(i.index);
        if (!i.m.type().isEmpty()) {
          g.types.add(i.m.type());
        }
        // A name found in another script is held to the Latin name it writes, which its group's
        // checks read; its own letters would be compared as if they were Latin.
        if (i.form == Form.NAME
            && i.person()
            && i.words.size() >= 2
            && !spelledAs.containsKey(i.index)) {
          g.fullNames.add(i.words);
        }
        if (i.form == Form.ACRONYM) {
          g.acronyms.add(i.key);
        }
        i.parentheticalAcronym.ifPresent(g.acronyms::add);
        g.hasName = i.named();
        groups.put(i.index, g);
      }
    }

    int find(int x) {
      while (parent[x] != x) {
        parent[x] = parent[parent[x]];
        x = parent[x];
      }
      return x;
    }

    Group group(int x) {
      return groups.get(find(x));
    }

    /**
     * Joins the groups of {@code a} and {@code b} unless they conflict; true when joined (or
     * already one).
     */
    boolean union(Info a, Info b, Rule rule, String detail) {
      int ra = find(a.index);
      int rb = find(b.index);
      if (ra == rb) {
        return true;
      }
      Group ga = groups.get(ra);
      Group gb = groups.get(rb);
      // A mention tagged with another type than the name it shares, a body's name tagged a person
      // and a country's name tagged a person or a body are the cases where types may differ.
      if (conflict(
          ga,
          gb,
          rule != Rule.SAME_NAME_OTHER_TYPE
              && rule != Rule.BODY_TAGGED_PERSON
              && rule != Rule.SAME_COUNTRY)) {
        return false;
      }
      if (ga.members.size() < gb.members.size()) {
        int t = ra;
        ra = rb;
        rb = t;
        Group tg = ga;
        ga = gb;
        gb = tg;
      }
      parent[rb] = ra;
      merges++;
      ga.members.addAll(gb.members);
      ga.reasons.addAll(gb.reasons);
      ga.reasons.add(
          new MergeReason(rule.label(), List.of(a.m.id(), b.m.id()), rule.confidence(), detail));
      ga.types.addAll(gb.types);
      ga.fullNames.addAll(gb.fullNames);
      ga.acronyms.addAll(gb.acronyms);
      for (Map.Entry<String, Set<Integer>> arg : gb.arguments.entrySet()) {
        ga.arguments.computeIfAbsent(arg.getKey(), x -> new HashSet<>()).addAll(arg.getValue());
      }
      ga.hasName |= gb.hasName;
      groups.remove(rb);
      return true;
    }

    boolean conflict(Group a, Group b) {
      return conflict(a, b, true);
    }

    boolean conflict(Group a, Group b, boolean checkTypes) {
      if (checkTypes
          && !a.types.isEmpty()
          && !b.types.isEmpty()
          && a.types.stream().noneMatch(b.types::contains)) {
        return true;
      }
      for (List<String> x : a.fullNames) {
        for (List<String> y : b.fullNames) {
          if (!samePerson(x, y) && !bridged(x, y, a, b)) {
            return true;
          }
        }
      }
      if (options.eventArgumentCheck()) {
        for (Map.Entry<String, Set<Integer>> e : a.arguments.entrySet()) {
          Set<Integer> other = b.arguments.get(e.getKey());
          if (other == null || other.isEmpty() || e.getValue().isEmpty()) {
            continue;
          }
          Set<Integer> ra = new HashSet<>();
          e.getValue().forEach(i -> ra.add(find(i)));
          boolean shared = false;
          for (int i : other) {
            if (ra.contains(find(i))) {
              shared = true;
              break;
            }
          }
          if (!shared) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Two shorter forms of one longer full name the groups hold: "Anis Varn" and "Teo Varn" are
     * both "Teodor Anis Varn".
     */
    boolean bridged(List<String> x, List<String> y, Group a, Group b) {
      for (Group g : List.of(a, b)) {
        for (List<String> z : g.fullNames) {
          if (z.size() > Math.max(x.size(), y.size()) && samePerson(x, z) && samePerson(y, z)) {
            return true;
          }
        }
      }
      return false;
    }

    /**
     * Two full names of one person: the same words up to spelling, or an initial for a first name.
     */
    boolean samePerson(List<String> x, List<String> y) {
      if (String.join("", x).equals(String.join("", y)) || roman(x).equals(roman(y))) {
        return true;
      }
      // One typo in a long full name ("Roland Bulter"): the same person.
      if (Names.typoWord(x, y).isPresent()) {
        return true;
      }
      List<String> shorter = x.size() <= y.size() ? x : y;
      List<String> longer = x.size() <= y.size() ? y : x;
      String last = shorter.get(shorter.size() - 1);
      String longerLast = longer.get(longer.size() - 1);
      // A surname with one typo in a long name ("Roland Bulter") is still the surname.
      if (!sameWord(last, longerLast)
          && !(Names.letters(shorter) >= Names.TYPO_MIN_LETTERS && Names.typo(last, longerLast))) {
        return false;
      }
      // Every word of the shorter name, in order, in the longer one: "Dana Vell" is in "Dana
      // Maria Vell", "A. Ri" in "Anna Ri"; "Anna Ri" is not in "Tomas Ri".
      int at = 0;
      for (String w : shorter.subList(0, shorter.size() - 1)) {
        while (at < longer.size() - 1
            && !sameWord(w, longer.get(at))
            && !shortForm(w, longer.get(at))) {
          at++;
        }
        if (at >= longer.size() - 1) {
          return false;
        }
        at++;
      }
      return true;
    }

    /**
     * A first name and its short form, one the start of the other: "Teodor" / "Teo" (three letters
     * at least).
     */
    boolean shortForm(String a, String b) {
      String s = a.length() <= b.length() ? a : b;
      String l = s == a ? b : a;
      return s.length() >= 3 && l.length() > s.length() && l.startsWith(s);
    }

    boolean sameWord(String a, String b) {
      if (a.length() == 1 || b.length() == 1) {
        return a.charAt(0) == b.charAt(0);
      }
      return variants(a, b);
    }

    String roman(List<String> words) {
      StringBuilder b = new StringBuilder();
      for (String w : words) {
        b.append(roman(w));
      }
      return b.toString();
    }

    List<Info> entityInfos() {
      return infos.stream().filter(i -> i.m.kind() == Mention.Kind.ENTITY).toList();
    }

    void linkEntities() {
      List<Info> all = entityInfos();
      // Found names join across documents only by what they transliterate (step 10f).
      List<Info> ents = all.stream().filter(i -> !spelledAs.containsKey(i.index)).toList();
      Map<String, List<Info>> byDoc = new LinkedHashMap<>();
      for (Info i : all) {
        byDoc.computeIfAbsent(i.m.docId(), d -> new ArrayList<>()).add(i);
      }
      for (List<Info> doc : byDoc.values()) {
        String docId = doc.get(0).m.docId();
        DocLinks kept = keptBefore.get(docId);
        if (kept != null && kept.holds(options, doc, texts.get(docId), this)) {
          kept.replay(this, doc);
        } else {
          kept = linkDocument(doc);
        }
        if (kept != null) {
          keptNow.put(docId, kept);
        }
      }
      // A role noun that a document's rules put in a named entity supports that role story-wide.
      for (Info i : ents) {
        if (i.form == Form.NOMINAL
            && !i.lemma.isEmpty()
            && !i.m.type().isEmpty()
            && group(i.index).hasName
            && definite(i)) {
          Info named =
              group(i.index).members.stream()
                  .map(infos::get)
                  .filter(j -> j.form == Form.NAME)
                  .findFirst()
                  .orElse(i);
          rolesInStory.computeIfAbsent(i.lemma, k -> new LinkedHashSet<>()).add(named.index);
        }
      }
      // 7. Across documents: the same full name, then the same name without generic words.
      joinGroups(
          ents,
          i -> crossName(i) ? Optional.of(i.key) : Optional.empty(),
          Rule.SAME_NAME,
          "same name");
      joinGroups(
          ents,
          i -> crossName(i) && !i.person() ? Optional.of(i.coreKey) : Optional.empty(),
          Rule.GENERIC_WORD,
          "same name once generic words are set aside");
      // 7b. A country by the name another language gives it ("Syrien", "Siria", "Syria").
      // A one-word name tagged a person that only another language gives a country ("Turquie" in
      // a French report the English tagger read) is that country too.
      joinGroups(
          ents,
          i ->
              crossName(i) && !i.person()
                  ? CountryNames.code(i.coreWords)
                  : i.person() && i.named() && i.words.size() == 1
                      ? CountryNames.foreignCode(i.words)
                      : Optional.empty(),
          Rule.SAME_COUNTRY,
          "the same country named in another language");
      // 8. Spelling and romanisation variants, word by word.
      spellingVariants(ents);
      // 8a. One typo in a long name whose other words agree ("Dorlian Ronial Castillo Cabrera").
      typos(ents);
      // 8b. Organisation and place names of the same words in another order ("Court of Velm
      // Appeals" / "Velm Appeals Court").
      joinGroups(
          ents,
          i -> crossName(i) && !i.person() ? wordSet(i) : Optional.empty(),
          Rule.WORD_ORDER,
          "the same words in another order");
      // 8c. A name tagged a person whose words say what kind of body or place it is ("Estado
      // Velmorano") is the one organisation or place of the story with the same words.
      bodiesTaggedPeople(ents);
      // 9. Acronyms across documents.
      acronymsAcross(ents);
      // 10. People: initials, then surnames alone.
      people(ents);
      // 10f. A name found in another script joins the one entity whose Latin name it writes.
      transliterations();
      // 11. Role nouns across documents.
      if (options.linkRoleNouns()) {
        rolesIn(ents, rolesInStory::get, Rule.ROLE_IN_STORY);
      }
      if (options.nominalsAcrossDocuments()) {
        joinGroups(
            ents.stream().filter(i -> i.form == Form.NOMINAL && !group(i.index).hasName).toList(),
            i -> i.lemma.isEmpty() ? Optional.empty() : Optional.of(i.lemma),
            Rule.SAME_ROLE_NOUN,
            "same role noun");
      }
    }

    /**
     * Steps 1 to 6b over one document's mentions: they join mentions of that document alone and
     * read nothing of the others, so what they build is kept for the story's next linking.
     */
    DocLinks linkDocument(List<Info> doc) {
      ties = new ArrayList<>();
      // 1. The same name within a document, case and diacritics folded.
      joinGroups(
          doc,
          i -> i.named() ? Optional.of(i.key) : Optional.empty(),
          Rule.SAME_NAME_IN_DOCUMENT,
          "same name");
      // 2. Acronyms introduced in parentheses, inside the mention or right after it.
      acronymsIntroduced(doc);
      // 3. Appositions and titles tie a role to a name.
      appositions(doc);
      // 4. A surname alone joins the one full name of the document with that surname.
      surnamesInDocument(doc);
      // 5. The same definite role noun, repeated in the document.
      if (options.repeatedNominalsInDocument()) {
        joinGroups(
            doc,
            i ->
                i.form == Form.NOMINAL && definite(i) && !i.lemma.isEmpty()
                    ? Optional.of(i.lemma)
                    : Optional.empty(),
            Rule.REPEATED_NOMINAL,
            "same role noun repeated");
      }
      // 6. A role noun joins the one entity of the document the role was tied to.
      if (options.linkRoleNouns()) {
        rolesIn(
            doc, r -> rolesInDocument.get(doc.get(0).m.docId() + "|" + r), Rule.ROLE_IN_DOCUMENT);
      }
      // 6b. A personal pronoun joins the nearest named person before it.
      if (options.pronounWindow() > 0) {
        pronouns(doc);
      }
      DocLinks kept = DocLinks.of(options, this, doc, texts.get(doc.get(0).m.docId()), ties);
      ties = null;
      return kept;
    }

    /**
     * Step 8c. The taggers of two languages may type one body's name apart: "Estado Velmorano"
     * tagged a person in Spanish, "Velmoran State" an organisation in English. A name tagged a
     * person with a common word of bodies and places ({@link Names#kindWord}: "state", "bridge",
     * "river") joins the one organisation or place of the story with the same words, in English
     * form and any order; the words and the other mentions outweigh the one tag, so the name no
     * longer counts as a person's full name.
     */
    void bodiesTaggedPeople(List<Info> ents) {
      Map<String, List<Info>> bodies = new HashMap<>();
      for (Info i : ents) {
        if (i.form == Form.NAME && !i.person()) {
          wordSet(i).ifPresent(k -> bodies.computeIfAbsent(k, x -> new ArrayList<>()).add(i));
        }
      }
      if (bodies.isEmpty()) {
        return;
      }
      for (Info i : ents) {
        if (i.form != Form.NAME
            || !i.m.type().equals("PERSON")
            || i.words.stream().noneMatch(Names::kindWord)) {
          continue;
        }
        Optional<String> k = wordSet(i);
        if (k.isEmpty()) {
          continue;
        }
        Map<Integer, Info> roots = new LinkedHashMap<>();
        for (Info b : bodies.getOrDefault(k.get(), List.of())) {
          roots.putIfAbsent(find(b.index), b);
        }
        if (roots.size() != 1 || roots.containsKey(find(i.index))) {
          continue;
        }
        Info body = roots.values().iterator().next();
        Group own = group(i.index);
        boolean wasFullName = own.fullNames.remove(i.words);
        boolean joined =
            union(
                body,
                i,
                Rule.BODY_TAGGED_PERSON,
                quote(i)
                    + " was tagged a person, but its words name a body or place as "
                    + quote(body)
                    + " does ("
                    + body.m.type().toLowerCase(java.util.Locale.ROOT)
                    + ")");
        if (!joined && wasFullName) {
          own.fullNames.add(i.words);
        }
      }
    }

    /** Whether every word of {@code shorter} is in {@code longer}, in the same order. */
    boolean inOrder(List<String> shorter, List<String> longer) {
      int at = 0;
      for (String w : shorter) {
        while (at < longer.size() && !longer.get(at).equals(w)) {
          at++;
        }
        if (at == longer.size()) {
          return false;
        }
        at++;
      }
      return true;
    }

    /** The words of a name of two words or more, joining words aside, in one order. */
    Optional<String> wordSet(Info i) {
      List<String> words = new ArrayList<>();
      for (String w : i.coreWords) {
        if (!Names.JOINERS.contains(w)) {
          words.add(w);
        }
      }
      if (words.size() < 2) {
        return Optional.empty();
      }
      java.util.Collections.sort(words);
      return Optional.of(String.join(" ", words));
    }

    void transliterations() {
      for (Map.Entry<Integer, Set<Integer>> e : spelledAs.entrySet()) {
        Info found = infos.get(e.getKey());
        Set<Integer> roots = new LinkedHashSet<>();
        e.getValue().forEach(t -> roots.add(find(t)));
        if (roots.size() != 1 || roots.contains(find(found.index))) {
          continue;
        }
        Info latin = infos.get(e.getValue().iterator().next());
        union(
            latin,
            found,
            Rule.TRANSLITERATION,
            quote(found)
                + " is "
                + quote(latin)
                + ScriptNames.how(found.m.text())
                + (bySurname.contains(found.index)
                    ? ", the surname of the story's only person of that surname"
                    : ""));
      }
    }

    /** Names that may meet across documents by their letters: all but a person's single name. */
    boolean crossName(Info i) {
      return i.named() && !(i.person() && i.words.size() < 2 && i.form != Form.ACRONYM);
    }

    boolean definite(Info i) {
      return switch (i.determiner) {
        case "the", "this", "that", "these", "those", "" -> true;
        default -> false;
      };
    }

    void joinGroups(
        List<Info> scope,
        java.util.function.Function<Info, Optional<String>> keyOf,
        Rule rule,
        String what) {
      Map<String, List<Info>> byKey = new LinkedHashMap<>();
      for (Info i : scope) {
        keyOf
            .apply(i)
            .filter(k -> !k.isBlank())
            .ifPresent(k -> byKey.computeIfAbsent(k, x -> new ArrayList<>()).add(i));
      }
      for (List<Info> same : byKey.values()) {
        for (int n = 1; n < same.size(); n++) {
          Info a = same.get(0);
          Info b = same.get(n);
          // Join with the first compatible member, so one conflict does not block the rest. The
          // reason is written only for a merge: in a big story most pairs are one group already.
          boolean joined =
              find(a.index) == find(b.index)
                  || union(a, b, rule, what + ": " + quote(a) + " ~ " + quote(b));
          // A group that refused b refuses it again until something merges: each is asked once.
          Set<Integer> refused = joined ? Set.of() : new HashSet<>(List.of(find(a.index)));
          for (int k = 1; !joined && k < n; k++) {
            Info c = same.get(k);
            int root = find(c.index);
            if (!refused.add(root)) {
              continue;
            }
            joined =
                root == find(b.index)
                    || union(c, b, rule, what + ": " + quote(c) + " ~ " + quote(b));
          }
        }
      }
    }

    void acronymsIntroduced(List<Info> doc) {
      String text = texts.get(doc.get(0).m.docId());
      List<Info> sorted = new ArrayList<>(doc);
      sorted.sort(
          Comparator.comparingInt((Info i) -> i.m.span().start())
              .thenComparing(i -> -i.m.span().end()));
      Map<String, Info> introduced = new LinkedHashMap<>();
      for (Info i : sorted) {
        i.parentheticalAcronym.ifPresent(a -> introduced.putIfAbsent(a, i));
      }
      if (text != null) {
        for (int n = 0; n < sorted.size(); n++) {
          Info a = sorted.get(n);
          if (a.form != Form.NAME) {
            continue;
          }
          Optional<Info> next = nextAfter(sorted, n);
          if (next.isPresent()
              && next.get().form == Form.ACRONYM
              && gap(text, a, next.get()).map(g -> PAREN_OPEN.matcher(g).matches()).orElse(false)) {
            introduced.putIfAbsent(next.get().key, a);
            group(a.index).acronyms.add(next.get().key);
          }
        }
      }
      for (Info i : doc) {
        if (i.form == Form.ACRONYM && introduced.containsKey(i.key) && introduced.get(i.key) != i) {
          Info full = introduced.get(i.key);
          union(
              full,
              i,
              Rule.ACRONYM_INTRODUCED,
              i.key + " introduced in parentheses after " + quote(full));
        }
      }
    }

    void appositions(List<Info> doc) {
      String docId = doc.get(0).m.docId();
      for (Info i : doc) {
        if (i.form == Form.NAME && !i.title.isEmpty()) {
          tieRole(docId, Lemmas.stem(i.title), i);
        }
      }
      String text = texts.get(docId);
      if (text == null) {
        return;
      }
      for (Info i : doc) {
        if (i.form == Form.NAME && i.person() && !i.m.type().isEmpty()) {
          // "actress Dana Vell": a lower-case noun right before a person's name is a role.
          int s = i.m.span().start();
          if (s <= text.length()) {
            java.util.regex.Matcher pre =
                ROLE_BEFORE.matcher(text.substring(Math.max(0, s - 40), s));
            if (pre.find()
                && !Names.DETERMINERS.contains(pre.group(1))
                && !Names.JOINERS.contains(pre.group(1))
                && !Names.PRONOUNS.contains(pre.group(1))
                && !pre.group(1).endsWith("ed")
                && !pre.group(1).endsWith("ing")) {
              tieRole(docId, Lemmas.stem(pre.group(1)), i);
            }
          }
        }
      }
      List<Info> sorted = new ArrayList<>(doc);
      sorted.sort(
          Comparator.comparingInt((Info i) -> i.m.span().start())
              .thenComparing(i -> -i.m.span().end()));
      for (int n = 0; n < sorted.size(); n++) {
        Info a = sorted.get(n);
        Optional<Info> nb = nextAfter(sorted, n);
        if (nb.isEmpty()) {
          continue;
        }
        Info b = nb.get();
        if (a.m.sentence() != b.m.sentence()) {
          continue;
        }
        boolean nameThenRole = a.form == Form.NAME && b.form == Form.NOMINAL;
        boolean roleThenName = a.form == Form.NOMINAL && b.form == Form.NAME;
        if (!nameThenRole && !roleThenName) {
          continue;
        }
        Optional<String> g = gap(text, a, b);
        if (g.isEmpty()
            || g.get().length() > options.maxAppositionGap()
            || !APPOSITION_GAP.matcher(g.get()).matches()) {
          continue;
        }
        Info name = nameThenRole ? a : b;
        Info role = nameThenRole ? b : a;
        if (role.m.type().isEmpty() || !role.m.type().equals(name.m.type())) {
          continue; // "Seacom, alternative routes": only a role of the name's own type is an
          // apposition
        }
        if (union(name, role, Rule.APPOSITION, quote(role) + " in apposition to " + quote(name))) {
          tieRole(docId, role.lemma, name);
        }
      }
    }

    void pronouns(List<Info> doc) {
      List<Info> sorted = new ArrayList<>(doc);
      sorted.sort(Comparator.comparingInt((Info i) -> i.m.span().start()));
      for (int n = 0; n < sorted.size(); n++) {
        Info p = sorted.get(n);
        if (p.form != Form.PRONOUN) {
          continue;
        }
        String word = Names.fold(Names.words(p.m.text()).get(0));
        // "she" / "who": a person, by name or by a typed role noun ("the woman … she");
        // "it" / "their" typed as an organisation or place: the nearest name of that type.
        boolean personal = PERSONAL.contains(word) && p.person();
        boolean neuter =
            NEUTER.contains(word) && !p.m.type().isEmpty() && !p.m.type().equals("PERSON");
        if (!personal && !neuter) {
          continue;
        }
        for (int k = n - 1; k >= 0; k--) {
          Info a = sorted.get(k);
          if (a.m.sentence() < p.m.sentence() - options.pronounWindow()) {
            break;
          }
          if (a.m.span().end() > p.m.span().start()) {
            continue;
          }
          boolean fits =
              personal
                  ? a.m.type().equals("PERSON")
                      && (a.form == Form.NAME || (a.form == Form.NOMINAL && definite(a)))
                  : a.m.type().equals(p.m.type()) && a.named();
          if (fits) {
            union(
                a,
                p,
                Rule.PRONOUN,
                quote(p) + " after " + quote(a) + ", the nearest fitting antecedent");
            break;
          }
        }
      }
    }

    void tieRole(String docId, String roleStem, Info name) {
      if (roleStem.isEmpty()) {
        return;
      }
      rolesInDocument
          .computeIfAbsent(docId + "|" + roleStem, k -> new LinkedHashSet<>())
          .add(name.index);
      rolesInStory.computeIfAbsent(roleStem, k -> new LinkedHashSet<>()).add(name.index);
      if (ties != null) {
        ties.add(new Tie(roleStem, name.index));
      }
    }

    /**
     * The mention that starts first at or after {@code sorted[n]}'s end (the longest when tied).
     */
    Optional<Info> nextAfter(List<Info> sorted, int n) {
      int end = sorted.get(n).m.span().end();
      for (int k = n + 1; k < sorted.size(); k++) {
        if (sorted.get(k).m.span().start() >= end) {
          return Optional.of(sorted.get(k));
        }
      }
      return Optional.empty();
    }

    Optional<String> gap(String text, Info a, Info b) {
      int s = a.m.span().end();
      int e = b.m.span().start();
      if (e < s || e > text.length()) {
        return Optional.empty();
      }
      return Optional.of(text.substring(s, e));
    }

    void surnamesInDocument(List<Info> doc) {
      for (Info i : doc) {
        if (i.form != Form.NAME || i.words.size() != 1 || !i.person()) {
          continue;
        }
        String w = roman(i.words.get(0));
        Map<Integer, Info> candidates = new LinkedHashMap<>();
        for (Info j : doc) {
          // Only a full name written before it: "Ri" refers back, and a later "Anna Ri" may be
          // someone else introduced after the first "Ri".
          if (j.form == Form.NAME
              && j.words.size() >= 2
              && j.person()
              && j.m.span().start() < i.m.span().start()
              && (roman(j.words.get(j.words.size() - 1)).equals(w)
                  || roman(j.words.get(0)).equals(w))) {
            candidates.putIfAbsent(find(j.index), j);
          }
        }
        if (candidates.size() == 1) {
          Info full = candidates.values().iterator().next();
          union(
              full,
              i,
              Rule.SURNAME_IN_DOCUMENT,
              quote(i)
                  + " is the surname of the only full name before it in the document, "
                  + quote(full));
        }
      }
    }

    void rolesIn(
        List<Info> scope, java.util.function.Function<String, Set<Integer>> supportOf, Rule rule) {
      for (Info i : scope) {
        if (i.form != Form.NOMINAL || !definite(i) || i.lemma.isEmpty() || i.m.type().isEmpty()) {
          continue;
        }
        Set<Integer> tied = supportOf.apply(i.lemma);
        if (tied == null) {
          continue;
        }
        Set<Integer> roots = new LinkedHashSet<>();
        tied.forEach(t -> roots.add(find(t)));
        if (roots.size() == 1) {
          Info name = infos.get(tied.iterator().next());
          union(
              name,
              i,
              rule,
              quote(i) + " is the role tied to " + quote(name) + " by apposition or title");
        }
      }
    }

    void spellingVariants(List<Info> ents) {
      // Variants keep every consonant, so names with different consonant skeletons never meet.
      // A case ending changes a word's consonants ("Ostrands"): a name is also blocked under its
      // last word's stems.
      Map<String, List<Info>> block = new LinkedHashMap<>();
      for (Info i : ents) {
        if (crossName(i) && i.form != Form.ACRONYM) {
          StringBuilder b = new StringBuilder().append(i.coreWords.size()).append('|');
          for (String w : i.coreWords.subList(0, i.coreWords.size() - 1)) {
            b.append(skeletonOf(w)).append(' ');
          }
          String last = i.coreWords.get(i.coreWords.size() - 1);
          Set<String> keys = new LinkedHashSet<>();
          keys.add(b + skeletonOf(last));
          for (String stem : Names.stems(roman(last))) {
            keys.add(b + Names.skeleton(stem));
          }
          for (String k : keys) {
            block.computeIfAbsent(k, x -> new ArrayList<>()).add(i);
          }
        }
      }
      for (List<Info> sameConsonants : block.values()) {
        // One mention per distinct name: the same name was joined by step 7 already.
        Map<String, Info> distinct = new LinkedHashMap<>();
        for (Info x : sameConsonants) {
          distinct.putIfAbsent(x.coreKey, x);
        }
        List<Info> cands = new ArrayList<>(distinct.values());
        for (int x = 0; x < cands.size(); x++) {
          for (int y = x + 1; y < cands.size(); y++) {
            Info a = cands.get(x);
            Info b = cands.get(y);
            if (find(a.index) == find(b.index) || a.coreKey.equals(b.coreKey)) {
              continue;
            }
            boolean all = true;
            for (int k = 0; k < a.coreWords.size() && all; k++) {
              all = variants(a.coreWords.get(k), b.coreWords.get(k));
            }
            if (all) {
              union(
                  a,
                  b,
                  Rule.SPELLING_VARIANT,
                  quote(a) + " ~ " + quote(b) + " (spelling or romanisation)");
            }
          }
        }
      }
    }

    void typos(List<Info> ents) {
      // Blocked by every word but one, so that only names one word apart are compared.
      Map<String, List<Info>> block = new LinkedHashMap<>();
      for (Info i : ents) {
        if (crossName(i) && i.form != Form.ACRONYM && i.coreWords.size() >= 2) {
          for (int k = 0; k < i.coreWords.size(); k++) {
            StringBuilder b = new StringBuilder().append(k).append('|');
            for (int w = 0; w < i.coreWords.size(); w++) {
              b.append(w == k ? "*" : roman(i.coreWords.get(w))).append(' ');
            }
            block.computeIfAbsent(b.toString(), x -> new ArrayList<>()).add(i);
          }
        }
      }
      for (List<Info> oneWordApart : block.values()) {
        Map<String, Info> distinct = new LinkedHashMap<>();
        oneWordApart.forEach(x -> distinct.putIfAbsent(x.coreKey, x));
        List<Info> cands = new ArrayList<>(distinct.values());
        for (int x = 0; x < cands.size(); x++) {
          for (int y = x + 1; y < cands.size(); y++) {
            Info a = cands.get(x);
            Info b = cands.get(y);
            if (find(a.index) == find(b.index)) {
              continue;
            }
            Optional<Integer> at = Names.typoWord(a.coreWords, b.coreWords);
            if (at.isPresent()) {
              union(
                  a,
                  b,
                  Rule.TYPO_IN_LONG_NAME,
                  quote(a)
                      + " ~ "
                      + quote(b)
                      + " (one typo: \""
                      + a.coreWords.get(at.get())
                      + "\" / \""
                      + b.coreWords.get(at.get())
                      + "\", the other words the same)");
            }
          }
        }
      }
    }

    void acronymsAcross(List<Info> ents) {
      // 9a. The same acronym (written, or introduced in parentheses) in two groups.
      Map<String, Info> firstHolder = new LinkedHashMap<>();
      for (Info i : ents) {
        for (String a : group(i.index).acronyms) {
          Info holder = firstHolder.putIfAbsent(a, i);
          if (holder != null && i.form == Form.ACRONYM && i.key.equals(a)) {
            union(holder, i, Rule.SAME_ACRONYM, "same acronym " + a);
          }
        }
      }
      for (Info i : ents) {
        if (i.form == Form.ACRONYM) {
          Info holder = firstHolder.get(i.key);
          if (holder != null && holder != i) {
            union(holder, i, Rule.SAME_ACRONYM, "same acronym " + i.key);
          }
        }
      }
      // 9b. An acronym equal to the initials of one full organisation or place name.
      Map<String, List<Info>> byInitials = new LinkedHashMap<>();
      for (Info i : ents) {
        if (i.form == Form.NAME && !i.m.type().equals("PERSON") && i.display.size() >= 2) {
          String ini = Names.initials(i.display);
          if (ini.length() >= 2) {
            byInitials.computeIfAbsent(ini, k -> new ArrayList<>()).add(i);
          }
        }
      }
      // The groups among a key's full names change only with a merge: a story repeats its
      // acronyms in hundreds of reports, and counting them again for each grew with its square.
      Map<String, Integer> groupsOfKey = new HashMap<>();
      int countedAt = merges;
      for (Info i : ents) {
        if (i.form != Form.ACRONYM) {
          continue;
        }
        List<Info> full = byInitials.getOrDefault(i.key, List.of());
        if (countedAt != merges) {
          groupsOfKey.clear();
          countedAt = merges;
        }
        if (groupsOfKey.computeIfAbsent(i.key, k -> distinctGroups(full)) == 1) {
          union(
              full.get(0), i, Rule.INITIALS, i.key + " are the initials of " + quote(full.get(0)));
        }
      }
      // 9c. Transliterated acronyms (GUR / HUR), only when one group in the story matches.
      Map<String, List<Info>> bySound = new LinkedHashMap<>();
      for (Info i : ents) {
        for (String a : group(i.index).acronyms) {
          bySound.computeIfAbsent(Names.acronymSound(a), k -> new ArrayList<>()).add(i);
        }
      }
      // Each sound keeps one holder per group, the first in order: a story repeats its acronyms
      // in hundreds of reports, and comparing every holder for every acronym grew with the
      // square of the story. Groups only merge, so the list is thinned after each merge.
      Map<String, List<Info>> firstOfGroup = new HashMap<>();
      Map<String, Integer> thinnedAt = new HashMap<>();
      for (Info i : ents) {
        if (i.form != Form.ACRONYM) {
          continue;
        }
        String sound = Names.acronymSound(i.key);
        List<Info> holders = firstOfGroup.get(sound);
        if (holders == null || thinnedAt.get(sound) != merges) {
          holders =
              firstPerGroup(holders != null ? holders : bySound.getOrDefault(sound, List.of()));
          firstOfGroup.put(sound, holders);
          thinnedAt.put(sound, merges);
        }
        int own = find(i.index);
        Info other = null;
        boolean several = false;
        for (Info h : holders) {
          if (find(h.index) != own) {
            if (other != null) {
              several = true;
              break;
            }
            other = h;
          }
        }
        if (other != null && !several) {
          union(
              other,
              i,
              Rule.ACRONYM_TRANSLITERATION,
              i.key + " transliterates " + String.join("/", group(other.index).acronyms));
        }
      }
    }

    /** The first of {@code infos} in each group, in order. */
    List<Info> firstPerGroup(List<Info> infos) {
      Set<Integer> roots = new HashSet<>();
      List<Info> out = new ArrayList<>();
      for (Info i : infos) {
        if (roots.add(find(i.index))) {
          out.add(i);
        }
      }
      return out;
    }

    final Map<String, String> romanCache = new HashMap<>();

    /** {@link Names#roman}, remembered: the same words come back in every rule. */
    String roman(String word) {
      return romanCache.computeIfAbsent(word, Names::roman);
    }

    boolean variants(String a, String b) {
      return Names.romanVariants(roman(a), roman(b), options);
    }

    String skeletonOf(String word) {
      return Names.skeleton(roman(word));
    }

    int distinctGroups(List<Info> list) {
      Set<Integer> roots = new HashSet<>();
      list.forEach(i -> roots.add(find(i.index)));
      return roots.size();
    }

    void people(List<Info> ents) {
      // 10a. An initial for a first name: "A. Ri" / "Anna Ri" (a different first name is a
      // conflict).
      List<Info> full =
          ents.stream()
              .filter(i -> i.form == Form.NAME && i.person() && i.words.size() >= 2)
              .toList();
      // Only names whose surnames share their consonants can match: compare within those blocks.
      Map<String, List<Info>> bySurname = new HashMap<>();
      Map<List<String>, Info> oneEach = new LinkedHashMap<>();
      for (Info j : full) {
        oneEach.putIfAbsent(j.words, j); // the same name was joined by step 7 already
      }
      for (Info j : oneEach.values()) {
        bySurname
            .computeIfAbsent(skeletonOf(j.words.get(j.words.size() - 1)), k -> new ArrayList<>())
            .add(j);
      }
      for (List<Info> block : bySurname.values()) {
        List<Info> initials = block.stream().filter(j -> j.words.get(0).length() == 1).toList();
        for (Info a : initials) {
          for (Info b : block) {
            if (a != b && find(a.index) != find(b.index) && samePerson(a.words, b.words)) {
              union(
                  a, b, Rule.INITIAL_MATCH, quote(a) + " ~ " + quote(b) + " (initial and surname)");
            }
          }
        }
      }
      // 10d. A full name inside one longer full name, or with a short form of its first name:
      // "Teo Varn" / "Teodor Varn", "Anna Kovel" / "Anna Maria Kovel", when only one person of the
      // story has such a name.
      for (List<Info> block : bySurname.values()) {
        for (Info a : block) {
          Set<Integer> roots = new LinkedHashSet<>();
          Info other = null;
          for (Info b : block) {
            if (a != b
                && b.words.size() >= a.words.size()
                && a.words.get(0).length() > 1
                && samePerson(a.words, b.words)) {
              roots.add(find(b.index));
              other = b;
            }
          }
          roots.remove(find(a.index));
          if (roots.size() == 1) {
            union(
                other,
                a,
                Rule.FULL_NAME_IN_LONGER,
                quote(a)
                    + " ~ "
                    + quote(other)
                    + " (the first and last names agree, and no other full name in the story has"
                    + " them)");
          }
        }
      }
      // Full names by the consonants of their first and last words: variants share them.
      Map<String, List<Info>> fullBySkeleton = new HashMap<>();
      Map<List<String>, Info> distinctFull = new LinkedHashMap<>();
      for (Info j : full) {
        distinctFull.putIfAbsent(j.words, j);
      }
      for (Info j : distinctFull.values()) {
        fullBySkeleton
            .computeIfAbsent(skeletonOf(j.words.get(j.words.size() - 1)), k -> new ArrayList<>())
            .add(j);
        if (!skeletonOf(j.words.get(0)).equals(skeletonOf(j.words.get(j.words.size() - 1)))) {
          fullBySkeleton.computeIfAbsent(skeletonOf(j.words.get(0)), k -> new ArrayList<>()).add(j);
        }
      }
      // 10c (for organisations and places). A one-word name that ends exactly one longer name of
      // the story: "Saints" / "New Orleans Saints".
      Map<String, Set<Integer>> byLastWord = new HashMap<>();
      Map<Integer, Info> anyOf = new HashMap<>();
      for (Info i : ents) {
        // "pont Velm" and "Port of Velm" end with "Velm" but are its bridge and its port: a name
        // whose other words only say what kind of place or body it is does not end a longer name.
        boolean kindAndName =
            i.coreWords.size() >= 2
                && i.coreWords.subList(0, i.coreWords.size() - 1).stream()
                    .allMatch(w -> Names.kindWord(w) || Names.JOINERS.contains(w));
        if (i.form == Form.NAME && !i.person() && i.coreWords.size() >= 2 && !kindAndName) {
          byLastWord
              .computeIfAbsent(i.coreWords.get(i.coreWords.size() - 1), k -> new LinkedHashSet<>())
              .add(find(i.index));
          anyOf.putIfAbsent(find(i.index), i);
        }
      }
      // 10e. A name of several words inside one longer name of the story with the same last word:
      // "Velm Bridge" / "Anna Velm Bridge" (a word may be left out anywhere but at the end).
      Map<String, List<Info>> longerByLast = new HashMap<>();
      Map<String, Info> distinctNames = new LinkedHashMap<>();
      for (Info i : ents) {
        if (i.form == Form.NAME && !i.person() && i.coreWords.size() >= 2) {
          distinctNames.putIfAbsent(i.coreKey, i);
        }
      }
      for (Info i : distinctNames.values()) {
        longerByLast
            .computeIfAbsent(i.coreWords.get(i.coreWords.size() - 1), k -> new ArrayList<>())
            .add(i);
      }
      for (Info i : distinctNames.values()) {
        Set<Integer> roots = new LinkedHashSet<>();
        Info other = null;
        for (Info j :
            longerByLast.getOrDefault(i.coreWords.get(i.coreWords.size() - 1), List.of())) {
          if (j.coreWords.size() > i.coreWords.size() && inOrder(i.coreWords, j.coreWords)) {
            roots.add(find(j.index));
            other = j;
          }
        }
        roots.remove(find(i.index));
        if (roots.size() == 1) {
          union(
              other,
              i,
              Rule.SHORT_NAME,
              quote(i) + " is in one longer name of the story, " + quote(other));
        }
      }
      for (Info i : ents) {
        if ((i.form == Form.NAME || i.form == Form.BARE)
            && !i.person()
            && i.coreWords.size() == 1) {
          Set<Integer> roots = byLastWord.getOrDefault(i.coreWords.get(0), Set.of());
          Set<Integer> now = new HashSet<>();
          roots.forEach(r -> now.add(find(r)));
          if (now.size() == 1) {
            Info longName = anyOf.get(roots.iterator().next());
            union(
                longName,
                i,
                Rule.SHORT_NAME,
                quote(i) + " ends one longer name in the story, " + quote(longName));
          }
        }
      }
      // 10b. A surname alone: the one full name of the story with that surname, else other lone
      // surnames.
      Map<String, List<Info>> lone = new LinkedHashMap<>();
      // A word the story also names as a place or an organisation ("Brenitsa") is not a surname
      // where one mention of it was tagged a person.
      Map<List<String>, Info> otherwise = new HashMap<>();
      for (Info i : ents) {
        if (i.form == Form.NAME && !i.person()) {
          otherwise.putIfAbsent(i.words, i);
        }
      }
      for (Info i : ents) {
        if (i.form != Form.NAME
            || i.words.size() != 1
            || !i.person()
            || !group(i.index).fullNames.isEmpty()) {
          continue;
        }
        Info place = otherwise.get(i.words);
        String w = i.words.get(0);
        Map<Integer, Info> candidates = new LinkedHashMap<>();
        Set<String> skeletons = new LinkedHashSet<>();
        skeletons.add(skeletonOf(w));
        Names.stems(roman(w)).forEach(stem -> skeletons.add(Names.skeleton(stem)));
        List<Info> near = new ArrayList<>();
        skeletons.forEach(k -> near.addAll(fullBySkeleton.getOrDefault(k, List.of())));
        for (Info j : near) {
          if (variants(j.words.get(j.words.size() - 1), w) || variants(j.words.get(0), w)) {
            candidates.putIfAbsent(find(j.index), j);
          }
        }
        if (place != null) {
          union(
              place,
              i,
              Rule.SAME_NAME_OTHER_TYPE,
              quote(i)
                  + " was tagged a person here, but the story names "
                  + quote(place)
                  + " as "
                  + place.m.type().toLowerCase(java.util.Locale.ROOT));
          continue;
        }
        if (candidates.size() == 1) {
          Info f = candidates.values().iterator().next();
          union(
              f,
              i,
              Rule.SURNAME_UNIQUE_IN_STORY,
              quote(i) + " matches one full name in the story, " + quote(f));
        } else if (candidates.isEmpty()) {
          lone.computeIfAbsent(roman(w), k -> new ArrayList<>()).add(i);
        }
      }
      for (List<Info> same : lone.values()) {
        for (int n = 1; n < same.size(); n++) {
          union(
              same.get(0),
              same.get(n),
              Rule.SAME_SURNAME,
              "same name "
                  + quote(same.get(0))
                  + " ~ "
                  + quote(same.get(n))
                  + ", and no full name in the story has it");
        }
      }
    }

    void linkEvents() {
      List<Info> events = infos.stream().filter(i -> i.m.kind() == Mention.Kind.EVENT).toList();
      for (Info e : events) {
        Group g = group(e.index);
        for (String argId : e.m.arguments()) {
          Integer a = indexById.get(argId);
          if (a == null || infos.get(a).m.kind() != Mention.Kind.ENTITY) {
            continue;
          }
          String kind = infos.get(a).m.type();
          g.arguments.computeIfAbsent(kind.isEmpty() ? "?" : kind, k -> new HashSet<>()).add(a);
        }
      }
      // 12a. The same or a synonymous event word within a document.
      Map<String, List<Info>> byDoc = new LinkedHashMap<>();
      for (Info e : events) {
        byDoc.computeIfAbsent(e.m.docId(), d -> new ArrayList<>()).add(e);
      }
      for (List<Info> doc : byDoc.values()) {
        joinGroups(
            doc,
            i ->
                i.lemma.isEmpty()
                        || Lemmas.reporting(i.m.head().isBlank() ? i.m.text() : i.m.head())
                    ? Optional.empty()
                    : Optional.of(i.lemma),
            Rule.SAME_EVENT_WORD_IN_DOCUMENT,
            "same event word");
      }
      // 12b. Across the documents given.
      if (options.eventsAcrossDocuments()) {
        joinGroups(
            events,
            i ->
                i.lemma.isEmpty()
                        || Lemmas.reporting(i.m.head().isBlank() ? i.m.text() : i.m.head())
                    ? Optional.empty()
                    : Optional.of(i.lemma),
            Rule.SAME_EVENT_WORD,
            "same event word");
      }
    }

    List<Entity> entities() {
      Map<Integer, List<Info>> byRoot = new LinkedHashMap<>();
      for (Info i : infos) {
        byRoot.computeIfAbsent(find(i.index), r -> new ArrayList<>()).add(i);
      }
      List<Entity> out = new ArrayList<>();
      for (Map.Entry<Integer, List<Info>> e : byRoot.entrySet()) {
        List<Info> ms = e.getValue();
        if (ms.stream().allMatch(i -> spelledAs.containsKey(i.index))) {
          continue; // found in another script, and joined to no entity it names
        }
        Group g = groups.get(e.getKey());
        String canonical = canonical(ms);
        out.add(
            new Entity(
                "e:" + ms.get(0).m.id(),
                ms.get(0).m.kind(),
                canonical,
                aliases(ms, g, canonical),
                ms.stream().map(i -> i.m.id()).toList(),
                type(ms),
                g.reasons));
      }
      return out;
    }

    /**
     * The most complete name (most words) of those of several words written twice or more (of all
     * when none is), the most frequent among those; else the most frequent text.
     */
    String canonical(List<Info> ms) {
      Map<String, Integer> freq = new HashMap<>();
      Map<String, String> shown = new LinkedHashMap<>();
      for (Info i : ms) {
        if (i.form == Form.NAME || i.form == Form.ACRONYM) {
          freq.merge(i.key, 1, Integer::sum);
          shown.putIfAbsent(i.key, i.joined);
        }
      }
      if (shown.isEmpty()) {
        for (Info i : ms) {
          String t = i.m.text().strip();
          freq.merge(Names.fold(t), 1, Integer::sum);
          shown.putIfAbsent(Names.fold(t), t);
        }
      }
      List<String> firstSeen = new ArrayList<>(shown.keySet());
      // A long name written once beside shorter names written again and again carries words that
      // are not the name's ("Denn Teo Varn", a sentence's first word taken in), more often than the
      // shorter ones miss some: among names of two words or more, those written twice come first.
      boolean someTwice =
          freq.entrySet().stream().anyMatch(f -> f.getValue() >= 2 && f.getKey().contains(" "));
      String best =
          shown.keySet().stream()
              .filter(k -> !someTwice || !k.contains(" ") || freq.get(k) >= 2)
              .max(
                  Comparator.comparingInt((String k) -> k.split(" ").length)
                      .thenComparingInt(freq::get)
                      .thenComparingInt(k -> -firstSeen.indexOf(k)))
              .orElseThrow();
      return shown.get(best);
    }

    List<String> aliases(List<Info> ms, Group g, String canonical) {
      String canon = Names.fold(canonical);
      Map<String, String> out = new LinkedHashMap<>();
      for (Info i : ms) {
        String shown = i.named() ? i.joined : i.m.text().strip();
        if (i.form == Form.PRONOUN || shown.isBlank()) {
          continue;
        }
        out.putIfAbsent(Names.fold(shown), shown);
      }
      for (String a : g.acronyms) {
        out.putIfAbsent(Names.fold(a), a);
      }
      out.remove(canon);
      return List.copyOf(out.values());
    }

    String type(List<Info> ms) {
      Map<String, Integer> freq = new HashMap<>();
      for (Info i : ms) {
        if (!i.m.type().isEmpty()) {
          freq.merge(i.m.type(), 1, Integer::sum);
        }
      }
      return freq.entrySet().stream()
          .max(
              Map.Entry.<String, Integer>comparingByValue()
                  .thenComparing(Map.Entry.comparingByKey(Comparator.reverseOrder())))
          .map(Map.Entry::getKey)
          .orElse("");
    }

    String quote(Info i) {
      return "\"" + i.m.text().strip() + "\"";
    }
  }

  private static final Pattern APPOSITION_GAP = Pattern.compile("\\s*(,|\\(|-|–|—)\\s*");
  private static final Pattern INITIAL = Pattern.compile("\\s*\\p{Lu}\\.\\s");
  private static final Pattern ROLE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(\\p{Ll}{3,})\\s+$");
  private static final Set<String> PERSONAL =
      Lexicon.pronouns(LanguagePack.english(), Set.of("personal", "relative-person"), Set.of());
  private static final Set<String> NEUTER =
      Lexicon.pronouns(LanguagePack.english(), Set.of("neuter", "plural"), Set.of());

  /** The gap between a name and the acronym it introduces: "(", "(known as ", "(or "… */
  private static final Pattern PAREN_OPEN =
      Pattern.compile(
          "(?i)\\s*\\(\\s*(?:(?:also\\s+)?known\\s+as\\s+|or\\s+|abbreviated(?:\\s+as)?\\s+)?");

  @Override
  public String toString() {
    return "Linker[" + options + "]";
  }
}
