package org.policyfeed.flink;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.api.java.typeutils.EitherTypeInfo;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.connector.file.src.FileSourceSplit;
import org.apache.flink.connector.file.src.reader.BulkFormat;
import org.apache.flink.connector.file.src.util.CheckpointedPosition;
import org.apache.flink.connector.file.src.util.IteratorResultIterator;
import org.apache.flink.core.fs.FSDataInputStream;
import org.apache.flink.types.Either;
import org.policyfeed.FeedException;
import org.policyfeed.FeedReader;
import org.policyfeed.FeedStream;
import org.policyfeed.model.Diagnostic;
import org.policyfeed.model.NewsItem;

/**
 * A Flink file format that reads each file as one RSS feed with policyfeed's streaming reader, so that
 * a {@link org.apache.flink.connector.file.src.FileSource} turns a directory of feeds into a stream of
 * {@link NewsItem}s.
 *
 * <p>Each record is an {@link Either}: {@code Left} an item, {@code Right} a {@link FileDiagnostic}.
 * Per file, in order: each item followed by a diagnostic for each of the item's own diagnostics, then
 * the feed-level (channel) diagnostics. A truncated file keeps its items up to the damage, and what it has
 * of the item it was reading, and yields a {@code document-truncated} error saying where reading stopped. A file that is not a feed (an HTML error page, empty, other XML), exceeds a
 * {@link org.policyfeed.Limits} setting, or breaks strict mode yields one {@code file} diagnostic in
 * place of the rest of the file; it never fails the job. I/O errors of the file system do fail the
 * read, as they would for any format, so that Flink retries it.
 *
 * <p>A feed is not splittable: one reader reads a file from start to end, and parallelism comes from
 * spreading the files across readers. The reader pulls items from {@link FeedStream}'s iterator in
 * batches of {@link #BATCH_SIZE}, so memory per file does not grow with the file.
 *
 * <p>This is a {@link BulkFormat} rather than a {@code StreamFormat} because only a bulk format is
 * told which file it reads, and diagnostics must name their file.
 *
 * <p>Serialisation and threads: the format holds only {@link ReaderSettings}. The
 * {@link FeedReader} is not serialisable; each deserialised copy of the format (one per source task)
 * builds it on first use and shares it between all the files the task reads. That relies on
 * {@code FeedReader} being immutable and thread-safe, as its Javadoc promises. Each {@link FeedStream}
 * is used by one split reader only, on Flink's fetcher thread.
 */
public final class FeedFileFormat implements BulkFormat<Either<NewsItem, FileDiagnostic>, FileSourceSplit> {
  private static final long serialVersionUID = 1L;

  /** Most records handed to Flink in one batch. */
  public static final int BATCH_SIZE = 64;

  /** The records' type: items on the left, diagnostics on the right. */
  public static final TypeInformation<Either<NewsItem, FileDiagnostic>> TYPE =
      new EitherTypeInfo<>(NewsItemTypeInfo.INSTANCE, TypeInformation.of(FileDiagnostic.class));

  private final ReaderSettings settings;
  private transient volatile FeedReader reader;

  /**
   * A format that reads feeds with the given settings.
   *
   * @param settings the reader's settings
   */
  public FeedFileFormat(ReaderSettings settings) {
    this.settings = Objects.requireNonNull(settings, "settings");
  }

  /**
   * The settings this format reads with.
   *
   * @return the settings
   */
  public ReaderSettings settings() {
    return settings;
  }

  @Override
  public Reader<Either<NewsItem, FileDiagnostic>> createReader(Configuration config, FileSourceSplit split)
      throws IOException {
    return new FeedFileReader(feedReader(), split, 0);
  }

  @Override
  public Reader<Either<NewsItem, FileDiagnostic>> restoreReader(Configuration config, FileSourceSplit split)
      throws IOException {
    long skip = split.getReaderPosition().map(CheckpointedPosition::getRecordsAfterOffset).orElse(0L);
    return new FeedFileReader(feedReader(), split, skip);
  }

  @Override
  public boolean isSplittable() {
    return false;
  }

  @Override
  public TypeInformation<Either<NewsItem, FileDiagnostic>> getProducedType() {
    return TYPE;
  }

  private FeedReader feedReader() {
    FeedReader r = reader;
    if (r == null) {
      synchronized (this) {
        r = reader;
        if (r == null) {
          r = settings.newReader();
          reader = r;
        }
      }
    }
    return r;
  }

  /** Reads one file; confined to the fetcher thread that created it. */
  private static final class FeedFileReader implements Reader<Either<NewsItem, FileDiagnostic>> {
    private final String file;
    private final FSDataInputStream in;
    private final ArrayDeque<Either<NewsItem, FileDiagnostic>> pending = new ArrayDeque<>();
    private FeedStream feed;
    private Iterator<NewsItem> items;
    private boolean done;
    private long emitted;

    FeedFileReader(FeedReader reader, FileSourceSplit split, long skip) throws IOException {
      this.file = split.path().toString();
      this.in = split.path().getFileSystem().open(split.path());
      try {
        feed = reader.open(in);
        items = feed.iterator();
      } catch (FeedException e) {
        fail(e);
      } catch (UncheckedIOException e) {
        in.close();
        throw e.getCause();
      } catch (RuntimeException e) {
        in.close();
        throw e;
      }
      for (long i = 0; i < skip && next() != null; i++) {
        emitted++;
      }
    }

    @Override
    public IteratorResultIterator<Either<NewsItem, FileDiagnostic>> readBatch() throws IOException {
      List<Either<NewsItem, FileDiagnostic>> batch = new ArrayList<>(BATCH_SIZE);
      Either<NewsItem, FileDiagnostic> r;
      while (batch.size() < BATCH_SIZE && (r = next()) != null) {
        batch.add(r);
      }
      if (batch.isEmpty()) {
        return null;
      }
      long skipCount = emitted;
      emitted += batch.size();
      return new IteratorResultIterator<>(batch.iterator(), CheckpointedPosition.NO_OFFSET, skipCount);
    }

    /** The next record of this file, or null at its end. */
    private Either<NewsItem, FileDiagnostic> next() throws IOException {
      while (pending.isEmpty() && !done) {
        try {
          if (items.hasNext()) {
            NewsItem item = items.next();
            pending.add(Either.Left(item));
            for (Diagnostic d : item.diagnostics()) {
              pending.add(Either.Right(FileDiagnostic.of(file, FileDiagnostic.ITEM, item.id(), d)));
            }
          } else {
            for (Diagnostic d : feed.channel().diagnostics()) {
              pending.add(Either.Right(FileDiagnostic.of(file, FileDiagnostic.CHANNEL, null, d)));
            }
            done = true;
          }
        } catch (FeedException e) {
          fail(e);
        } catch (UncheckedIOException e) {
          throw e.getCause();
        }
      }
      return pending.poll();
    }

    private void fail(FeedException e) {
      pending.add(Either.Right(FileDiagnostic.failed(file, e)));
      done = true;
    }

    @Override
    public void close() throws IOException {
      try {
        if (feed != null) {
          feed.close();
        }
      } catch (UncheckedIOException e) {
        throw e.getCause();
      } finally {
        in.close();
      }
    }
  }
}
