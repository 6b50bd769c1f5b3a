package org.policyfeed.robust;

import com.code_intelligence.jazzer.junit.FuzzTest;
import java.io.ByteArrayInputStream;
import java.util.Set;
import org.jspecify.annotations.Nullable;
import org.policyfeed.FeedException;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.Limits;
import org.policyfeed.NotAFeedException;
import org.policyfeed.extract.ExtractionStage;
import org.policyfeed.internal.Dates;
import org.policyfeed.internal.Diagnostics;
import org.policyfeed.model.Field;
import org.policyfeed.model.NewsItem;
import org.policyfeed.text.HtmlText;
import org.policyfeed.text.RepairStage;

/**
 * Fuzz tests (Jazzer). Without {@code JAZZER_FUZZ} they replay the seed corpus and every past finding
 * in {@code src/test/resources/org/policyfeed/robust/FeedFuzzTestInputs/<method>/}; with
 * {@code JAZZER_FUZZ=1} they fuzz (see docs/robustness.md). A finding is copied into that folder, so
 * it is replayed by every later {@code mvn test}.
 *
 * <p>Invariants: lenient reading never throws anything but {@link NotAFeedException} or a limit's
 * {@link FeedException}; it ends (Jazzer's time-out catches a hang); memory stays bounded (the limits
 * below bound every buffer). The text pipeline never throws.
 */
class FeedFuzzTest {
  private static final FeedReader READER = FeedReader.builder()
      .limits(Limits.builder().maxDocumentChars(4_000_000).maxTextLength(1_000_000).maxElementDepth(100).build())
      .build();
  private static final RepairStage REPAIRS = RepairStage.create(true, Set.of());
  private static final ExtractionStage EXTRACTION = ExtractionStage.create();
  private static final String[] CONTENT_TYPES = {
      null, "text/xml", "application/rss+xml; charset=iso-8859-1", "text/html; charset=utf-8"};

  @FuzzTest(maxDuration = "5m")
  void lenientReaderNeverFails(byte[] data) {
    @Nullable String contentType = CONTENT_TYPES[data.length % CONTENT_TYPES.length];
    try (FeedStream s = READER.open(new ByteArrayInputStream(data), contentType)) {
      s.channel();
      for (NewsItem item : s) {
        if (item.id().isEmpty()) {
          throw new AssertionError("an item without an id");
        }
      }
      s.channel();
    } catch (NotAFeedException e) {
      // an answer, not a failure
    } catch (FeedException e) {
      if (!e.code().startsWith("limit-")) {
        throw new AssertionError("lenient mode threw " + e.code() + ": " + e.getMessage(), e);
      }
    }
  }

  @FuzzTest(maxDuration = "5m")
  void textPipelineNeverFails(byte[] data) {
    String s = new String(data, java.nio.charset.StandardCharsets.UTF_8);
    HtmlText.Result r = HtmlText.convert(s, "http://example.org/base/");
    String text = REPAIRS.apply(Field.TEXT, r.text()).text();
    String title = REPAIRS.apply(Field.TITLE, HtmlText.collapseInlineText(s).strip()).text();
    Dates.parse(s, new Diagnostics(false), 1, 1);
    EXTRACTION.extract(new ExtractionStage.ItemText(title, title, text, null));
  }

  /**
   * The short fuzz session that CI runs ({@code JAZZER_FUZZ=1}, see {@code .ci/run}): the reader's
   * invariants for 40 seconds, starting from the reader's seed corpus. In a normal run it replays that
   * corpus like the others.
   */
  @FuzzTest(maxDuration = "40s")
  void ciFuzzSession(byte[] data) {
    lenientReaderNeverFails(data);
  }
}
