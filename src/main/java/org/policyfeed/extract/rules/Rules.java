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
    String fast = normaliseSimple(s);
    if (fast != null) {
      return fast;
    }
    String d = MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFD)).replaceAll("");
    return NON_WORD.matcher(d.toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
  }

  /**
   * Per char below {@code U+0500}: what {@link #normalise} makes of it on its own (decomposed, marks dropped,
   * lower case), non-word chars as a space; null where context matters (combining marks, capital sigma).
   */
  private static final String[] TABLE = table();

  private static String[] table() {
    String[] t = new String[0x500];
    for (int c = 0; c < t.length; c++) {
      int type = Character.getType(c);
      if (c == 0x3a3 || Character.isSurrogate((char) c) || type == Character.NON_SPACING_MARK
          || type == Character.ENCLOSING_MARK || type == Character.COMBINING_SPACING_MARK) {
        continue;
      }
      String d = MARKS.matcher(Normalizer.normalize(String.valueOf((char) c), Normalizer.Form.NFD)).replaceAll("")
          .toLowerCase(Locale.ROOT);
      StringBuilder sb = new StringBuilder(d.length());
      for (int i = 0; i < d.length(); i++) {
        char x = d.charAt(i);
        boolean word = !Character.isSurrogate(x) && !NON_WORD.matcher(String.valueOf(x)).matches();
        if (word && x == ' ') {
          sb = null;
          break;
        }
        sb.append(word ? x : ' ');
      }
      t[c] = sb == null ? null : sb.toString();
    }
    return t;
  }

  /**
   * {@link #normalise} without regular expressions for strings of chars below {@code U+0500} (but combining marks
   * and capital sigma) and a few punctuation marks that decomposition leaves alone; null for any other string.
   */
  private static String normaliseSimple(String s) {
    int n = s.length();
    StringBuilder sb = null;
    boolean gap = false;
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        if (c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c >= 'A' && c <= 'Z') {
          if (sb == null) {
            sb = new StringBuilder(n);
          } else if (gap) {
            sb.append(' ');
          }
          gap = false;
          sb.append(c >= 'A' && c <= 'Z' ? (char) (c + 32) : c);
        } else {
          gap = true;
        }
        continue;
      }
      String m;
      if (c < 0x500) {
        m = TABLE[c];
        if (m == null) {
          return null;
        }
      } else if (c == '\u2018' || c == '\u2019' || c == '\u201c' || c == '\u201d' || c == '\u2013'
          || c == '\u2014' || c == '\u2026' || c == '\u2022') {
        m = " ";
      } else {
        return null;
      }
      for (int k = 0; k < m.length(); k++) {
        char x = m.charAt(k);
        if (x == ' ') {
          gap = true;
        } else {
          if (sb == null) {
            sb = new StringBuilder(n);
          } else if (gap) {
            sb.append(' ');
          }
          gap = false;
          sb.append(x);
        }
      }
    }
    return sb == null ? "" : sb.toString();
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
