package org.policyfeed.extract.rules;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.policyfeed.extract.FieldText;
import org.policyfeed.model.Mention;
import org.policyfeed.model.Person;

/** People: a name next to an honorific, a role, a byline, a speech verb, or in a list of names. */
final class Persons {
  private static final String NW = "\\p{Lu}[\\p{Ll}\\p{M}]*(?:\\p{Lu}[\\p{Ll}\\p{M}]+)?"
      + "(?:['’\\-]\\p{Lu}?[\\p{Ll}\\p{M}]+)*(?![\\p{L}\\p{M}\\d])";
  private static final String PART = "(?:van|von|der|den|de|del|della|di|da|das|dos|du|la|le|bin|binti|binte|bint"
      + "|ibn|ben|ould|al|el|ten|ter|zu|y)";
  /** An initial ("J." in "J. P. Moreau"), only when another capitalised word follows. */
  private static final String INIT = "\\p{Lu}\\.(?=" + Doc.SP + "\\p{Lu})";
  /** A name word after the first, optionally with an attached particle ("al-Hassan"). */
  private static final String TOK = "(?:" + INIT + "|(?:(?:al|el|ad|ash|as|ar)[\\-‑])?" + NW + ")";
  private static final String LEFT = "(?=\\p{Lu})(?<![\\p{L}\\p{M}\\d'’\\-.])";
  private static final String NAME2 = NW + "(?:" + Doc.SP + "(?:" + PART + Doc.SP + "){0,3}" + TOK + "){1,3}";
  /** Three or more names: "A B, C D and E F" followed by a lower-case word or the end of the sentence. */
  static final Pattern LIST = Pattern.compile(LEFT + NAME2 + "(?:," + Doc.SP + NAME2 + "){1,8},?"
      + Doc.SP + "and" + Doc.SP + NAME2 + "(?=" + Doc.SP + "\\p{Ll}|[.;]?$|[.;]" + Doc.SP + "|[.;]\\n)",
      Pattern.MULTILINE);
  private static final Pattern NAME2_P = Pattern.compile(LEFT + NAME2);
  private static final Pattern CHAIRED_BY = Pattern.compile("(?:^|\\W)(?:[Tt]he" + Doc.SP + ")?([\\p{L}\\- ]{3,40}),?"
      + Doc.SP + "(?:chaired|led|headed)" + Doc.SP + "by" + Doc.SP + "$");
  private static final Pattern THE_BEFORE = Pattern.compile("(?:^|[^\\p{L}])(?:the|The|of|for)" + Doc.SP + "$");
  private static final Pattern ROLE_OF = Pattern.compile("(?:^|[^\\p{L}])(\\p{Lu}[\\p{Ll}\\-]+)" + Doc.SP + "of"
      + Doc.SP + "$");
  private static final Pattern IN_PLACE = Pattern.compile("\\bin" + Doc.SP + "(\\p{Lu}[\\p{L}\\p{M}\\-]+(?:"
      + Doc.SP + "\\p{Lu}[\\p{L}\\p{M}\\-]+){0,2})");
  private static final String[] CONNECTOR_WORDS = {"of", "the", "for", "at", "in", "on", "to", "with",
      "within", "from", "de", "du", "des", "la", "and", "&"};
  private static final Set<String> CONNECTORS = Set.of(CONNECTOR_WORDS);
  private static final Set<String> ROLE_CONT = Set.of("General", "Senior", "Associate", "Assistant", "Vice",
      "Principal", "First", "Permanent", "Special", "Federal", "Acting", "Interim", "Former", "Course", "Study",
      "Executive", "Deputy", "Chief", "State", "Team", "Programme", "Project", "Training", "Policy", "Country",
      "Regional", "National", "Minister", "Mayor");

  /** {@link #NAME_WORDS} flags: an honorific ({@link Lex#isHonorific}), {@link Lex#NOT_NAME}, {@link #ROLE_CONT}. */
  private static final int W_HON = 1;
  private static final int W_NOT_NAME = 2;
  private static final int W_ROLE_CONT = 4;
  /** {@link Lex#ORG_HEADS}, {@link Lex#KIND_WORDS}, {@link Lex#DOC_HEADS}. */
  private static final int W_ORG_HEAD = 8;
  private static final int W_KIND = 16;
  private static final int W_DOC_HEAD = 32;
  /** Not in the table: {@link Lex#isRoleWord}, added to the flags of a name's word. */
  private static final int W_ROLE = 64;
  /** The word lists a name's words are tested against, as written. */
  private static final WordTable NAME_WORDS = nameWords();

  private static WordTable nameWords() {
    Map<String, Integer> m = new java.util.HashMap<>();
    for (String w : Lex.HONORIFIC_FORMS) {
      m.merge(w, W_HON, (a, b) -> a | b);
    }
    for (String w : Lex.NOT_NAME) {
      m.merge(w, W_NOT_NAME, (a, b) -> a | b);
    }
    for (String w : ROLE_CONT) {
      m.merge(w, W_ROLE_CONT, (a, b) -> a | b);
    }
    for (String w : Lex.ORG_HEADS) {
      m.merge(w, W_ORG_HEAD, (a, b) -> a | b);
    }
    for (String w : Lex.KIND_WORDS.keySet()) {
      m.merge(w, W_KIND, (a, b) -> a | b);
    }
    for (String w : Lex.DOC_HEADS) {
      m.merge(w, W_DOC_HEAD, (a, b) -> a | b);
    }
    return new WordTable(m);
  }

