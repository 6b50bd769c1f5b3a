package org.policyfeed;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Executor;
import org.jspecify.annotations.Nullable;
import org.policyfeed.extract.ExtractionStage;
import org.policyfeed.extract.Extractor;
import org.policyfeed.format.FeedFormat;
import org.policyfeed.internal.DiagnosticQueue;
import org.policyfeed.internal.DirectScan;
import org.policyfeed.internal.FeedDecoder;
import org.policyfeed.internal.Formats;
import org.policyfeed.internal.RestartingSource;
import org.policyfeed.internal.XmlInput;
import org.policyfeed.model.Feed;
import org.policyfeed.model.NewsItem;
import org.policyfeed.text.RepairStage;

/**
 * Reads news feeds into {@link org.policyfeed.model.NewsItem} records, one item at a time.
 *
 * <p>Configure once with {@link #builder()}; a built reader is immutable and thread-safe, so one
 * instance can serve every thread. Each {@code open} call returns a {@link FeedStream} that belongs to
 * the calling thread. The reader does no file, network or clock access: the caller owns the input and
 * closes it.
 *
 * <pre>{@code
 * FeedReader reader = FeedReader.builder().build();
 * try (FeedStream feed = reader.open(inputStream)) {
 *   System.out.println(feed.channel().title());
 *   for (NewsItem item : feed) {
 *     System.out.println(item.published() + " " + item.headline());
 *   }
 * }
 * }</pre>
 *
 * <p>Lenient by default: problems become {@link org.policyfeed.model.Diagnostic}s on the channel or the
 * item, and what can be recovered is: bare ampersands, HTML entities, characters XML forbids,
 * mismatched or unclosed tags, a document cut off mid-item, a wrong or missing charset (see
 * {@link #open(InputStream, String)}). A document type declaration is never processed and nothing is
 * ever fetched. In strict mode ({@link Builder#strict(boolean)}) the first warning or error throws a
 * {@link FeedException}. Input that is not a feed throws {@link NotAFeedException} in either mode.
 *
 * @since 0.1.0
 */
public final class FeedReader {
  private final Limits limits;
  private final boolean strict;
  private final boolean repairs;
  private final boolean plainText;
  private final boolean entities;
  private final Set<String> disabledRepairs;
  private final List<Extractor> extractors;
  private final XmlInput xml;
  private final ItemAssembler assembler;
  private final List<FeedFormat> addedFormats;
  private final boolean discoverFormats;
  private final Formats formats;
  private final @Nullable Executor executor;
  private final int itemsAhead;

  private FeedReader(Builder b) {
    this.limits = b.limits;
    this.strict = b.strict;
    this.repairs = b.repairs;
    this.plainText = b.plainText;
    this.entities = b.entities;
    this.executor = b.executor;
    this.itemsAhead = b.itemsAhead;
    this.disabledRepairs = Set.copyOf(b.disabledRepairs);
    this.extractors = List.copyOf(b.extractors);
    this.xml = new XmlInput(limits);
    // without plain text nothing is repaired, headlines and teasers included (see Builder.plainText)
    this.assembler = new ItemAssembler(RepairStage.create(repairs && plainText, disabledRepairs),
        ExtractionStage.create(extractors, entities), plainText);
    this.addedFormats = List.copyOf(b.formats);
    this.discoverFormats = b.discoverFormats;
    List<FeedFormat> ordered = new ArrayList<>(addedFormats);
    if (discoverFormats) {
      ordered.addAll(Formats.discovered());
    }
    this.formats = new Formats(ordered, xml, limits, strict);
  }

  /**
   * A builder with every setting at its default.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder holding this reader's settings.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public Builder rebuild() {
    Builder b = new Builder().limits(limits).strict(strict).repairs(repairs).plainText(plainText)
        .entities(entities).discoverFormats(discoverFormats);
    if (executor != null) {
      b.executor(executor, itemsAhead);
    }
    disabledRepairs.forEach(b::disableRepair);
    addedFormats.forEach(b::addFormat);
    extractors.forEach(b::addExtractor);
    return b;
  }

  /**
   * Opens a feed from bytes in any encoding the byte-order mark or XML declaration names (UTF-8 when
   * neither does). Same as {@link #open(InputStream, String) open(in, null)}. The stream is not closed
   * by the reader unless {@link FeedStream#close()} is called.
   *
   * @param in the feed's bytes
   * @return the feed, positioned after the channel's metadata
   * @throws NotAFeedException when the input is not a feed
   * @throws FeedException in strict mode on the first problem, or when a limit is exceeded
   * @since 0.1.0
   */
  public FeedStream open(InputStream in) {
    return open(in, null);
  }

