package org.policyfeed.extract.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
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
    if (asciiWords(s)) {
      return s.toLowerCase(Locale.ROOT); // char by char, as below; s itself when it is in lower case already
    }
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

  /**
   * Whether a string is ASCII words ({@code [A-Za-z0-9]+}) separated by single spaces: then {@link #normalise}
   * only lowers the case of its letters.
   */
  private static boolean asciiWords(String s) {
    int n = s.length();
    if (n == 0 || s.charAt(0) == ' ' || s.charAt(n - 1) == ' ') {
      return false;
    }
    boolean space = false; // the char before is a space
    for (int i = 0; i < n; i++) {
      char c = s.charAt(i);
      if (c == ' ') {
        if (space) {
          return false;
        }
        space = true;
      } else if (c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9') {
        space = false;
      } else {
        return false;
      }
    }
    return true;
  }

  /**
   * The mentions without repeats of a range (the first kept) in text order, by field and then start, stably.
   * The list itself when it is already in that order with no two at one place (the common case): callers copy it.
   */
  static List<Mention> sortMentions(List<Mention> mentions) {
    int n = mentions.size();
    boolean ordered = true; // strictly increasing (field, start): then no range repeats either
    for (int i = 1; i < n && ordered; i++) {
      ordered = key(mentions.get(i - 1)) < key(mentions.get(i));
    }
    if (ordered) {
      return mentions;
    }
    Mention[] a = mentions.toArray(new Mention[0]);
    // stable: mentions at one place keep their order, so the first of a repeated range comes first
    java.util.Arrays.sort(a, Comparator.comparingLong(Rules::key));
    int k = 0;
    int group = 0; // where the run of mentions at the current (field, start) begins in a[0, k)
    for (int i = 0; i < a.length; i++) {
      Mention m = a[i];
      if (k > 0 && key(a[k - 1]) != key(m)) {
        group = k;
      }
      boolean repeat = false;
      for (int j = group; j < k && !repeat; j++) {
        repeat = a[j].end() == m.end();
      }
      if (!repeat) {
        a[k++] = m;
      }
    }
    return java.util.Arrays.asList(a).subList(0, k);
  }

  /** Field then start, as one number that sorts like them. */
  private static long key(Mention m) {
    return (long) m.field().ordinal() << 32 | m.start();
  }
}
