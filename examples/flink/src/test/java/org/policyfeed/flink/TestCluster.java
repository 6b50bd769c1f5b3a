package org.policyfeed.flink;

import java.time.Duration;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.MemorySize;
import org.apache.flink.configuration.TaskManagerOptions;
import org.apache.flink.connector.base.source.reader.SourceReaderOptions;

/** The configuration of the test MiniClusters: small, and with the workaround of docs/scale-out.md. */
final class TestCluster {
  private TestCluster() {}

  static Configuration configuration() {
    Configuration c = new Configuration();
    // Seen in our runs of Flink 2.3: a split fetcher that goes idle while the element queue is full can block for ever,
    // and closing the source reader then waits this long for it (30 s by default) at the end of the job.
    c.set(SourceReaderOptions.SOURCE_READER_CLOSE_TIMEOUT, Duration.ofMillis(500).toMillis());
    c.set(TaskManagerOptions.MANAGED_MEMORY_SIZE, MemorySize.ofMebiBytes(64));
    return c;
  }
}
