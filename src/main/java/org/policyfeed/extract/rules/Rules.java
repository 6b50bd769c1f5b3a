package org.policyfeed.extract.rules;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
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
    String fast = normaliseSimple("", s, 0, s.length());
    if (fast != null) {
      return fast;
    }
    return normaliseSlow(s);
  }

  /**
   * {@code prefix + normalise(s.substring(from, to))}, for look-up keys, without copying the range or the key.
   *
   * @param prefix what the key starts with
   * @param s a text
   * @param from the start of the name in it
   * @param to the end of the name
   * @return the key
   */
  static String normalise(String prefix, String s, int from, int to) {
    if (from < 0 || to > s.length() || from > to) {
      throw new StringIndexOutOfBoundsException("begin " + from + ", end " + to + ", length " + s.length());
    }
    String fast = normaliseSimple(prefix, s, from, to);
    if (fast != null) {
      return fast;
    }
    return prefix + normaliseSlow(s.substring(from, to));
  }

  private static String normaliseSlow(String s) {
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

  /** Per char below {@code U+0500}: the one char {@link #TABLE} gives, or 0 when it gives none or several. */
  private static final char[] KEY_CHAR = keyChars();

  private static char[] keyChars() {
    char[] k = new char[TABLE.length];
    for (int c = 0; c < k.length; c++) {
      String m = TABLE[c];
      k[c] = m == null || m.length() != 1 ? 0 : m.charAt(0);
    }
    return k;
  }

  /** Punctuation above {@code U+0500} that decomposition leaves alone: a gap in a key. */
  private static boolean gapPunctuation(char c) {
    return c == '\u2018' || c == '\u2019' || c == '\u201c' || c == '\u201d' || c == '\u2013' || c == '\u2014'
        || c == '\u2026' || c == '\u2022';
  }

  /**
   * What {@link #normalise} makes of {@code c} on its own when that is one char whatever its neighbours: the key
   * char, a space for a gap, or 0 (a mark, capital sigma, a char that decomposes into several, or one above
   * {@code U+0500} other than common punctuation).
   */
  static char keyChar(char c) {
    return c < KEY_CHAR.length ? KEY_CHAR[c] : gapPunctuation(c) ? ' ' : 0;
  }

  /**
   * {@link #normalise} without regular expressions for strings of chars below {@code U+0500} (but combining marks
   * and capital sigma) and a few punctuation marks that decomposition leaves alone; null for any other string.
   * Here for {@code prefix} followed by the key of {@code s[from, to)}; the key is {@code s} itself when it is one
   * already.
   */
  private static String normaliseSimple(String prefix, String s, int from, int to) {
    int p = prefix.length();
    int n = p + to - from;
    Scratch scratch = Scratch.get();
    char[] kept = scratch.key;
    char[] buf = kept.length >= n + 2 ? kept : new char[n + 2];
    prefix.getChars(0, p, buf, 0);
    int k = p; // the key so far is buf[0, k)
    boolean gap = false; // a space is due before the next word char (none before the first)
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < 0x80) {
        boolean lower = c >= 'a' && c <= 'z' || c >= '0' && c <= '9';
        if (lower || c >= 'A' && c <= 'Z') {
          if (k + 2 > buf.length) {
            buf = Arrays.copyOf(buf, 2 * buf.length);
          }
          if (gap && k > p) {
            buf[k++] = ' ';
          }
          gap = false;
          buf[k++] = lower ? c : (char) (c + 32);
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
      } else if (gapPunctuation(c)) {
        m = " ";
      } else {
        return null;
      }
      if (k + 2 * m.length() > buf.length) {
        buf = Arrays.copyOf(buf, 2 * (buf.length + m.length()));
      }
      for (int j = 0; j < m.length(); j++) {
        char x = m.charAt(j);
        if (x == ' ') {
          gap = true;
        } else {
          if (gap && k > p) {
            buf[k++] = ' ';
          }
          gap = false;
          buf[k++] = x;
        }
      }
    }
    if (buf != kept && buf.length <= Scratch.KEEP) {
      scratch.key = buf; // a grown buffer is kept unless it is large
    }
    if (p == 0 && from == 0 && k == s.length() && startsWith(s, buf, k)) {
      return s; // s is its own key: no copy
    }
    return k == 0 ? "" : k == p ? prefix : new String(buf, 0, k);
  }

  /** Whether {@code s} starts with {@code buf[0, k)}. */
  private static boolean startsWith(String s, char[] buf, int k) {
    for (int i = 0; i < k; i++) {
      if (s.charAt(i) != buf[i]) {
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
    Arrays.sort(a, Comparator.comparingLong(Rules::key));
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
    return Arrays.asList(a).subList(0, k);
  }

  /** Field then start, as one number that sorts like them. */
  private static long key(Mention m) {
    return (long) m.field().ordinal() << 32 | m.start();
  }
}
