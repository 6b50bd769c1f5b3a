package org.policyfeed.extract.rules;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Random;
import java.util.SplittableRandom;
import java.util.function.Function;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.model.NewsItem;
import org.policyfeed.testing.GeneratedFeed;
import org.policyfeed.testing.RealFeeds;

/**
 * Texts for the differential tests of the hand-written date and event matchers: the titles, teasers, texts and
 * sentences of the real feeds in the repository (seed, test resources, feedparser conformance corpus), of a
 * generated feed, and seeded random mutations of them that splice in invented tricky pieces.
 */
final class DateCorpus {
  private DateCorpus() {}

  private static List<String> real;

  /**
   * {@link #all()} and {@code count} texts invented from {@code fragments}: each of up to {@code maxPieces - 1}
   * random fragments followed by what {@code separator} draws (a space, a no-break space or nothing).
   */
  static List<String> withInvented(String[] fragments, long seed, int count, int maxPieces,
      Function<Random, String> separator) {
    List<String> texts = new ArrayList<>(all());
    Random r = new Random(seed);
    for (int k = 0; k < count; k++) {
      StringBuilder sb = new StringBuilder();
      int n = r.nextInt(maxPieces);
      for (int j = 0; j < n; j++) {
        sb.append(fragments[r.nextInt(fragments.length)]).append(separator.apply(r));
      }
      texts.add(sb.toString());
    }
    return texts;
  }

  /** Every title, teaser, text and line of text of the real and generated feeds, without duplicates. */
  static synchronized List<String> real() {
    if (real == null) {
      LinkedHashSet<String> out = new LinkedHashSet<>();
      FeedReader reader = FeedReader.builder().build();
      for (Path p : RealFeeds.allFiles()) {
        try (FeedStream s = reader.open(Files.readAllBytes(p))) {
          for (NewsItem it : s) {
            add(out, it);
          }
        } catch (Exception e) {
          // not a feed, or one the reader refuses: nothing to add
        }
      }
      try (FeedStream s = reader.open(new GeneratedFeed(300, 3).readAllBytes())) {
        for (NewsItem it : s) {
          add(out, it);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      real = List.copyOf(out);
    }
    return real;
  }

  private static void add(LinkedHashSet<String> out, NewsItem it) {
    for (String t : new String[] {it.title(), it.headline(), it.teaser(), it.text()}) {
      if (t != null && !t.isEmpty()) {
        out.add(t);
        for (String line : t.split("\n")) {
          if (!line.isBlank()) {
            out.add(line);
            for (String sen : line.split("(?<=[.!?])\\s+")) {
              out.add(sen);
            }
          }
        }
      }
    }
  }

  /** Invented pieces that sit at the edges of the patterns under test. */
  private static final String[] PIECES = {" ", "\u00a0", "-", "–", "—", "_", "\u0301", "\u20dd", "𝐀", "𝐚", "\n",
      "\r\n", ".", ",", ";", ":", "(", ")", "“", "”", "\"", "'", "’", "1", "19", "2019", "20", "31", "3rd", "1st ", "22nd",
      "12th ", "2020-03-04", "12.03.2020", "4/5/2021", "(2019-2021)", "(2019–2022)", "(IOM)", "(Ab1)", " of ", " of the ",
      " in the ", " and ", " against ", " on ", "the ", "Kick-off", "kick off", "kickoff", "Kicks-Off", "kicked\u00a0off",
      "round-table", "Roundtable", "visits", "VISITED", "launch", "Launched", "took place", "Takes\u00a0place",
      "taking place", "met", "meeting", "metal", "Conference", "conferences", "School", "Event", "Workshop",
      "Summit", "Forum ", "Academy", "Training", "trained", "held", "hosts", "hosted", "opening", "closing",
      "scheduled", "session", "Panel", "January", "March ", "May", "December", "Monday, ", "Sunday", "last Friday",
      "this past Tuesday", "the end of ", "end of", "the beginning of", "the middle of", "early ", "mid-", "mid",
      "late ", "of ", "to", " to ", "until", "till", "and", " - ", "Zürich", "Łódź", "Ελλάδα", "İstanbul", "ǅ", "Ⅻ",
      "st", "nd", "rd", "th", "\u2028", "\u0085", "\r", "\t", "from\n", "Between ", "Brussels", "The ", "This ", "Call for Papers for the ", "Phase 2 ", "project",
      "programme", "since ", "from ", "between ", "Deadline: ", "by ", "no later than "};

  /** {@code n} seeded random mutations of the real texts (sentences cut short, pieces spliced in). */
  static List<String> mutated(int n, long seed) {
    List<String> base = real();
    SplittableRandom r = new SplittableRandom(seed);
    List<String> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      String t = base.get(r.nextInt(base.size()));
      if (t.length() > 400) {
        int a = r.nextInt(t.length() - 300);
        t = t.substring(a, a + 300);
      }
      StringBuilder sb = new StringBuilder(t);
      int edits = 1 + r.nextInt(6);
      for (int e = 0; e < edits; e++) {
        int at = r.nextInt(sb.length() + 1);
        switch (r.nextInt(4)) {
          case 0 -> sb.delete(at, Math.min(sb.length(), at + 1 + r.nextInt(4)));
          case 1 -> sb.setCharAt(Math.min(at, Math.max(0, sb.length() - 1)), sb.length() == 0 ? 'x'
              : Character.isUpperCase(sb.charAt(Math.min(at, sb.length() - 1))) ? Character.toLowerCase(
                  sb.charAt(Math.min(at, sb.length() - 1))) : Character.toUpperCase(sb.charAt(Math.min(at,
                  sb.length() - 1))));
          default -> sb.insert(at, PIECES[r.nextInt(PIECES.length)]);
        }
        if (sb.length() == 0) {
          sb.append(PIECES[r.nextInt(PIECES.length)]);
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** Random strings made only of pieces. */
  static List<String> generated(int n, long seed) {
    SplittableRandom r = new SplittableRandom(seed);
    List<String> out = new ArrayList<>(n);
    for (int k = 0; k < n; k++) {
      StringBuilder sb = new StringBuilder();
      int m = 1 + r.nextInt(12);
      for (int i = 0; i < m; i++) {
        sb.append(PIECES[r.nextInt(PIECES.length)]);
        if (r.nextInt(3) == 0) {
          sb.append(' ');
        }
      }
      out.add(sb.toString());
    }
    return out;
  }

  /** Real, mutated and generated texts together. */
  static List<String> all() {
    List<String> out = new ArrayList<>(real());
    out.addAll(mutated(60_000, 7));
    out.addAll(generated(60_000, 11));
    return out;
  }
}
