package org.policyfeed.extract.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.extract.FieldText;
import org.policyfeed.extract.ItemFields;
import org.policyfeed.model.Mention;
import org.policyfeed.model.NewsItem;
import org.policyfeed.testing.GeneratedFeed;
import org.policyfeed.testing.RealFeeds;

/**
 * Differential test for {@link Projects} against {@link ProjectsOld} (main's code before the gates, kept verbatim):
 * on the items of the real feeds (testdata, src/test/resources, the feedparser conformance corpus) and of a
 * generated feed, and on the texts of {@link DateCorpus} as one-field items, both find the same projects with the
 * same mentions and hits, and answer {@code hitAfter}, {@code hitBefore} and {@code nearestBefore} alike.
 */
class ProjectsOldTest {
  private static List<ItemFields> items;

  @BeforeAll
  static void load() throws Exception {
    items = new ArrayList<>();
    FeedReader reader = FeedReader.builder().build();
    List<byte[]> inputs = new ArrayList<>();
    for (Path p : RealFeeds.allFiles()) {
      inputs.add(Files.readAllBytes(p));
    }
    inputs.add(new GeneratedFeed(400, 7).readAllBytes());
    for (byte[] in : inputs) {
      try (FeedStream s = reader.open(in)) {
        for (NewsItem it : s) {
          items.add(ItemFields.of(it.title(), it.teaser(), it.text(), it.published()));
          items.add(ItemFields.of(it.headline(), null, it.text(), null));
        }
      } catch (Exception e) {
        // not a feed, or one the reader refuses: nothing to add
      }
    }
    for (String t : DateCorpus.all()) {
      items.add(ItemFields.of(null, null, t, null));
    }
  }

  private static String show(Projects.Acc a) {
    return a.name + "|" + a.acronym + "|" + a.phase + "|" + a.kind + "|" + a.label + "|" + a.start + "|" + a.end
        + "|" + a.truncated + "|" + Projects.kind(a) + "|" + mentions(a.mentions);
  }

  private static String show(ProjectsOld.Acc a) {
    return a.name + "|" + a.acronym + "|" + a.phase + "|" + a.kind + "|" + a.label + "|" + a.start + "|" + a.end
        + "|" + a.truncated + "|" + ProjectsOld.kind(a) + "|" + mentions(a.mentions);
  }

  private static String mentions(List<Mention> ms) {
    StringBuilder sb = new StringBuilder();
    for (Mention m : ms) {
      sb.append(m).append(';');
    }
    return sb.toString();
  }

  private static String show(Projects p, Projects.Hit h) {
    return h == null ? "-" : h.field() + ":" + h.start() + "-" + h.end() + "=" + p.list.indexOf(h.project()) + h.project().name;
  }

  private static String show(ProjectsOld p, ProjectsOld.Hit h) {
    return h == null ? "-" : h.field() + ":" + h.start() + "-" + h.end() + "=" + p.list.indexOf(h.project()) + h.project().name;
  }

  @Test
  void findsWhatTheOldCodeFinds() {
    long projects = 0;
    long queries = 0;
    long failures = 0;
    for (ItemFields item : items) {
      Projects nw = new Projects(new Doc(item));
      ProjectsOld old = new ProjectsOld(new Doc(item));
      // the old code throws on some invented texts (schwartzHearst on an empty word): the new one must not;
      // there is nothing to compare with
      String oldFailed = null;
      try {
        old.find();
      } catch (RuntimeException e) {
        oldFailed = e.getClass().getName();
      }
      nw.find();
      if (oldFailed != null) {
        failures++;
        continue;
      }
      List<String> a = new ArrayList<>();
      List<String> b = new ArrayList<>();
      nw.list.forEach(x -> a.add(show(x)));
      old.list.forEach(x -> b.add(show(x)));
      nw.hits.forEach(h -> a.add(show(nw, h)));
      old.hits.forEach(h -> b.add(show(old, h)));
      for (int fi = 0; fi < item.fields().size(); fi++) {
        FieldText f = item.fields().get(fi);
        int n = f.text().length();
        for (int o = 0; o <= n; o++) {
          a.add(show(nw, nw.hitAfter(fi, o, Integer.MAX_VALUE)) + show(nw, nw.hitAfter(fi, o, o + 40)));
          b.add(show(old, old.hitAfter(fi, o, Integer.MAX_VALUE)) + show(old, old.hitAfter(fi, o, o + 40)));
          FieldText.Sentence sen = f.sentenceAt(Math.min(o, Math.max(0, n - 1)));
          a.add(show(nw, nw.hitBefore(fi, sen.start(), o)) + show(nw, nw.hitBefore(fi, 0, o)));
          b.add(show(old, old.hitBefore(fi, sen.start(), o)) + show(old, old.hitBefore(fi, 0, o)));
          if (o < n && o % 7 == 0) {
            Projects.Acc x = nw.nearestBefore(fi, f, o);
            ProjectsOld.Acc y = old.nearestBefore(fi, f, o);
            a.add(x == null ? "-" : nw.list.indexOf(x) + x.name);
            b.add(y == null ? "-" : old.list.indexOf(y) + y.name);
          }
          queries++;
        }
      }
      if (!a.equals(b)) {
        assertThat(String.join("\n", a)).as("%s", item.fields()).isEqualTo(String.join("\n", b));
      }
      projects += nw.list.size();
    }
    System.out.printf("ProjectsOldTest: %d items, %d projects, %d queries, %d failing alike%n", items.size(), projects,
        queries, failures);
    assertThat(projects).isGreaterThan(2_000);
    assertThat(queries).isGreaterThan(1_000_000);
  }
}
