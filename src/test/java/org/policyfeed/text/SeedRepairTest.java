package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyfeed.FeedReader;
import org.policyfeed.model.Feed;
import org.policyfeed.model.Field;
import org.policyfeed.model.NewsItem;
import org.policyfeed.model.Repair;

/** The repair stage on the seed feed, through the public reader. */
class SeedRepairTest {

  private static NewsItem item(Feed feed, String headlineStart) {
    return feed.items().stream().filter(i -> i.headline() != null && i.headline().startsWith(headlineStart))
        .findFirst().orElseThrow();
  }

  @Test
  void budapestProcessSaysCloseTo40Once() {
    NewsItem item = item(SeedTexts.repaired(), "6th Ministerial Conference of the Budapest Process");
    assertThat(occurrences(item.text(), "Close to 40 countries agreed")).isEqualTo(1);
    assertThat(item.text()).doesNotContain("closingClose")
        .contains("support activities. At the closing of the conference, Michael Spindelegger summarised");
    assertThat(item.repairs()).filteredOn(r -> r.kind().equals("glued-fragment")).singleElement()
        .satisfies(r -> {
          assertThat(r.field()).isEqualTo(Field.TEXT);
          assertThat(r.before()).startsWith("Close to 40 countries agreed").endsWith("At the closing");
          assertThat(r.after()).isEmpty();
          assertThat(item.text().substring(r.offset())).startsWith("Close to 40 countries agreed");
        });
  }

  @Test
  void summerSchoolSaysEachSentenceOnce() {
    NewsItem item = item(SeedTexts.repaired(), "Call for Applications for International Summer School");
    for (String s : List.of("The Summer School selection procedure will take place until 30 April 2019.",
        "Only selected candidates will be contacted.", "The deadline for applications is 31 March 2019.")) {
      assertThat(occurrences(item.text(), s)).as(s).isEqualTo(1);
    }
    assertThat(item.text()).contains("participants. The Summer School selection")
        .contains("The call for applications for the Summer School is now open.\n\nCall for applications");
    assertThat(item.repairs()).extracting(Repair::kind).contains("run-together", "repeated-sentences");
  }

  @Test
  void bodyHtmlStaysAsGivenAndTeaserEllipsisStays() {
    Feed on = SeedTexts.repaired();
    Feed off = SeedTexts.unrepaired();
    for (int i = 0; i < on.items().size(); i++) {
      NewsItem a = on.items().get(i);
      assertThat(a.bodyHtml()).isEqualTo(off.items().get(i).bodyHtml());
      assertThat(a.teaserTruncated()).isEqualTo(off.items().get(i).teaserTruncated());
      if (a.teaserTruncated()) {
        assertThat(a.teaser()).endsWith("...");
      }
    }
  }

  @Test
  void offDiffersFromOnOnlyByTheRecordedRepairs() {
    Feed on = SeedTexts.repaired();
    Feed off = SeedTexts.unrepaired();
    int repairs = 0;
    for (int i = 0; i < on.items().size(); i++) {
      NewsItem a = on.items().get(i);
      NewsItem b = off.items().get(i);
      assertThat(b.repairs()).isEmpty();
      repairs += a.repairs().size();
      assertCovered(b.headline(), a.headline(), a.repairs(), Field.TITLE);
      assertCovered(b.teaser(), a.teaser(), a.repairs(), Field.TEASER);
      assertCovered(b.text(), a.text(), a.repairs(), Field.TEXT);
      // everything else is the same record
      assertThat(a.id()).isEqualTo(b.id());
      assertThat(a.title()).isEqualTo(b.title());
      assertThat(a.links()).isEqualTo(b.links());
      assertThat(a.published()).isEqualTo(b.published());
    }
    assertThat(repairs).isPositive();
  }