  /** A person being assembled. */
  private static final class Acc {
    final String name;
    @Nullable String honorific;
    final List<String[]> roles = new ArrayList<>();
    final List<Mention> mentions = new ArrayList<>();
    final int order;

    Acc(String name, int order) {
      this.name = name;
      this.order = order;
    }
  }

  /** A surname-only mention with an honorific or role, joined to a full name later. */
  private record Short(String surname, Mention mention, @Nullable String role, @Nullable String org) {}

  private Persons() {}

  static List<Person> find(Doc doc) {
    Map<String, Acc> people = new LinkedHashMap<>();
    List<Short> shorts = new ArrayList<>();
    int order = 0;
    List<String> rolePrefix = new ArrayList<>();
    NameKeys nameKey = new NameKeys();
    String[] known = new String[0]; // the keys of people, sorted
    // the words of the current name: start, end and NAME_WORDS flags (with W_ROLE)
    int[] tokS = new int[16];
    int[] tokE = new int[16];
    int[] tokF = new int[16];
    int knownCount = 0;
    for (int fi = 0; fi < doc.fields.size(); fi++) {
      FieldText f = doc.fields.get(fi);
      String t = f.text();
      Set<Integer> listStarts = Set.of(); // a HashSet once a list is found
      Scan ls = t.contains("and") ? new Scan(LIST, t, listStarts()) : null;
      while (ls != null && ls.find()) {
        Matcher lm = ls.m;
        Matcher nm = NAME2_P.matcher(t).region(lm.start(), lm.end());
        nm.useTransparentBounds(true);
        List<Integer> starts = new ArrayList<>();
        boolean ok = true;
        while (nm.find()) {
          String[] ws = Doc.words(nm.group());
          int k = 0;
          int st = nm.start();
          while (k < ws.length && starts.isEmpty() && Lex.NOT_NAME.contains(ws[k])) {
            st = t.indexOf(ws[k], st) + ws[k].length() + 1;
            k++;
          }
          if (ws.length - k < 2) {
            ok = false;
          }
          for (int j = k; j < ws.length; j++) {
            if (Lex.NOT_NAME.contains(ws[j]) || Lex.isRoleWord(ws[j]) || Lex.isHonorific(ws[j])) {
              ok = false;
            }
          }
          starts.add(st);
        }
        if (ok && starts.size() >= 3) {
          if (listStarts.isEmpty()) {
            listStarts = new HashSet<>();
          }
          listStarts.addAll(starts);
        }
      }
      int consumed = 0;
      int tn = t.length();
      int next = 0; // where find() goes on after a match
      FieldText.Sentence sen = null; // the sentence of the last name
      // a name starts only where a capital phrase can start (and not after an apostrophe, hyphen or stop)
      for (int mStart : doc.capStarts(fi)) {
        if (mStart < next) {
          continue;
        }
        int mEnd = NameMatcher.match(t, mStart, tn);
        if (mEnd < 0) {
          continue;
        }
        next = mEnd;
        if (sen == null || mStart >= sen.end()) {
          // names come in text order: the sentence found last still holds this one until its end
          sen = f.sentenceAt(mStart);
        }
        // the name's words as ranges of t: a match has no white space but single SP chars between its words
        int nt = 0;
        for (int p = mStart; ; ) {
          int q = p;
          while (q < mEnd && !Chars.sp(t.charAt(q))) {
            q++;
          }
          if (nt == tokS.length) {
            tokS = java.util.Arrays.copyOf(tokS, nt * 2);
            tokE = java.util.Arrays.copyOf(tokE, nt * 2);
            tokF = java.util.Arrays.copyOf(tokF, nt * 2);
          }
          tokS[nt] = p;
          tokE[nt] = q;
          // what the word is: one look-up for the exact lists, one for the role words
          tokF[nt] = NAME_WORDS.flags(t, p, q) | (Lex.isRoleWord(t, p, q) ? W_ROLE : 0);
          nt++;
          if (q >= mEnd) {
            break;
          }
          p = q + 1;
        }
        int i = 0;
        String honorific = null;
        rolePrefix.clear(); // one list for all names: only read before the next name
        while (i < nt - 1 || i < nt && (honorific != null || !rolePrefix.isEmpty())) {
          int wf = tokF[i];
          boolean ambassador = tokE[i] - tokS[i] == 10 && t.startsWith("Ambassador", tokS[i]);
          if ((wf & W_HON) != 0 && !ambassador || ambassador && i + 1 < nt) {
            honorific = t.substring(tokS[i], tokE[i]);
            rolePrefix.clear();
          } else if ((wf & W_ROLE) != 0 || (wf & W_ROLE_CONT) != 0 && (!rolePrefix.isEmpty() || i + 1 < nt
              && (tokF[i + 1] & (W_ROLE | W_ROLE_CONT)) != 0)) {
            rolePrefix.add(t.substring(tokS[i], tokE[i]));
          } else if ((wf & W_NOT_NAME) != 0) {
            rolePrefix.clear();
            honorific = null;
          } else {
            break;
          }
          i++;
        }
        if (i == 0 && honorific == null && nt >= 3 && (tokF[0] & W_NOT_NAME) == 0
            && ofBefore(t, Math.max(sen.start(), mStart - 40), mStart)) {
          String pre = t.substring(Math.max(sen.start(), mStart - 40), mStart);
          Matcher ro = ROLE_OF.matcher(pre);
          if (ro.find() && Lex.isRoleWord(ro.group(1))) {
            rolePrefix.add(ro.group(1) + " of " + t.substring(tokS[0], tokE[0]));
            i = 1;
          }
        }
        if (i >= nt) {
          continue;
        }
        // the words after the prefix start at the word i (the words are one space apart)
        int offset = tokS[i];
        boolean bad = false;
        for (int k = i; k < nt; k++) {
          if ((tokF[k] & (W_NOT_NAME | W_ROLE | W_HON)) != 0) {
            bad = true;
          }
        }
        if (bad) {
          continue;
        }
        int ns = offset;
        int ne = mEnd;
        // "before" is [bs, be) and "after" is [ne, se): ranges of t, copied out only where a rare rule needs them
        int bs = sen.start();
        int be = ns;
        int se = sen.end();
        if (ne > se) {
          continue; // the name runs past the sentence's end (the sentence splitter and the name disagree on a dot)
        }
        if (honorific == null) {
          String dh = PersonCues.dottedHonorific(t, Math.max(bs, be - 8), be);
          if (dh != null) {
            honorific = dh;
            be = be - dh.length() - 1;
          }
        } else {
          be = mStart;
        }
        int count = nt - i;
        if (count == 1 && honorific == null && rolePrefix.isEmpty()) {
          continue; // neither a short mention nor a person: nothing below would be kept
        }
        String role = null;
        String org = null;
        boolean trigger = honorific != null;
        if (!rolePrefix.isEmpty()) {
          trigger = true;
          role = String.join(" ", rolePrefix);
          String lw = Doc.lastWord(t, sen.start(), mStart);
          if (lw != null && (lw.endsWith("’s") || lw.endsWith("'s") || Doc.allCaps(lw))) {
            org = Doc.stripPossessive(lw);
          }
        }
        // role phrase written before the name: "the Mayor of Montreal, Valérie Plante"
        if (role == null) {
          int cut = Math.max(0, Math.min(be - bs, consumed - sen.start()));
          String[] back = backwardRoleNone(t, bs + cut, be) ? null : backwardRole(t, bs + cut, be);
          if (back != null) {
            role = back[0];
            org = back[1];
            trigger = true;
            if (back[2] != null) {
              Matcher ip = IN_PLACE.matcher(t.substring(sen.start(), mStart));
              String place = null;
              while (ip.find()) {
                place = ip.group(1);
              }
              org = place;
            }
          } else if (be - bs >= 3 && t.startsWith("by ", be - 3)) {
            String tail = t.substring(Math.max(bs, be - 60), be);
            Matcher ch = CHAIRED_BY.matcher(tail);
            if (ch.find()) {
              String body = ch.group(1).strip();
              int art = Math.max(body.lastIndexOf(" the "), Math.max(body.lastIndexOf(" a "),
                  body.lastIndexOf(" an ")));
              if (art >= 0) {
                body = body.substring(body.indexOf(' ', art + 1) + 1);
              }
              role = "Chair of the " + body;
              trigger = true;
            }
          }
        }
        int apEnd = ne;
        int hdEnd = PersonCues.heading(t, ne, se);
        if (hdEnd >= 0) {
          int[] end = new int[1];
          String ap = appositive(t, hdEnd, se, end);
          if (!ap.isEmpty()) {
            role = "Head";
            org = ap;
            trigger = true;
            apEnd = end[0];
          }
        } else if (ne < se && t.charAt(ne) == ',' || ne + 4 <= se && (t.startsWith(" is ", ne)
            || t.startsWith("\u00a0is ", ne))) {
          boolean is = t.charAt(ne) != ',';
          int from = ne + (is ? 3 : 1);
          int[] end = new int[1];
          String ap = appositive(t, from, se, end);
          if (startsWithRole(ap)) {
            String[] ro = splitRole(ap);
            if (ro[0] != null) {
              role = ro[0];
              org = ro[1] != null ? ro[1] : org;
              trigger = true;
              apEnd = end[0];
            }
          }
        }
        if (role == null || org == null) {
          int oaEnd;
          if (ne + 2 <= se && (t.startsWith(" (", ne) || t.startsWith("\u00a0(", ne))) {
            int close = t.indexOf(')', ne);
            if (close > 0 && close < sen.end() && close - ne < 120) {
              String inside = t.substring(ne + 2, close).strip();
              if (Doc.capitalised(inside) && count >= 2) {
                org = org == null ? inside : org;
              }
            }
          } else if ((oaEnd = PersonCues.orgAfter(t, ne, se)) >= 0) {
            int[] end = new int[1];
            String ap = appositive(t, oaEnd, sen.end(), end);
            String[] aw = Doc.words(stripThe(ap));
            boolean orgHead = count >= 2 && aw.length >= 2 && Lex.ORG_HEADS.contains(aw[0])
                && stripThe(ap).length() < ap.length() && plainName(tokF, i, nt)
                && !THE_BEFORE.matcher(t.substring(bs, be)).find();
            if (Doc.capitalised(stripThe(ap)) && (trigger || orgHead || PersonCues.saidBefore(t, bs, be))) {
              org = org == null ? stripThe(ap) : org;
              trigger = true;
              apEnd = Math.max(apEnd, end[0]);
            }
          }
        }
        if (!trigger) {
          trigger = PersonCues.byline(t, bs, be) || PersonCues.saidAfter(t, ne, se)
              || PersonCues.saidBefore(t, bs, be)
              || !listStarts.isEmpty() && (listStarts.contains(ns) || listStarts.contains(mStart));
        }
        if (count == 1) {
          if (honorific != null || !rolePrefix.isEmpty()) {
            shorts.add(new Short(t.substring(ns, ne), f.mention(ns, ne), role, org));
          }
          continue;
        }
        if (!trigger) {
          // only a person found before takes this mention: their keys are tested before this key is made
          if (knownCount != people.size()) {
            known = people.keySet().toArray(known);
            knownCount = people.size();
            java.util.Arrays.sort(known, 0, knownCount);
          }
          if (nameKey.find(t, ns, ne, known, knownCount) == NameKeys.NONE) {
            continue;
          }
        }
        String name = t.substring(ns, ne);
        String key = key(name);
        Acc acc = people.get(key);
        if (acc == null && !trigger) {
          continue;
        }
        if (acc == null) {
          acc = new Acc(name, order++);
          people.put(key, acc);
        }
        if (acc.honorific == null && honorific != null) {
          acc.honorific = honorific;
        }
        if (role != null || org != null) {
          acc.roles.add(new String[] {expand(role), org});
        }
        acc.mentions.add(f.mention(ns, ne));
        consumed = Math.max(consumed, apEnd);
      }
    }
    // "Dr. Sow Diagne" after "Mariam Sow Diagne": a two-word tail of a longer name is the same person
    Map<String, Acc> tails = new java.util.HashMap<>();
    for (Acc a : people.size() < 2 ? List.<Acc>of() : people.values()) {
      if (spaces(a.name) < 2) {
        continue; // two words at most: no tail of two words of a longer name
      }
      String[] w = Doc.words(a.name);
      for (int k = 1; k + 2 <= w.length; k++) {
        tails.putIfAbsent(key(String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length))), a);
      }
    }
    for (java.util.Iterator<Map.Entry<String, Acc>> it = people.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<String, Acc> e = it.next();
      Acc longer = tails.get(e.getKey());
      if (longer != null && longer != e.getValue()) {
        Acc a = e.getValue();
        longer.mentions.addAll(a.mentions);
        longer.roles.addAll(a.roles);
        if (longer.honorific == null) {
          longer.honorific = a.honorific;
        }
        it.remove();
      }
    }
    Map<String, Acc> bySurname = new java.util.HashMap<>();
    for (Acc a : shorts.isEmpty() ? List.<Acc>of() : people.values()) {
      String[] w = Doc.words(a.name);
      bySurname.putIfAbsent(w[w.length - 1], a);
      for (int k = 1; k < w.length - 1; k++) { // the last word alone is in already
        bySurname.putIfAbsent(String.join(" ", java.util.Arrays.copyOfRange(w, k, w.length)), a);
      }
    }
    for (Short s : shorts) {
      Acc target = bySurname.get(s.surname);
      if (target != null) {
        target.mentions.add(s.mention);
        if (s.role != null || s.org != null) {
          target.roles.add(new String[] {expand(s.role), s.org});
        }
      }
    }
    List<Person> out = new ArrayList<>();
    for (Acc a : people.values()) {
      String role = null;
      String org = null;
      for (String[] r : a.roles) {
        if (r[0] != null && (role == null || r[0].length() > role.length())) {
          role = r[0];
          org = r[1];
        }
      }
      if (org == null) {
        for (String[] r : a.roles) {
          if (r[1] != null) {
            org = r[1];
            break;
          }
        }
      }
      out.add(new Person(a.name, a.honorific, role, org, Rules.sortMentions(a.mentions)));
    }
    return out;
  }

  /**
   * Whether {@link #backwardRole} of {@code t.substring(from, to)} is certainly null: its words, read back from the
   * end as far as it reads them, hold no role word (or there are none, or the last is a bare connector). Only the
   * words it reads are looked at, so a long sentence is not split for every name in it.
   */
  static boolean backwardRoleNone(String t, int from, int to) {
    // b = before.stripTrailing(), less one final comma; then Doc.words(b): strip(), split at runs of SP
    int e = to;
    while (e > from && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    boolean comma = e > from && t.charAt(e - 1) == ',';
    if (comma) {
      e--;
    }
    while (e > from && Character.isWhitespace(t.charAt(e - 1))) {
      e--;
    }
    int s = from;
    while (s < e && Character.isWhitespace(t.charAt(s))) {
      s++;
    }
    while (e > s && Chars.sp(t.charAt(e - 1))) {
      e--; // trailing empty words are dropped
    }
    if (e <= s) {
      return true; // no words
    }
    boolean last = true;
    while (e > s) {
      int ws = e;
      while (ws > s && !Chars.sp(t.charAt(ws - 1))) {
        ws--;
      }
      // the word x is t[ws, e); bare is x less a final comma, t[ws, be)
      if (last && connector(t, ws, e) && !comma) {
        return true;
      }
      last = false;
      int be = e > ws && t.charAt(e - 1) == ',' ? e - 1 : e;
      if (Lex.isRoleWord(t, ws, be)) {
        return false; // a role word: let backwardRole decide
      }
      boolean ok = capitalisedAt(t, ws, be) && !honorificAt(t, ws, be) || connector(t, ws, be)
          || ordinalAt(t, ws, be);
      if (!ok) {
        return true;
      }
      // the separator before this word; a leading one stands for an empty first word, which is not ok
      e = ws;
      while (e > s && Chars.sp(t.charAt(e - 1))) {
        e--;
      }
      if (e == s && ws > s) {
        return true;
      }
    }
    return true;
  }

  /**
   * Whether {@code t[from, to)} has "of" where {@link #ROLE_OF} needs it: before a space and the end, or the end
   * less a final line terminator ({@code $}), that is starting 3 to 5 chars before {@code to}.
   */
  private static boolean ofBefore(String t, int from, int to) {
    for (int p = Math.max(from, to - 5); p <= to - 3; p++) {
      if (t.startsWith("of", p)) {
        return true;
      }
    }
    return false;
  }

  /** How many spaces ({@link Doc#SP}) a string has. */
  private static int spaces(String s) {
    int n = 0;
    for (int i = 0; i < s.length(); i++) {
      if (Chars.sp(s.charAt(i))) {
        n++;
      }
    }
    return n;
  }

  /** Where a name can start: a capital not after a letter, digit, apostrophe, hyphen or full stop. */
  private static boolean nameStart(String t, int i) {
    if (!Scan.upperAt(t, i) || Scan.afterLetterOrDigit(t, i)) {
      return false;
    }
    if (i == 0) {
      return true;
    }
    char p = t.charAt(i - 1);
    return p != '\'' && p != '’' && p != '-' && p != '.';
  }

  /**
   * Where {@link #LIST} can start: where {@link #nameStart} holds, the run of name characters (letters, marks,
   * apostrophes, hyphens and the no-break hyphen, spaces, full stops) from there is followed by a comma, a space
   * and a name, and a name starts there too. The list's first name (NAME2, all name characters) ends where the run
   * does, as its comma follows; the names are found by {@link NameMatcher}, as a match of NAME2 is a match of NAME as
   * well.
   */
  static Scan.Starts listStarts() {
    int[] run = {-1, 0}; // end of the run last scanned, whether ", " and a name follow it
    return (t, i) -> {
      if (!nameStart(t, i)) {
        return false;
      }
      if (i >= run[0]) {
        int j = i;
        while (j < t.length() && nameChar(t.charAt(j))) {
          j++;
        }
        run[0] = j;
        run[1] = j + 2 < t.length() && t.charAt(j) == ',' && Chars.sp(t.charAt(j + 1))
            && NameMatcher.match(t, j + 2, t.length()) >= 0 ? 1 : 0;
      }
      return run[1] == 1 && NameMatcher.match(t, i, t.length()) >= 0;
    };
  }

  private static boolean nameChar(char c) {
    if (c < 0x80) {
      // '.' for initials ("J. P. Moreau")
      return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c == ' ' || c == '\'' || c == '-' || c == '.';
    }
    // U+2011, the no-break hyphen of "al‑Hassan" (TOK)
    if (c == '\u00a0' || c == '’' || c == '\u2011' || Character.isSurrogate(c) || Character.isLetter(c)) {
      return true;
    }
    int type = Character.getType(c);
    return type == Character.NON_SPACING_MARK || type == Character.ENCLOSING_MARK
        || type == Character.COMBINING_SPACING_MARK;
  }

  static String key(String name) {
    return Rules.normalise(name);
  }

  private static @Nullable String expand(@Nullable String role) {
    if (role == null) {
      return null;
    }
    String full = Lex.ROLE_ABBREVIATIONS.get(role);
    return full != null ? full : role;
  }

  private static String stripThe(String s) {
    String t = s.strip();
    if (t.startsWith("the ") || t.startsWith("The ")) {
      return t.substring(4);
    }
    return t;
  }

  /** Whether one of the first five words of an appositive, less an article, is a role word before a connector. */
  static boolean startsWithRole(String ap) {
    // as Doc.words(stripArticle(ap)), read in place: strip, one article, strip, then runs of chars other than SP
    int e = Doc.stripEnd(ap, 0, ap.length());
    int b = Doc.stripStart(ap, 0, e);
    for (String a : ARTICLES) {
      if (ap.startsWith(a, b)) {
        b = Doc.stripStart(ap, b + a.length(), e);
        break;
      }
    }
    if (b >= e) {
      return false;
    }
    int ws = b;
    for (int i = 0; i < 5 && ws < e; i++) {
      // the word i; a leading SP stands for an empty first word
      int we = ws;
      while (we < e && !Chars.sp(ap.charAt(we))) {
        we++;
      }
      int comma = ap.indexOf(',', ws);
      if (comma >= 0 && comma < we) {
        String x = ap.substring(ws, we).replace(",", "");
        if (Lex.isRoleWord(x)) {
          return true;
        }
        if (i > 0 && CONNECTORS.contains(x)) {
          return false;
        }
      } else {
        if (Lex.isRoleWord(ap, ws, we)) {
          return true;
        }
        if (i > 0 && connector(ap, ws, we)) {
          return false;
        }
      }
      ws = we;
      while (ws < e && Chars.sp(ap.charAt(ws))) {
        ws++;
      }
    }
    return false;
  }

  private static final String[] ARTICLES = {"the ", "The ", "a ", "an ", "A ", "An "};

  private static String stripArticle(String s) {
    String t = s.strip();
    for (String a : ARTICLES) {
      if (t.startsWith(a)) {
        return t.substring(a.length());
      }
    }
    return t;
  }

  /**
   * The phrase after a name or a preposition, up to the end of the appositive: stops at a stop, a
   * semicolon, a bracket or quote, a lower-case verb, or a comma or "and" that starts another name or role.
   */
  static String appositive(String t, int from, int limit, int[] endOut) {
    // words are appended from the text and looked at in place; a word becomes a String only for a gazetteer look-up
    StringBuilder sb = new StringBuilder();
    int pos = from;
    boolean sawCap = false;
    int words = 0;
    int lastGood = from;
    while (pos < limit && words < 30) {
      while (pos < limit && (t.charAt(pos) == ' ' || t.charAt(pos) == '\u00a0')) {
        pos++;
      }
      if (pos >= limit) {
        break;
      }
      char c = t.charAt(pos);
      if (c == '(') {
        int close = t.indexOf(')', pos);
        if (close > 0 && close < limit && pos + 1 < close && Character.isLowerCase(t.charAt(pos + 1))) {
          pos = close + 1;
          continue;
        }
        break;
      }
      if (c == ',') {
        int k = pos + 1;
        while (k < limit && t.charAt(k) == ' ') {
          k++;
        }
        int we = wordEnd(t, k, limit);
        if (isWord(t, k, we, "and")) {
          int k2 = k + 3;
          while (k2 < limit && t.charAt(k2) == ' ') {
            k2++;
          }
          int we2 = wordEnd(t, k2, limit);
          if (capitalisedAt(t, k2, we2) && !honorificAt(t, k2, we2) && !segmentHasRole(t, k2, limit)) {
            sb.append(", and");
            pos = k2;
            words++;
            continue;
          }
          break;
        }
        if (capitalisedAt(t, k, we) && !honorificAt(t, k, we) && !Lex.isRoleWord(t, k, we)
            && !segmentHasRole(t, k, limit) && !nameFollows(t, k, limit)) {
          sb.append(',');
          pos = k;
          continue;
        }
        break;
      }
      if (".;:)“”\"–—!?\n•".indexOf(c) >= 0) {
        break;
      }
      int we = wordEnd(t, pos, limit);
      if (we == pos) {
        break;
      }
      if (isWord(t, pos, we, "and")) {
        int k2 = pos + 3;
        while (k2 < limit && t.charAt(k2) == ' ') {
          k2++;
        }
        int we2 = wordEnd(t, k2, limit);
        if (isWord(t, k2, we2, "the") && sawCap) {
          // "… for Asia and the Pacific": a capitalised, role-free word after "and the" continues the body
          int k3 = k2 + 3;
          while (k3 < limit && t.charAt(k3) == ' ') {
            k3++;
          }
          int we3 = wordEnd(t, k3, limit);
          if (!capitalisedAt(t, k3, we3) || honorificAt(t, k3, we3)
              || Lex.isRoleWord(t, k3, we3) || segmentHasRole(t, k3, limit) || nameFollows(t, k3, limit)) {
            break;
          }
        } else if (!capitalisedAt(t, k2, we2) || honorificAt(t, k2, we2)
            || segmentHasRole(t, k2, limit)) {
          break;
        }
      } else if (!capitalisedAt(t, pos, we) && !Character.isDigit(c)) {
        // the cheap test first: the role-word look-up only where it decides
        if (!connector(t, pos, we) && !(!sawCap && words < 3 && !isWord(t, pos, we, "who")
            && !isWord(t, pos, we, "which") && !isWord(t, pos, we, "said") || Lex.isRoleWord(t, pos, we))) {
          break;
        }
      } else if (capitalisedAt(t, pos, we)) {
        if (!isWord(t, pos, we, "Ambassador") && honorificAt(t, pos, we)) {
          break;
        }
        sawCap = true;
      }
      if (sb.length() > 0) {
        sb.append(' ');
      }
      sb.append(t, pos, we);
      boolean conn = connector(t, pos, we);
      pos = we;
      words++;
      if (!conn) {
        lastGood = pos;
      }
    }
    // strip(), then drop trailing connectors (" of") and commas, as long as one is there
    int b = 0;
    int e = sb.length();
    while (b < e && Character.isWhitespace(sb.charAt(b))) {
      b++;
    }
    while (e > b && Character.isWhitespace(sb.charAt(e - 1))) {
      e--;
    }
    while (e > b) {
      if (sb.charAt(e - 1) == ',') {
        e--;
        continue;
      }
      int space = e - 1;
      while (space >= b && sb.charAt(space) != ' ') {
        space--;
      }
      if (space >= b && connector(sb, space + 1, e)) {
        e = space;
        continue;
      }
      break;
    }
    endOut[0] = lastGood;
    return sb.substring(b, e);
  }

  /**
   * The end of the word at {@code k}: up to white space or one of {@code ,.;:()“”"}, but past a full stop followed
   * by a letter ("H.E.") up to white space.
   */
  private static int wordEnd(String t, int k, int limit) {
    int e = k;
    while (e < limit && !Character.isWhitespace(t.charAt(e)) && ",.;:()“”\"".indexOf(t.charAt(e)) < 0) {
      e++;
    }
    if (e < limit && t.charAt(e) == '.' && e + 1 < limit && Character.isLetter(t.charAt(e + 1))) {
      // H.E. style
      while (e < limit && !Character.isWhitespace(t.charAt(e))) {
        e++;
      }
    }
    return e;
  }

  /** {@code Doc.ordinal(t.substring(s, e))}: digits followed by st, nd, rd or th. */
  private static boolean ordinalAt(String t, int s, int e) {
    int i = s;
    while (i < e && Character.isDigit(t.charAt(i))) {
      i++;
    }
    return i > s && e - i == 2 && (t.startsWith("st", i) || t.startsWith("nd", i) || t.startsWith("rd", i)
        || t.startsWith("th", i));
  }

  /** {@code Lex.isHonorific(t.substring(s, e))}. */
  private static boolean honorificAt(String t, int s, int e) {
    return (NAME_WORDS.flags(t, s, e) & W_HON) != 0;
  }

  /** Whether {@code t[s, e)} is {@code w}. */
  private static boolean isWord(String t, int s, int e, String w) {
    return e - s == w.length() && t.startsWith(w, s);
  }

  /** {@code Doc.capitalised(t.substring(s, e))}. */
  private static boolean capitalisedAt(String t, int s, int e) {
    if (s >= e) {
      return false;
    }
    char c = t.charAt(s);
    if (Character.isHighSurrogate(c) && s + 1 < e && Character.isLowSurrogate(t.charAt(s + 1))) {
      return Character.isUpperCase(Character.toCodePoint(c, t.charAt(s + 1)));
    }
    return Character.isUpperCase(c);
  }

  /** Whether the chars {@code [s, e)} of {@code cs} are one of {@link #CONNECTOR_WORDS}. */
  static boolean connector(CharSequence cs, int s, int e) {
    int n = e - s;
    if (n < 1 || n > 6) {
      return false;
    }
    outer:
    for (String c : CONNECTOR_WORDS) {
      if (c.length() != n) {
        continue;
      }
      for (int i = 0; i < n; i++) {
        if (cs.charAt(s + i) != c.charAt(i)) {
          continue outer;
        }
      }
      return true;
    }
    return false;
  }

  private static boolean segmentHasRole(String t, int from, int limit) {
    int end = from;
    while (end < limit && ",;.()".indexOf(t.charAt(end)) < 0
        && !(end > from && t.startsWith(" and ", end))) {
      end++;
    }
    // the words of Doc.words(t, from, end), as ranges: runs of chars other than SP between the stripped ends
    int b = Doc.stripStart(t, from, Doc.stripEnd(t, from, end));
    int n = Doc.stripEnd(t, from, end);
    for (int ws = b; ws < n; ) {
      int we = ws;
      while (we < n && !Chars.sp(t.charAt(we))) {
        we++;
      }
      if (we > ws && (Lex.isRoleWord(t, ws, we) && !isWord(t, ws, we, "Member") || isWord(t, ws, we, "point"))) {
        return true;
      }
      ws = we + 1;
    }
    return false;
  }

  private static boolean nameFollows(String t, int from, int limit) {
    int e = NameMatcher.match(t, from, limit);
    if (e >= 0) {
      return e < limit && t.charAt(e) == ',' && !segmentHasRole(t, from, e);
    }
    return false;
  }

  /** Whether one of {@code Doc.words(s)} is a role word. */
  private static boolean hasRoleWord(String s) {
    int n = Doc.stripEnd(s, 0, s.length());
    for (int ws = Doc.stripStart(s, 0, n); ws < n; ) {
      int we = ws;
      while (we < n && !Chars.sp(s.charAt(we))) {
        we++;
      }
      if (Lex.isRoleWord(s, ws, we)) {
        return true;
      }
      ws = we + 1;
    }
    return false;
  }

  /** Splits "Deputy Minister of Interior of the Republic of Bulgaria" into role and organisation. */
  static String[] splitRole(String phrase) {
    String p = stripArticle(phrase);
    String[] w = Doc.words(p);
    // a leading organisation: "Ecuador's Vice-Minister of …", "ICMPD Programme Manager for …"
    String lead = null;
    if (w.length >= 2 && !Lex.isRoleWord(w[0]) && (w[0].endsWith("’s") || w[0].endsWith("'s")
        || Doc.allCaps(w[0]) && w[0].length() >= 2 && Doc.capitalised(w[1]))) {
      lead = Doc.stripPossessive(w[0]);
      p = p.substring(p.indexOf(w[0]) + w[0].length()).strip();
      w = Doc.words(p);
    }
    int[] preps = new int[w.length]; // the indexes of the prepositions after the first word: preps[0, np)
    int np = 0;
    for (int i = 1; i < w.length; i++) {
      String x = w[i];
      if (x.equals("of") || x.equals("at") || x.equals("with") || x.equals("within") || x.equals("from")) {
        preps[np++] = i;
      }
    }
    int comma = p.indexOf(", ");
    if (comma > 0) {
      String head = p.substring(0, comma);
      String rest = p.substring(comma + 2);
      boolean headHasPrep = false;
      for (String x : Doc.words(head)) {
        if (x.equals("of") || x.equals("at") || x.equals("with") || x.equals("within") || x.equals("from")) {
          headHasPrep = true;
        }
      }
      boolean orgRest = false;
      for (String x : Doc.words(rest)) {
        if (Lex.ORG_HEADS.contains(x)) {
          orgRest = true;
        }
      }
      if (!headHasPrep && orgRest) {
        return new String[] {head, rest};
      }
    }
    int orgAt = -1;
    for (int k = 0; k < np; k++) {
      int pi = preps[k];
      String prep = w[pi];
      if (!prep.equals("of")) {
        orgAt = pi;
        break;
      }
      int segEnd = k + 1 < np ? preps[k + 1] : w.length;
      boolean last = k + 1 >= np;
      boolean the = pi + 1 < w.length && w[pi + 1].equals("the");
      if (the) {
        boolean portfolio = segEnd - pi == 3 && Lex.PORTFOLIO.contains(w[pi + 2]) && !last;
        if (!portfolio) {
          orgAt = pi;
          break;
        }
      } else if (last && lead == null && !allPortfolio(w, pi + 1, segEnd)) {
        orgAt = pi;
        break;
      }
    }
    String role;
    String org = null;
    if (orgAt < 0) {
      role = p;
    } else {
      role = String.join(" ", java.util.Arrays.copyOfRange(w, 0, orgAt));
      String o = String.join(" ", java.util.Arrays.copyOfRange(w, orgAt + 1, w.length));
      o = stripThe(o);
      if (!Doc.capitalised(o)) {
        role = p;
      } else if (!w[orgAt].equals("from") || Doc.capitalised(w[0])) {
        org = o;
      }
    }
    role = role.strip();
    if (role.endsWith(",")) {
      role = role.substring(0, role.length() - 1);
    }
    return new String[] {hasRoleWord(role) ? role : null, org != null ? org : lead};
  }

  /**
   * Whether the name words with the {@link #NAME_WORDS} flags {@code flags[from, to)} are none of an organisation
   * head, a document head or a kind word.
   */
  private static boolean plainName(int[] flags, int from, int to) {
    for (int k = from; k < to; k++) {
      if ((flags[k] & (W_ORG_HEAD | W_KIND | W_DOC_HEAD)) != 0) {
        return false;
      }
    }
    return true;
  }

  /** "of Labour", "of Labour and Employment": a portfolio, not a body. */
  private static boolean allPortfolio(String[] w, int from, int to) {
    if (from >= to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      String x = w[i].replace(",", "");
      if (!Lex.PORTFOLIO.contains(x) && !x.equals("and") && !x.equals("&")) {
        return false;
      }
    }
    return true;
  }

  /**
   * A role phrase written just before a name ("ICMPD's DG", "the Deputy Chief of Mission of the US Embassy in
   * Athens,", "whose mayor,"). Returns role, organisation and a marker when "whose" introduced it.
   */
  static String @Nullable [] backwardRole(String before) {
    return backwardRole(before, 0, before.length());
  }

  /**
   * As {@code backwardRole(t.substring(from, to))}, reading the words back from the end in place: a name late in a
   * long sentence does not split the sentence.
   */
  static String @Nullable [] backwardRole(String t, int from, int to) {
    // b = before.stripTrailing(), less one final comma; its words as Doc.words(b) has them, read from the last
    int e = Doc.stripEnd(t, from, to);
    boolean comma = e > from && t.charAt(e - 1) == ',';
    if (comma) {
      e--;
    }
    e = Doc.stripEnd(t, from, e);
    int s = Doc.stripStart(t, from, e);
    while (e > s && Chars.sp(t.charAt(e - 1))) {
      e--; // trailing empty words are dropped
    }
    if (e <= s) {
      return null; // no words
    }
    int lastEnd = e;
    int k = -1; // the start of the first word of the run of role-phrase words that ends the text
    int stop = -1; // the start of the word before that run, if any
    int stopEnd = -1;
    boolean sawRole = false;
    while (true) {
      int ws = e;
      while (ws > s && !Chars.sp(t.charAt(ws - 1))) {
        ws--;
      }
      if (e == lastEnd && connector(t, ws, e) && !comma) {
        return null; // the last word is a connector
      }
      int be = t.charAt(e - 1) == ',' ? e - 1 : e; // the word less a final comma
      boolean role = Lex.isRoleWord(t, ws, be);
      if (!(capitalisedAt(t, ws, be) && !honorificAt(t, ws, be) || connector(t, ws, be) || role
          || ordinalAt(t, ws, be))) {
        stop = ws;
        stopEnd = e;
        break;
      }
      sawRole |= role;
      k = ws;
      e = ws;
      while (e > s && Chars.sp(t.charAt(e - 1))) {
        e--;
      }
      if (e == s) {
        break; // the first word was read (or, before a leading separator, an empty first word: not part of it)
      }
    }
    if (!sawRole) {
      return null;
    }
    String whose = stop >= 0 && stopEnd - stop == 5 && t.regionMatches(true, stop, "whose", 0, 5) ? "whose" : null;
    return backwardRoleOf(Words.joined(t, k, lastEnd), whose);
  }

  /**
   * The role and organisation of the words that end the text before a name, joined by single spaces and holding a
   * role word; {@code whose} is the marker to return.
   */
  static String @Nullable [] backwardRoleOf(String joined, @Nullable String whose) {
    String[] pw = Doc.words(joined);
    int s = 0;
    while (s < pw.length && (CONNECTORS.contains(pw[s]) || pw[s].equals("As") || pw[s].equals("The")
        || pw[s].equals("And") || pw[s].endsWith(",") && !Lex.isRoleWord(pw[s].replace(",", "")))) {
      s++;
    }
    // the first role word; possessive or acronym words before it name the organisation
    int r = s;
    String prefixOrg = null;
    List<String> roleWords = new ArrayList<>();
    while (r < pw.length && !Lex.isRoleWord(pw[r])) {
      String x = pw[r];
      if (x.endsWith("’s") || x.endsWith("'s") || Doc.allCaps(x)) {
        prefixOrg = Doc.stripPossessive(x);
        roleWords.clear();
      } else if (Doc.capitalised(x) && !CONNECTORS.contains(x)) {
        roleWords.add(x);
      } else {
        roleWords.clear();
        prefixOrg = null;
      }
      r++;
    }
    if (r >= pw.length) {
      return null;
    }
    String phrase = String.join(" ", roleWords) + (roleWords.isEmpty() ? "" : " ")
        + String.join(" ", java.util.Arrays.copyOfRange(pw, r, pw.length));
    String[] ro = splitRole(phrase);
    if (ro[0] == null) {
      return null;
    }
    return new String[] {ro[0], ro[1] != null ? ro[1] : prefixOrg, whose};
  }

  static Comparator<Person> byFirstMention() {
    return Comparator.comparing(p -> p.mentions().isEmpty() ? 0 : p.mentions().get(0).start());
  }

  static String lower(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
