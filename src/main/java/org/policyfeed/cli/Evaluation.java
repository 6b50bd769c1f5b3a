package org.policyfeed.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.jspecify.annotations.Nullable;
import org.policyfeed.FeedReader;
import org.policyfeed.extract.rules.Rules;
import org.policyfeed.model.Deadline;
import org.policyfeed.model.Event;
import org.policyfeed.model.Feed;
import org.policyfeed.model.NewsItem;
import org.policyfeed.model.Person;
import org.policyfeed.model.Project;

/**
 * Scores extraction against a hand-labelled gold file: precision, recall and F1 per kind, every miss and
 * false find, and attribute accuracy for matched entities. Persons match by normalised name, projects by
 * name or acronym (phase breaks ties), deadlines by date and kind, events by start and end.
 *
 * @since 0.1.0
 */
public final class Evaluation {
  /** The kinds, in report order.
   *
   * @since 0.1.0
   */
  public static final List<String> KINDS = List.of("persons", "projects", "deadlines", "events");

  /**
   * Counts for one kind.
   *
   * @since 0.1.0
   */
  public static final class Score {
    int tp;
    int fp;
    int fn;
    final Map<String, int[]> attributes = new LinkedHashMap<>();
    final List<String> misses = new ArrayList<>();
    final List<String> falseFinds = new ArrayList<>();
    final List<String> attributeErrors = new ArrayList<>();

    /**
     * Returns the precision.
     *
     * @return precision, 1 when nothing was found
     * @since 0.1.0
     */
    public double precision() {
      return tp + fp == 0 ? 1 : (double) tp / (tp + fp);
    }

    /**
     * Returns the recall.
     *
     * @return recall, 1 when nothing was to be found
     * @since 0.1.0
     */
    public double recall() {
      return tp + fn == 0 ? 1 : (double) tp / (tp + fn);
    }

    /**
     * Returns the the harmonic mean of precision and recall.
     *
     * @return the harmonic mean of precision and recall
     * @since 0.1.0
     */
    public double f1() {
      double p = precision();
      double r = recall();
      return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /**
     * Returns the attribute name to {correct.
     *
     * @return attribute name to {correct, compared}
     * @since 0.1.0
     */
    public Map<String, int[]> attributes() {
      return attributes;
    }

    void attr(String name, @Nullable Object gold, @Nullable Object got, String where) {
      int[] c = attributes.computeIfAbsent(name, k -> new int[2]);
      c[1]++;
      if (Objects.equals(gold == null ? null : gold.toString(), got == null ? null : got.toString())) {
        c[0]++;
      } else {
        attributeErrors.add(where + " " + name + ": gold " + q(gold) + ", got " + q(got));
      }
    }
  }

  /**
   * The scores of one run.
   *
   * @param scores per kind
   * @since 0.1.0
   */
  public record Report(Map<String, Score> scores) {}

  private Evaluation() {}

  /**
   * Reads a feed and scores it against a gold file.
   *
   * @param feed the feed
   * @param gold the gold file
   * @return the report
   * @throws IOException when a file cannot be read
   * @since 0.1.0
   */
  public static Report evaluate(Path feed, Path gold) throws IOException {
    Feed f;
    try (InputStream in = Files.newInputStream(feed)) {
      f = FeedReader.builder().build().readAll(in);
    }
    JsonNode g = new ObjectMapper().readTree(gold.toFile());
    return evaluate(f.items(), g.get("items"));
  }

  static Report evaluate(List<NewsItem> items, JsonNode goldItems) {
    Map<String, Score> scores = new LinkedHashMap<>();
    for (String k : KINDS) {
      scores.put(k, new Score());
    }
    int n = Math.max(items.size(), goldItems.size());
    for (int i = 0; i < n; i++) {
      NewsItem item = i < items.size() ? items.get(i) : null;
      JsonNode gi = i < goldItems.size() ? goldItems.get(i) : null;
      String where = "item " + (i + 1);
      persons(scores.get("persons"), item == null ? List.of() : item.persons(), arr(gi, "persons"), where);
      projects(scores.get("projects"), item == null ? List.of() : item.projects(), arr(gi, "projects"), where);
      deadlines(scores.get("deadlines"), item == null ? List.of() : item.deadlines(), arr(gi, "deadlines"), where);
      events(scores.get("events"), item == null ? List.of() : item.events(), arr(gi, "events"), where);
    }
    return new Report(scores);
  }

