package org.policyfeed;

import static java.util.Objects.requireNonNull;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.io.Reader;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import javax.xml.stream.XMLStreamException;
import org.codehaus.stax2.XMLStreamReader2;
import org.policyfeed.extract.ExtractionStage;
import org.policyfeed.extract.Extractor;
import org.policyfeed.internal.XmlFeedParser;
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
 * item. In strict mode ({@link Builder#strict(boolean)}) the first warning or error throws a
 * {@link FeedException}. Input that is not a feed throws {@link NotAFeedException} in either mode.
 *
 * @since 0.1.0
 */
public final class FeedReader {
  private final Limits limits;
  private final boolean strict;
  private final boolean repairs;
  private final Set<String> disabledRepairs;
  private final List<Extractor> extractors;
  private final XmlInput xml;
  private final ItemAssembler assembler;

  private FeedReader(Builder b) {
    this.limits = b.limits;
    this.strict = b.strict;
    this.repairs = b.repairs;
    this.disabledRepairs = Set.copyOf(b.disabledRepairs);
    this.extractors = List.copyOf(b.extractors);
    this.xml = new XmlInput(limits);
    this.assembler = new ItemAssembler(RepairStage.create(repairs, disabledRepairs),
        ExtractionStage.create(extractors));
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
    Builder b = new Builder().limits(limits).strict(strict).repairs(repairs);
    disabledRepairs.forEach(b::disableRepair);
    extractors.forEach(b::addExtractor);
    return b;
  }

  /**
   * Opens a feed from bytes in any encoding the XML declaration or byte-order mark names (UTF-8 when
   * neither does). The stream is not closed by the reader unless {@link FeedStream#close()} is called.
   *
   * @param in the feed's bytes
   * @return the feed, positioned after the channel's metadata
   * @throws NotAFeedException when the input is not a feed
   * @throws FeedException in strict mode on the first problem, or when a limit is exceeded
   * @since 0.1.0
   */
  public FeedStream open(InputStream in) {
    requireNonNull(in, "in");
    try {
      return start(xml.open(in), in);
    } catch (XMLStreamException e) {
      throw new NotAFeedException("not readable as XML (" + e.getMessage() + "), not a feed");
    }
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
    try {
      return start(xml.open(in), in);
    } catch (XMLStreamException e) {
      throw new NotAFeedException("not readable as XML (" + e.getMessage() + "), not a feed");
    }
  }

  /**
   * Opens a feed from bytes.
   *
   * @param bytes the feed's bytes
   * @return the feed
   * @since 0.1.0
   */
  public FeedStream open(byte[] bytes) {
    return open(new ByteArrayInputStream(bytes));
  }

  /**
   * Opens a feed from a string.
   *
   * @param xml the feed's text
   * @return the feed
   * @since 0.1.0
   */
  public FeedStream open(String xml) {
    return open(new StringReader(xml));
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

  private FeedStream start(XMLStreamReader2 reader, AutoCloseable input) {
    XmlFeedParser parser = new XmlFeedParser(reader, limits, strict);
    parser.start();
    return new FeedStream(parser, assembler, reader, input);
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
    private final Set<String> disabledRepairs = new LinkedHashSet<>();
    private final List<Extractor> extractors = new ArrayList<>();

    private Builder() {}

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
