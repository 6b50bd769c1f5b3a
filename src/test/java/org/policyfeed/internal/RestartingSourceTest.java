package org.policyfeed.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyfeed.Limits;
import org.policyfeed.testing.GeneratedFeed;

/**
 * The direct read hands out entries until the XML parser rejects something, then starts over on the
 * lenient path and goes on after the entries handed out. Inputs are generated feeds with an error
 * invented for this test.
 */
class RestartingSourceTest {
  private static final Limits LIMITS = Limits.defaults();
  private static final Formats FORMATS = new Formats(List.of(), new XmlInput(LIMITS), LIMITS, false);

  private static RestartingSource open(byte[] bytes) {
    int from = DirectScan.start(bytes, LIMITS);
    assertThat(from).isPositive();
    Formats.Opened opened = FORMATS.openDirect(bytes, from, new DiagnosticQueue(false));
    assertThat(opened).isNotNull();
    return new RestartingSource(opened, () -> {
      try {
        FeedDecoder d = FeedDecoder.open(new ByteArrayInputStream(bytes), null);
        return FORMATS.open(d, new DiagnosticQueue(false), d);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static String feed() throws IOException {
    try (InputStream in = new GeneratedFeed(8, 1)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void restartsAtTheFifthItemAndGoesOnAfterTheFourHandedOut() throws IOException {
    String feed = feed();
    int fifth = -1;
    for (int i = 0; i < 5; i++) {
      fifth = feed.indexOf("<item>", fifth + 1);
    }
    int title = feed.indexOf("</title>", fifth);
    byte[] bytes = (feed.substring(0, title) + " AT&T" + feed.substring(title)).getBytes(StandardCharsets.UTF_8);
    RestartingSource source = open(bytes);
    source.start();
    List<String> titles = new ArrayList<>();
    for (int i = 0; i < 4; i++) {
      titles.add(source.next().title);
    }
    assertThat(source.direct()).as("four items read directly").isTrue();
    RawEntry e = source.next();
    assertThat(source.direct()).as("the fifth restarts").isFalse();
    assertThat(e.title).endsWith(" AT&T");
    assertThat(e.diagnostics.list()).extracting(d -> d.code()).contains("ampersand-bare");
    titles.add(e.title);
    RawEntry next;
    while ((next = source.next()) != null) {
      titles.add(next.title);
    }
    assertThat(titles).hasSize(8).doesNotHaveDuplicates();
  }

  @Test
  void aCleanFeedIsReadDirectlyToTheEnd() throws IOException {
    RestartingSource source = open(feed().getBytes(StandardCharsets.UTF_8));
    source.start();
    int n = 0;
    while (source.next() != null) {
      n++;
    }
    assertThat(n).isEqualTo(8);
    assertThat(source.direct()).isTrue();
  }
}