  private static List<JsonNode> arr(@Nullable JsonNode item, String key) {
    List<JsonNode> out = new ArrayList<>();
    if (item != null && item.has(key)) {
      item.get(key).forEach(out::add);
    }
    return out;
  }

  private static @Nullable String s(JsonNode n, String key) {
    JsonNode v = n.get(key);
    return v == null || v.isNull() ? null : v.asText();
  }

  private static void persons(Score sc, List<Person> got, List<JsonNode> gold, String where) {
    List<Person> left = new ArrayList<>(got);
    for (JsonNode g : gold) {
      Person match = null;
      for (Person p : left) {
        if (Rules.normalise(p.name()).equals(Rules.normalise(s(g, "name")))) {
          match = p;
          break;
        }
      }
      if (match == null) {
        sc.fn++;
        sc.misses.add(where + " person " + s(g, "name"));
        continue;
      }
      left.remove(match);
      sc.tp++;
      String w = where + " person " + match.name();
      sc.attr("honorific", s(g, "honorific"), match.honorific(), w);
      sc.attr("role", s(g, "role"), match.role(), w);
      sc.attr("organisation", s(g, "organisation"), match.organisation(), w);
    }
    for (Person p : left) {
      sc.fp++;
      sc.falseFinds.add(where + " person " + p.name() + " (" + p.mentions().get(0).sentence() + ")");
    }
  }

  private static boolean sameProject(Project p, JsonNode g) {
    String acr = s(g, "acronym");
    return Rules.normalise(p.name()).equals(Rules.normalise(s(g, "name")))
        || acr != null && p.acronym() != null && Rules.normalise(acr).equals(Rules.normalise(p.acronym()));
  }

  private static void projects(Score sc, List<Project> got, List<JsonNode> gold, String where) {
    List<Project> left = new ArrayList<>(got);
    List<JsonNode> unmatched = new ArrayList<>();
    Map<JsonNode, Project> pairs = new LinkedHashMap<>();
    for (JsonNode g : gold) {
      Project match = null;
      for (Project p : left) {
        if (sameProject(p, g) && Objects.equals(p.phase(), s(g, "phase"))) {
          match = p;
          break;
        }
      }
      if (match == null) {
        unmatched.add(g);
      } else {
        left.remove(match);
        pairs.put(g, match);
      }
    }
    for (JsonNode g : unmatched) {
      Project match = null;
      for (Project p : left) {
        if (sameProject(p, g)) {
          match = p;
          break;
        }
      }
      if (match == null) {
        sc.fn++;
        sc.misses.add(where + " project " + s(g, "name") + " (" + s(g, "acronym") + ", phase " + s(g, "phase") + ")");
      } else {
        left.remove(match);
        pairs.put(g, match);
      }
    }
    for (Map.Entry<JsonNode, Project> e : pairs.entrySet()) {
      JsonNode g = e.getKey();
      Project p = e.getValue();
      sc.tp++;
      String w = where + " project " + p.name();
      sc.attr("name", s(g, "name"), p.name(), w);
      sc.attr("acronym", s(g, "acronym"), p.acronym(), w);
      sc.attr("phase", s(g, "phase"), p.phase(), w);
      sc.attr("kind", s(g, "kind"), p.kind().name().toLowerCase(Locale.ROOT), w);
      sc.attr("start", s(g, "start"), p.start(), w);
      sc.attr("end", s(g, "end"), p.end(), w);
    }
    for (Project p : left) {
      sc.fp++;
      sc.falseFinds.add(where + " project " + p.name() + " (" + p.acronym() + ", phase " + p.phase() + ")");
    }
  }

  private static String kindName(Enum<?> e) {
    return e.name().toLowerCase(Locale.ROOT).replace('_', '-');
  }

