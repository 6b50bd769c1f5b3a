package org.policyfeed.flink;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.RecordAndPosition;
import org.apache.flink.types.Either;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policyfeed.Limits;
import org.policyfeed.model.NewsItem;

/** The format's reader without a cluster: batches, positions and restore, damaged input. */
class FeedFileFormatTest {
  private final FeedFileFormat format = new FeedFileFormat(ReaderSettings.defaults());

  @TempDir
  Path dir;

  @Test
  void readsAFeedInBatchesAndRestoresAfterAnyRecord() throws Exception {
    Path file = dir.resolve("feed.rss");
    Files.writeString(file, Corpus.feed(0, 150)); // 150 items + 1 item diagnostic = 151 records, 3 batches
    List<RecordAndPosition<Either<NewsItem, FileDiagnostic>>> all = read(format.createReader(new Configuration(),
        split(file, null)));
    assertThat(all).hasSize(151);
    assertThat(all.get(0).getRecord().left().id()).isEqualTo(Corpus.id(0, 0));
    assertThat(all.get(1).getRecord().right().code()).isEqualTo("date-unparseable");
    assertThat(all).extracting(RecordAndPosition::getRecordSkipCount)
        .isEqualTo(java.util.stream.LongStream.rangeClosed(1, 151).boxed().toList());

    for (int done : new int[] {1, 64, 100, 151}) {
      CheckpointedPosition at = new CheckpointedPosition(CheckpointedPosition.NO_OFFSET, done);
      List<RecordAndPosition<Either<NewsItem, FileDiagnostic>>> rest =
          read(format.restoreReader(new Configuration(), split(file, at)));
      assertThat(rest).extracting(r -> r.getRecord().toString())
          .isEqualTo(all.subList(done, all.size()).stream().map(r -> r.getRecord().toString()).toList());
      assertThat(rest).extracting(RecordAndPosition::getRecordSkipCount)
          .isEqualTo(all.subList(done, all.size()).stream().map(RecordAndPosition::getRecordSkipCount).toList());
    }
  }

  @Test
  void aFileThatIsNotAFeedOrBreaksALimitIsOneDiagnostic() throws Exception {
    Path empty = dir.resolve("empty.rss");
    Files.writeString(empty, "");
    assertThat(read(format.createReader(new Configuration(), split(empty, null))))
        .singleElement()
        .satisfies(r -> assertThat(r.getRecord().right().code()).isEqualTo("not-a-feed"));

    Path big = dir.resolve("big.rss");
    Files.writeString(big, Corpus.feed(1, 5));
    FeedFileFormat limited = new FeedFileFormat(ReaderSettings.defaults()
        .withLimits(Limits.builder().maxItems(2).build()));
    List<RecordAndPosition<Either<NewsItem, FileDiagnostic>>> records =
        read(limited.createReader(new Configuration(), split(big, null)));
    assertThat(records).hasSize(3);
    FileDiagnostic d = records.get(2).getRecord().right();
    assertThat(d.scope()).isEqualTo("file");
    assertThat(d.code()).isEqualTo("limit-items");
    assertThat(d.file()).endsWith("big.rss");
  }

  private static FileSourceSplit split(Path file, CheckpointedPosition position) throws Exception {
    return new FileSourceSplit("0", new org.apache.flink.core.fs.Path(file.toUri()), 0, Files.size(file),
        0, Files.size(file), new String[0], position);
  }

  private static <T> List<RecordAndPosition<T>> read(BulkFormat.Reader<T> reader) throws Exception {
    List<RecordAndPosition<T>> out = new ArrayList<>();
    try (reader) {
      BulkFormat.RecordIterator<T> batch;
      while ((batch = reader.readBatch()) != null) {
        RecordAndPosition<T> r;
        while ((r = batch.next()) != null) {
          // RecordAndPosition objects are reused by some iterators: keep a copy
          out.add(new RecordAndPosition<>(r.getRecord(), r.getOffset(), r.getRecordSkipCount()));
        }
        batch.releaseBatch();
      }
    }
    return out;
  }
}