  /**
   * Opens a feed from bytes, with the Content-Type the server sent them with. The charset is chosen
   * once, from the start of the input, in this order (RFC 7303, with RFC 3023's rule for {@code text/*}):
   *
   * <ol>
   *   <li>a byte-order mark, or the UTF-16/UTF-32 shape of {@code <?xml};
   *   <li>the {@code charset} parameter of {@code contentType};
   *   <li>for a {@code text/*} XML type without a charset: US-ASCII (RFC 3023), which gives way to the
   *       document's own encoding, with a warning, at the first byte that is not ASCII;
   *   <li>the {@code encoding} of the XML declaration;
   *   <li>UTF-8.
   * </ol>
   *
   * <p>UTF-8 input with byte sequences that are not UTF-8 is read as Windows-1252 where it is not
   * UTF-8, with a warning. A charset the JDK does not know falls back to UTF-8, with a warning. A
   * Content-Type that is not an XML type ({@code text/html}, {@code text/plain}) is reported and the
   * input read as XML anyway. {@link FeedStream#charset()} tells which charset was used.
   *
   * @param in the feed's bytes
   * @param contentType the HTTP Content-Type header's value, such as
   *     {@code application/rss+xml; charset=utf-8}, or null when unknown
   * @return the feed, positioned after the channel's metadata
   * @throws NotAFeedException when the input is not a feed
   * @throws FeedException in strict mode on the first problem, or when a limit is exceeded
   * @throws java.io.UncheckedIOException when reading {@code in} fails
   * @since 0.1.0
   */
  public FeedStream open(InputStream in, @Nullable String contentType) {
    requireNonNull(in, "in");
    DiagnosticQueue queue = new DiagnosticQueue(strict);
    FeedDecoder decoder;
    try {
      decoder = FeedDecoder.open(in, contentType);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return start(formats.open(decoder, queue, decoder), decoder, in);
  }

  /**
   * Opens a feed from characters; any encoding in the XML declaration is ignored.
   *
   * @param in the feed's characters
   * @return the feed, positioned after the channel's metadata
   * @throws NotAFeedException when the input is not a feed
   * @throws FeedException in strict mode on the first problem, or when a limit is exceeded
   * @since 0.1.0
   */
  public FeedStream open(Reader in) {
    requireNonNull(in, "in");
    return start(formats.open(in, new DiagnosticQueue(strict), null), null, in);
  }

  /**
   * Opens a feed from bytes. Well-formed UTF-8 is read faster than through {@link #open(InputStream)}:
   * the XML parser reads it directly, and starts over on the lenient path at the first thing it rejects;
   * the items, diagnostics and errors are those of {@code open(new ByteArrayInputStream(bytes))}.
   *
   * @param bytes the feed's bytes
   * @return the feed
   * @since 0.1.0
   */
  public FeedStream open(byte[] bytes) {
    requireNonNull(bytes, "bytes");
    FeedStream direct = strict ? null : openDirect(bytes, null);
    return direct != null ? direct : open(new ByteArrayInputStream(bytes));
  }

  /**
   * Reads well-formed UTF-8 with the XML parser alone, without decoder and lenient filter, starting over
   * on that path at the first problem (see {@link RestartingSource}); null when {@link DirectScan} finds
   * something the lenient path would read differently. Not in strict mode: there the lenient path
   * throws at the first problem while it reads ahead, which a restart could not repeat exactly.
   *
   * @param bytes the input, or the UTF-8 form of {@code text}
   * @param text the caller's string, or null when the caller gave bytes
   */
  private @Nullable FeedStream openDirect(byte[] bytes, @Nullable String text) {
    int from = text == null ? DirectScan.start(bytes, limits) : DirectScan.startOfText(bytes, limits);
    if (from < 0) {
      return null;
    }
    Formats.Opened opened = text == null ? formats.openDirect(bytes, from, new DiagnosticQueue(strict))
        : formats.openDirect(bytes, from, text, new DiagnosticQueue(strict));
    if (opened == null) {
      return null;
    }
    RestartingSource source = new RestartingSource(opened, () -> {
      DiagnosticQueue queue = new DiagnosticQueue(strict);
      if (text != null) {
        return formats.open(new StringReader(text), queue, null);
      }
      FeedDecoder decoder;
      try {
        decoder = FeedDecoder.open(new ByteArrayInputStream(bytes), null);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
      return formats.open(decoder, queue, decoder);
    });
    source.start();
    return new FeedStream(source, assembler, source, () -> { }, null, text == null ? "UTF-8" : null, executor,
        itemsAhead);
  }

  /**
   * Opens a feed from a string, read directly by the XML parser when it is well-formed, as for
   * {@link #open(byte[])}; the result is that of {@code open(new StringReader(xml))}.
   *
   * @param xml the feed's text
   * @return the feed
   * @since 0.1.0
   */
  public FeedStream open(String xml) {
    requireNonNull(xml, "xml");
    FeedStream direct = strict || !DirectScan.pairedSurrogates(xml) ? null
        : openDirect(xml.getBytes(StandardCharsets.UTF_8), xml);
    return direct != null ? direct : open(new StringReader(xml));
  }

  /**
   * Reads a whole feed into memory. Convenient for small feeds; use {@link #open(InputStream)} to
   * stream large ones.
   *
   * @param in the feed's bytes; not closed
   * @return the channel and every item
   * @since 0.1.0
   */
  public Feed readAll(InputStream in) {
    try (FeedStream s = open(in)) {
      return collect(s);
    }
  }

  /**
   * Reads a whole feed from bytes.
   *
   * @param bytes the feed's bytes
   * @return the channel and every item
   * @since 0.1.0
   */
  public Feed readAll(byte[] bytes) {
    try (FeedStream s = open(bytes)) {
      return collect(s);
    }
  }

  /**
   * Reads a whole feed from a string.
   *
   * @param xml the feed's text
   * @return the channel and every item
   * @since 0.1.0
   */
  public Feed readAll(String xml) {
    try (FeedStream s = open(xml)) {
      return collect(s);
    }
  }

  private static Feed collect(FeedStream s) {
    List<NewsItem> items = new ArrayList<>();
    s.forEach(items::add);
    return new Feed(s.channel(), items);
  }

  private FeedStream start(Formats.Opened opened, @Nullable FeedDecoder decoder, AutoCloseable input) {
    opened.source().start();
    return new FeedStream(opened.source(), assembler, opened.closer(), input, decoder, executor, itemsAhead);
  }

  /**
   * Configures a {@link FeedReader}. Defaults: lenient, all repairs on, {@link Limits#defaults()}.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private Limits limits = Limits.defaults();
    private boolean strict;
    private boolean repairs = true;
    private boolean plainText = true;
    private boolean entities = true;
    private final Set<String> disabledRepairs = new LinkedHashSet<>();
    private final List<FeedFormat> formats = new ArrayList<>();
    private boolean discoverFormats = true;
    private final List<Extractor> extractors = new ArrayList<>();
    private @Nullable Executor executor;
    private int itemsAhead;

    private Builder() {}

    /**
     * Converts items on {@code executor}: the XML is still read on the caller's thread, one item after
     * the other, but the text, repairs and extraction of up to {@code itemsAhead} items run at the same
     * time as tasks on the executor. Items still come out in feed order and are the same records as
     * without an executor; memory grows with {@code itemsAhead}, not with the feed. Use it to spread one
     * large feed over several cores; the reader creates no threads of its own. A task the executor
     * rejects runs on the caller's thread. Default: none, everything runs on the caller's thread.
     *
     * @param executor where items are converted, such as a fixed thread pool the caller owns and shuts
     *     down; extractors added with {@link #addExtractor} must then be thread-safe (they must be anyway)
     * @param itemsAhead how many items may be read ahead of the one the caller takes, at least 1; about
     *     four times the number of threads keeps them busy
     * @return this builder
     * @since 0.1.0
     */
    public Builder executor(Executor executor, int itemsAhead) {
      if (itemsAhead < 1) {
        throw new IllegalArgumentException("itemsAhead must be at least 1, not " + itemsAhead);
      }
      this.executor = requireNonNull(executor, "executor");
      this.itemsAhead = itemsAhead;
      return this;
    }

    /**
     * Adds a feed format. Formats added here are asked first, in the order added, then those found
     * through {@link java.util.ServiceLoader}, then the built-in RSS (0.9x, 1.0, 2.0) and Atom (0.3, 1.0)
     * formats; the first that claims an input reads it. Default: none added.
     *
     * @param format the format; stateless and thread-safe
     * @return this builder
     * @see org.policyfeed.format.FeedFormat
     * @since 0.1.0
     */
    public Builder addFormat(FeedFormat format) {
      formats.add(requireNonNull(format, "format"));
      return this;
    }

    /**
     * Whether formats listed for {@link java.util.ServiceLoader} (in {@code META-INF/services} or a
     * module's {@code provides}) are used, looked up once by {@link #build()}; default true.
     *
     * @param enabled whether to look formats up
     * @return this builder
     * @since 0.1.0
     */
    public Builder discoverFormats(boolean enabled) {
      this.discoverFormats = enabled;
      return this;
    }

    /**
     * Adds an extractor for a further kind of entity; what it finds goes to
     * {@link org.policyfeed.model.NewsItem#extras()}. Extractors run after the built-in rules, in the order
     * added. The extractor must be thread-safe.
     *
     * @param extractor the extractor
     * @return this builder
     * @since 0.1.0
     */
    public Builder addExtractor(Extractor extractor) {
      extractors.add(requireNonNull(extractor, "extractor"));
      return this;
    }

    /**
     * Sets the size limits; default {@link Limits#defaults()}.
     *
     * @param limits the limits
     * @return this builder
     * @since 0.1.0
     */
    public Builder limits(Limits limits) {
      this.limits = requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Strict mode throws a {@link FeedException} on the first warning or error instead of recording a
     * diagnostic; default false (lenient).
     *
     * @param strict whether to be strict
     * @return this builder
     * @since 0.1.0
     */
    public Builder strict(boolean strict) {
      this.strict = strict;
      return this;
    }

    /**
     * Turns the text repair stage on or off as a whole; default on.
     *
     * @param enabled whether to repair
     * @return this builder
     * @since 0.1.0
     */
    public Builder repairs(boolean enabled) {
      this.repairs = enabled;
      return this;
    }

    /**
     * Whether bodies are turned into plain text, repaired and searched for entities; default true. Off,
     * items carry {@code bodyHtml} as given, an empty {@code text}, and no links, repairs or entities:
     * the fastest mode, for callers that only want the feed's structure. Headlines and teasers are
     * still plain text, but not repaired.
     *
     * @param enabled whether to process bodies
     * @return this builder
     * @since 0.1.0
     */
    public Builder plainText(boolean enabled) {
      this.plainText = enabled;
      return this;
    }

    /**
     * Whether the built-in rules search the text for people, projects, deadlines and events; default
     * true. Off, items carry the same text, links and repairs and empty lists of those entities;
     * extractors added with {@link #addExtractor} still run. Finding entities takes most of the time of
     * reading a feed (see {@code docs/performance.md}): off, a reader gives plain, repaired text several
     * times faster.
     *
     * @param enabled whether to find the built-in kinds of entities
     * @return this builder
     * @since 0.1.0
     */
    public Builder entities(boolean enabled) {
      this.entities = enabled;
      return this;
    }

    /**
     * Turns one repair rule off, by the name it records in {@link org.policyfeed.model.Repair#kind()}.
     *
     * @param rule the rule's name, such as {@code run-together}
     * @return this builder
     * @throws IllegalArgumentException when no rule has that name
     * @since 0.1.0
     */
    public Builder disableRepair(String rule) {
      if (!RepairStage.ruleNames().contains(rule)) {
        throw new IllegalArgumentException("no repair rule named '" + rule + "'; the rules are "
            + RepairStage.ruleNames());
      }
      disabledRepairs.add(rule);
      return this;
    }

    /**
     * Builds an immutable, thread-safe reader.
     *
     * @return the reader
     * @since 0.1.0
     */
    public FeedReader build() {
      return new FeedReader(this);
    }
  }
}
