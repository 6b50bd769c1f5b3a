package org.policyfeed;

import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.Iterator;
import java.util.NoSuchElementException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Executor;
import java.util.concurrent.FutureTask;
import java.util.concurrent.RejectedExecutionException;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jspecify.annotations.Nullable;
import org.policyfeed.internal.FeedDecoder;
import org.policyfeed.internal.RawChannel;
import org.policyfeed.internal.RawEntry;
import org.policyfeed.internal.EntrySource;
import org.policyfeed.model.Channel;
import org.policyfeed.model.NewsItem;

/**
 * One open feed: its {@link #channel()} and then its items, read one at a time as the caller asks for
 * them. Memory does not grow with the number of items. Not thread-safe; iterate it once.
 *
 * <p>Closing the stream closes the input it was opened on.
 *
 * @since 0.1.0
 */
public final class FeedStream implements Iterable<NewsItem>, Closeable {
  private final EntrySource parser;
  private final ItemAssembler assembler;
  private final AutoCloseable reader;
  private final AutoCloseable input;
  /** The decoder the input is read through, or null. */
  private final @Nullable FeedDecoder decoder;
  /** The charset when there is no decoder: the input was read directly as UTF-8; null for characters. */
  private final @Nullable String charset;
  private final @Nullable Executor executor;
  private final int itemsAhead;
  /** Items being converted on the executor, in feed order. */
  private final ArrayDeque<FutureTask<NewsItem>> inFlight = new ArrayDeque<>();
  private boolean iterated;
  private @Nullable Channel channel;

  FeedStream(EntrySource parser, ItemAssembler assembler, AutoCloseable reader, AutoCloseable input,
      @Nullable FeedDecoder decoder, @Nullable Executor executor, int itemsAhead) {
    this(parser, assembler, reader, input, decoder, null, executor, itemsAhead);
  }

  FeedStream(EntrySource parser, ItemAssembler assembler, AutoCloseable reader, AutoCloseable input,
      @Nullable FeedDecoder decoder, @Nullable String charset, @Nullable Executor executor, int itemsAhead) {
    this.charset = charset;
    this.executor = executor;
    this.itemsAhead = itemsAhead;
    this.parser = parser;
    this.assembler = assembler;
    this.reader = reader;
    this.input = input;
    this.decoder = decoder;
  }

  /**
   * The charset the feed's bytes were decoded with, by its canonical Java name ({@code UTF-8},
   * {@code ISO-8859-1}, {@code UTF-16LE}, {@code windows-1252}, ...). It can change while reading: a
   * {@code text/*} Content-Type without a charset means US-ASCII until the first byte that is not.
   *
   * @return the charset's name, or null when the feed was opened from characters
   * @since 0.1.0
   */
  public @Nullable String charset() {
    FeedDecoder d = decoder;
    return d == null ? charset : d.charsetName();
  }

  /**
   * The channel's metadata. Before the first item is read this holds what came before the first item;
   * once iteration has ended it also holds channel elements that came after the items and feed-level
   * diagnostics such as a truncated document.
   *
   * @return the channel
   * @since 0.1.0
   */
  public Channel channel() {
    Channel c = channel;
    if (c == null) {
      c = assembler.channel(parser.channel(), parser.channelDiagnostics().copy());
      channel = c;
    }
    return c;
  }

  /**
   * The items, in feed order. May be called once.
   *
   * @return an iterator that reads items as it goes
   * @throws IllegalStateException when called a second time
   * @since 0.1.0
   */
  @Override
  public Iterator<NewsItem> iterator() {
    if (iterated) {
      throw new IllegalStateException("a FeedStream can be iterated once");
    }
    iterated = true;
    return executor == null ? new Iterator<>() {
      private @Nullable NewsItem next;
      private boolean end;

      @Override
      public boolean hasNext() {
        if (next == null && !end) {
          RawEntry raw = parser.next();
          if (raw == null) {
            end = true;
            channel = null; // recompute with what came after the items
          } else {
            next = assembler.item(raw, parser.channel());
          }
        }
        return next != null;
      }

      @Override
      public NewsItem next() {
        if (!hasNext()) {
          throw new NoSuchElementException();
        }
        NewsItem n = next;
        next = null;
        return n;
      }
    } : new AheadIterator(executor);
  }

  /**
   * Reads raw items on the caller's thread and converts up to {@link #itemsAhead} of them at a time on the
   * executor; hands them out in feed order. An exception the reader throws for a later item waits until
   * the items before it have been handed out.
   */
  private final class AheadIterator implements Iterator<NewsItem> {
    private final Executor executor;
    private boolean end;
    private @Nullable RuntimeException readError;

    AheadIterator(Executor executor) {
      this.executor = executor;
    }

    @Override
    public boolean hasNext() {
      fill();
      return !inFlight.isEmpty() || readError != null;
    }

    private void fill() {
      while (!end && readError == null && inFlight.size() < itemsAhead) {
        RawEntry raw;
        try {
          raw = parser.next();
        } catch (RuntimeException e) {
          readError = e;
          return;
        }
        if (raw == null) {
          end = true;
          channel = null; // recompute with what came after the items
          return;
        }
        // the channel's strings may still change while the reader goes on: the task gets a copy
        RawChannel at = parser.channel().copyForItems();
        FutureTask<NewsItem> task = new FutureTask<>(() -> assembler.item(raw, at));
        inFlight.add(task);
        try {
          executor.execute(task);
        } catch (RejectedExecutionException e) {
          task.run();
        }
      }
    }

    @Override
    public NewsItem next() {
      if (!hasNext()) {
        throw new NoSuchElementException();
      }
      FutureTask<NewsItem> task = inFlight.poll();
      if (task == null) {
        RuntimeException e = readError;
        readError = null;
        end = true;
        throw e;
      }
      try {
        return task.get();
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new IllegalStateException("interrupted while an item was converted", e);
      } catch (ExecutionException e) {
        Throwable cause = e.getCause();
        if (cause instanceof RuntimeException r) {
          throw r;
        }
        if (cause instanceof Error err) {
          throw err;
        }
        throw new IllegalStateException(cause);
      }
    }
  }

  /**
   * The items as a sequential stream. Close this {@code FeedStream} (or the returned stream) when done.
   *
   * @return the items
   * @since 0.1.0
   */
  public Stream<NewsItem> stream() {
    return StreamSupport.stream(Spliterators.spliteratorUnknownSize(iterator(),
        Spliterator.ORDERED | Spliterator.NONNULL), false).onClose(this::close);
  }

  /**
   * Closes the parser and the input.
   *
   * @throws UncheckedIOException when closing the input fails
   * @since 0.1.0
   */
  @Override
  public void close() {
    for (FutureTask<NewsItem> task : inFlight) {
      task.cancel(false);
    }
    inFlight.clear();
    try {
      reader.close();
    } catch (Exception e) {
      // the input is closed below
    }
    try {
      input.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (Exception e) {
      throw new IllegalStateException(e);
    }
  }
}