  @Test
  void rulesTurnOffOneByOneOrAllTogether() {
    NewsItem item = item(SeedTexts.read(FeedReader.builder().disableRepair("run-together").build()),
        "Call for Applications for International Summer School");
    assertThat(item.text()).contains("participants.The Summer School");
    assertThat(item.repairs()).extracting(Repair::kind).doesNotContain("run-together").contains("whitespace");
    assertThat(SeedTexts.unrepaired().items()).allSatisfy(i -> assertThat(i.repairs()).isEmpty());
    assertThatThrownBy(() -> FeedReader.builder().disableRepair("no-such-rule"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("run-together");
    assertThat(RepairStage.ruleNames()).containsExactly("double-escaped-entity", "mojibake", "whitespace",
        "run-together", "glued-fragment", "repeated-paragraph", "repeated-sentences");
  }

  private static int occurrences(String text, String s) {
    int n = 0;
    for (int i = text.indexOf(s); i >= 0; i = text.indexOf(s, i + 1)) {
      n++;
    }
    return n;
  }

  /**
   * Diffs the unrepaired and the repaired text by words and spaces, and checks that every difference
   * lies within the span of a recorded repair of that field (its offset, widened by the length of what
   * it replaced, as a diff may align a removed repeat with either copy).
   */
  static void assertCovered(String off, String on, List<Repair> all, Field field) {
    List<Repair> repairs = all.stream().filter(r -> r.field() == field).toList();
    if (off == null || on == null) {
      assertThat(on).isEqualTo(off);
      return;
    }
    if (repairs.isEmpty()) {
      assertThat(on).isEqualTo(off);
      return;
    }
    for (Repair r : repairs) {
      assertThat(r.offset()).isBetween(0, on.length());
      assertThat(r.before()).isNotEqualTo(r.after());
      assertThat(off).as("a repair's before text comes from the unrepaired text or an earlier repair")
          .satisfiesAnyOf(o -> assertThat(o).contains(r.before()),
              o -> assertThat(repairs.stream().anyMatch(x -> x.after().contains(r.before()))).isTrue());
    }
    List<int[]> hunks = diff(tokens(off), tokens(on));
    assertThat(hunks).as("a repaired field differs from the unrepaired one").isNotEmpty();
    for (int[] h : hunks) {
      int from = h[0];
      int to = h[1];
      boolean covered = repairs.stream().anyMatch(r -> {
        int slack = r.before().length() + 1;
        return from >= r.offset() - slack && to <= r.offset() + r.after().length() + slack;
      });
      assertThat(covered).as("difference at [" + from + ", " + to + ") in " + field + ": '"
          + on.substring(Math.max(0, from - 20), Math.min(on.length(), to + 20)) + "' is no recorded repair "
          + repairs).isTrue();
    }
  }

  /** Words and runs of whitespace, with their start offsets. */
  private static List<String> tokens(String s) {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < s.length()) {
      boolean ws = TextShape.isWhitespace(s.charAt(i));
      int j = i;
      while (j < s.length() && TextShape.isWhitespace(s.charAt(j)) == ws) {
        j++;
      }
      out.add(s.substring(i, j));
      i = j;
    }
    return out;
  }

  /**
   * The changed stretches of {@code b} against {@code a}, as character ranges in {@code b}: a diff of
   * tokens, each changed stretch then narrowed by the characters its two sides share at either end.
   */
  private static List<int[]> diff(List<String> a, List<String> b) {
    int n = a.size();
    int m = b.size();
    int[][] lcs = new int[n + 1][m + 1];
    for (int i = n - 1; i >= 0; i--) {
      for (int j = m - 1; j >= 0; j--) {
        lcs[i][j] = a.get(i).equals(b.get(j)) ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
      }
    }
    List<int[]> hunks = new ArrayList<>();
    StringBuilder gone = new StringBuilder();
    StringBuilder added = new StringBuilder();
    int i = 0;
    int j = 0;
    int pos = 0;
    int hunkStart = -1;
    while (i < n || j < m) {
      if (i < n && j < m && a.get(i).equals(b.get(j))) {
        if (hunkStart >= 0) {
          hunks.add(narrow(hunkStart, gone, added));
          hunkStart = -1;
        }
        pos += b.get(j).length();
        i++;
        j++;
      } else {
        if (hunkStart < 0) {
          hunkStart = pos;
          gone.setLength(0);
          added.setLength(0);
        }
        if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
          added.append(b.get(j));
          pos += b.get(j).length();
          j++;
        } else {
          gone.append(a.get(i));
          i++;
        }
      }
    }
    if (hunkStart >= 0) {
      hunks.add(narrow(hunkStart, gone, added));
    }
    return hunks;
  }

  private static int[] narrow(int start, CharSequence gone, CharSequence added) {
    int p = 0;
    while (p < gone.length() && p < added.length() && gone.charAt(p) == added.charAt(p)) {
      p++;
    }
    int q = 0;
    while (q < gone.length() - p && q < added.length() - p
        && gone.charAt(gone.length() - 1 - q) == added.charAt(added.length() - 1 - q)) {
      q++;
    }
    return new int[] {start + p, start + added.length() - q};
  }
}
