package org.policyfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.junit.jupiter.api.Test;
import org.policyfeed.model.NewsItem;
import org.policyfeed.testing.ChildJvm;
import org.policyfeed.testing.GeneratedFeed;

/**
 * Memory does not grow with the number of items: a JVM with a 64 MB heap reads a generated feed of
 * 500,000 items (about ten times the heap) through the whole pipeline.
 */
class BoundedMemoryTest {
  static final int ITEMS = 500_000;

  @Test
  void readsAFeedTenTimesLargerThanTheHeapIn64Mb() throws Exception {
    // exits 0 within ten minutes (an OutOfMemoryError ends it at once)
    String output = ChildJvm.run("-Xmx64m", "-XX:+ExitOnOutOfMemoryError", "-cp", System.getProperty("java.class.path"),
        Child.class.getName(), String.valueOf(ITEMS));
    String[] fields = output.strip().split(" ");
    assertThat(Long.parseLong(fields[0])).as("items read").isEqualTo(ITEMS);
    assertThat(Long.parseLong(fields[1])).as("bytes of feed").isGreaterThan(10L * 64 * 1024 * 1024);
    assertThat(fields[2]).as("last item's id").isEqualTo(GeneratedFeed.link(ITEMS - 1));
  }

  /** Runs in the small JVM: prints "items bytes lastId". */
  static final class Child {
    public static void main(String[] args) {
      long count = Long.parseLong(args[0]);
      CountingStream in = new CountingStream(new GeneratedFeed(count));
      long n = 0;
      String last = "";
      FeedReader reader = FeedReader.builder().build();
      try (FeedStream feed = reader.open(in)) {
        for (NewsItem item : feed) {
          n++;
          last = item.id();
          if (item.text().isEmpty() || item.links().size() != 1) {
            throw new AssertionError("item " + n + " lost its body");
          }
        }
      }
      System.out.println(n + " " + in.count + " " + last);
    }
  }

  static final class CountingStream extends java.io.FilterInputStream {
    long count;

    CountingStream(java.io.InputStream in) {
      super(in);
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      if (b >= 0) {
        count++;
      }
      return b;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
      int n = super.read(b, off, len);
      if (n > 0) {
        count += n;
      }
      return n;
    }
  }

}