  private static void deadlines(Score sc, List<Deadline> got, List<JsonNode> gold, String where) {
    List<Deadline> left = new ArrayList<>(got);
    for (JsonNode g : gold) {
      Deadline match = null;
      for (Deadline d : left) {
        if (d.date().toString().equals(s(g, "date")) && kindName(d.kind()).equals(s(g, "kind"))) {
          match = d;
          break;
        }
      }
      if (match == null) {
        sc.fn++;
        sc.misses.add(where + " deadline " + s(g, "date") + " " + s(g, "kind") + " (" + s(g, "subject") + ")");
        continue;
      }
      left.remove(match);
      sc.tp++;
      String w = where + " deadline " + match.date();
      sc.attr("precision", s(g, "precision"), kindName(match.precision()), w);
      sc.attr("subject", s(g, "subject"), match.subject(), w);
    }
    for (Deadline d : left) {
      sc.fp++;
      sc.falseFinds.add(where + " deadline " + d.date() + " " + kindName(d.kind()) + " (" + d.sentence() + ")");
    }
  }

  private static void events(Score sc, List<Event> got, List<JsonNode> gold, String where) {
    List<Event> left = new ArrayList<>(got);
    for (JsonNode g : gold) {
      Event match = null;
      for (Event e : left) {
        if (e.start().toString().equals(s(g, "start")) && e.end().toString().equals(s(g, "end"))) {
          match = e;
          break;
        }
      }
      if (match == null) {
        sc.fn++;
        sc.misses.add(where + " event " + s(g, "start") + ".." + s(g, "end") + " (" + s(g, "name") + ")");
        continue;
      }
      left.remove(match);
      sc.tp++;
      String w = where + " event " + match.start();
      sc.attr("name", s(g, "name"), match.name(), w);
      sc.attr("place", s(g, "place"), match.place(), w);
    }
    for (Event e : left) {
      sc.fp++;
      sc.falseFinds.add(where + " event " + e.start() + ".." + e.end() + " (" + e.sentence() + ")");
    }
  }

  /**
   * Prints a report.
   *
   * @param r the report
   * @param out where to print
   * @since 0.1.0
   */
  public static void print(Report r, PrintStream out) {
    out.printf(Locale.ROOT, "%-10s %5s %4s %4s %9s %7s %6s%n", "kind", "tp", "fp", "fn", "precision", "recall",
        "F1");
    for (Map.Entry<String, Score> e : r.scores().entrySet()) {
      Score s = e.getValue();
      out.printf(Locale.ROOT, "%-10s %5d %4d %4d %9.3f %7.3f %6.3f%n", e.getKey(), s.tp, s.fp, s.fn, s.precision(),
          s.recall(), s.f1());
    }
    out.println();
    out.println("attribute accuracy (matched entities):");
    for (Map.Entry<String, Score> e : r.scores().entrySet()) {
      StringBuilder sb = new StringBuilder("  " + e.getKey() + ":");
      for (Map.Entry<String, int[]> a : e.getValue().attributes.entrySet()) {
        sb.append(String.format(Locale.ROOT, " %s %d/%d", a.getKey(), a.getValue()[0], a.getValue()[1]));
      }
      out.println(sb);
    }
    for (Map.Entry<String, Score> e : r.scores().entrySet()) {
      Score s = e.getValue();
      if (!s.misses.isEmpty() || !s.falseFinds.isEmpty()) {
        out.println();
        out.println(e.getKey() + ":");
        s.misses.forEach(m -> out.println("  miss   " + m));
        s.falseFinds.forEach(m -> out.println("  false  " + m));
      }
    }
    boolean any = false;
    for (Map.Entry<String, Score> e : r.scores().entrySet()) {
      for (String a : e.getValue().attributeErrors) {
        if (!any) {
          out.println();
          out.println("attribute differences:");
          any = true;
        }
        out.println("  " + a);
      }
    }
  }

  private static String q(@Nullable Object o) {
    return o == null ? "null" : "\"" + o + "\"";
  }

  /** Runs {@code eval FEED GOLD}; returns the exit status. */
  static int run(List<String> args, PrintStream out, PrintStream err) {
    if (args.size() != 2) {
      err.println("policyfeed: eval needs FEED and GOLD");
      return Main.USAGE;
    }
    try {
      print(evaluate(Path.of(args.get(0)), Path.of(args.get(1))), out);
      return Main.OK;
    } catch (IOException | RuntimeException e) {
      err.println("policyfeed: eval: " + e.getMessage());
      return Main.FAILED;
    }
  }
}
