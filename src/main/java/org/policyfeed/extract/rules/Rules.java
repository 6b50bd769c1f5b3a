package org.policyfeed.extract.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.policyfeed.extract.ItemFields;
import org.policyfeed.model.Deadline;
import org.policyfeed.model.Event;
import org.policyfeed.model.Mention;
import org.policyfeed.model.Person;
import org.policyfeed.model.Project;

/**
 * Runs the built-in rules over one item; not exported.
 *
 * @since 0.1.0
 */
public final class Rules {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");
  private static final Pattern NON_WORD = Pattern.compile("[^\\p{L}\\p{N}]+");

  /**
   * What the rules found.
   *
   * @since 0.1.0
   */
  public record Found(List<Person> persons, List<Project> projects, List<Deadline> deadlines, List<Event> events) {}

  private Rules() {}

  /**
   * Finds people, projects, deadlines and events.
   *
   * @param item the item's fields
   * @return what was found
   * @since 0.1.0
   */
  public static Found run(ItemFields item) {
    Doc doc = new Doc(item);
    Projects projects = new Projects(doc);
    projects.find();
    List<Person> persons = Persons.find(doc);
    Dated dated = new Dated(doc, projects);
    dated.find();
    List<Project> ps = new ArrayList<>();
    for (Projects.Acc a : projects.list) {
      ps.add(new Project(a.name, a.acronym, a.phase, Projects.kind(a), a.start, a.end, sortMentions(a.mentions)));
    }
    return new Found(persons, ps, List.copyOf(dated.deadlines), dated.events(doc));
  }

  /**
   * A key for comparing names: no accents, lower case, words separated by single spaces.
   *
   * @param s a name
   * @return its key
   * @since 0.1.0
   */
  public static String normalise(String s) {
    String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NON_WORD.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  static List<Mention> sortMentions(List<Mention> mentions) {
    Map<String, Mention> unique = new LinkedHashMap<>();
    for (Mention m : mentions) {
      unique.putIfAbsent(m.field() + ":" + m.start() + ":" + m.end(), m);
    }
    List<Mention> out = new ArrayList<>(unique.values());
    out.sort(Comparator.comparing(Mention::field).thenComparingInt(Mention::start));
    return out;
  }
}
