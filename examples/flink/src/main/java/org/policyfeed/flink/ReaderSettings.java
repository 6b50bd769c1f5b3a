package org.policyfeed.flink;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.policyfeed.FeedReader;
import org.policyfeed.Limits;

/**
 * The settings of a {@link FeedReader}, in a form Flink can ship to its task managers.
 *
 * <p>{@code FeedReader} is deliberately not {@link Serializable}: it holds a configured XML factory
 * and the repair and extraction stages. A job keeps this small value object in its functions and
 * builds the reader where it runs, with {@link #newReader()}, once per task. Immutable; every
 * {@code with…} method returns a copy. Defaults are those of {@link FeedReader#builder()}: lenient,
 * all repairs on, {@link Limits#defaults()}.
 */
public final class ReaderSettings implements Serializable {
  private static final long serialVersionUID = 1L;

  private static final ReaderSettings DEFAULTS = new ReaderSettings(false, true, List.of(),
      Limits.DEFAULT_MAX_DOCUMENT_CHARS, Limits.DEFAULT_MAX_TEXT_LENGTH, Limits.DEFAULT_MAX_ELEMENT_DEPTH,
      Limits.DEFAULT_MAX_ITEMS);

  private final boolean strict;
  private final boolean repairs;
  private final List<String> disabledRepairs;
  private final long maxDocumentChars;
  private final int maxTextLength;
  private final int maxElementDepth;
  private final long maxItems;

  private ReaderSettings(boolean strict, boolean repairs, List<String> disabledRepairs, long maxDocumentChars,
      int maxTextLength, int maxElementDepth, long maxItems) {
    this.strict = strict;
    this.repairs = repairs;
    this.disabledRepairs = List.copyOf(disabledRepairs);
    this.maxDocumentChars = maxDocumentChars;
    this.maxTextLength = maxTextLength;
    this.maxElementDepth = maxElementDepth;
    this.maxItems = maxItems;
  }

  /**
   * The settings of {@code FeedReader.builder().build()}.
   *
   * @return the default settings
   */
  public static ReaderSettings defaults() {
    return DEFAULTS;
  }

  /**
   * A copy with strict mode on or off (see {@code FeedReader.Builder#strict}). In strict mode the first
   * problem of a file ends that file with a diagnostic; the job goes on with the other files.
   *
   * @param strict whether to be strict
   * @return the new settings
   */
  public ReaderSettings withStrict(boolean strict) {
    return new ReaderSettings(strict, repairs, disabledRepairs, maxDocumentChars, maxTextLength,
        maxElementDepth, maxItems);
  }

  /**
   * A copy with the repair stage on or off as a whole.
   *
   * @param repairs whether to repair
   * @return the new settings
   */
  public ReaderSettings withRepairs(boolean repairs) {
    return new ReaderSettings(strict, repairs, disabledRepairs, maxDocumentChars, maxTextLength,
        maxElementDepth, maxItems);
  }

  /**
   * A copy with one more repair rule turned off.
   *
   * @param rule the rule's name, as {@code FeedReader.Builder#disableRepair} takes it
   * @return the new settings
   * @throws IllegalArgumentException when no rule has that name (checked here, on the client)
   */
  public ReaderSettings withoutRepair(String rule) {
    FeedReader.builder().disableRepair(rule); // fail fast, before the job is submitted
    List<String> rules = new ArrayList<>(disabledRepairs);
    rules.add(rule);
    return new ReaderSettings(strict, repairs, rules, maxDocumentChars, maxTextLength, maxElementDepth,
        maxItems);
  }

  /**
   * A copy with other limits.
   *
   * @param limits the limits
   * @return the new settings
   */
  public ReaderSettings withLimits(Limits limits) {
    return new ReaderSettings(strict, repairs, disabledRepairs, limits.maxDocumentChars(),
        limits.maxTextLength(), limits.maxElementDepth(), limits.maxItems());
  }

  /**
   * Builds a reader with these settings. The reader is immutable and thread-safe: a task builds one and
   * shares it between all the files it reads.
   *
   * @return a new reader
   */
  public FeedReader newReader() {
    FeedReader.Builder b = FeedReader.builder()
        .strict(strict)
        .repairs(repairs)
        .limits(Limits.builder()
            .maxDocumentChars(maxDocumentChars)
            .maxTextLength(maxTextLength)
            .maxElementDepth(maxElementDepth)
            .maxItems(maxItems)
            .build());
    disabledRepairs.forEach(b::disableRepair);
    return b.build();
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof ReaderSettings s && strict == s.strict && repairs == s.repairs
        && disabledRepairs.equals(s.disabledRepairs) && maxDocumentChars == s.maxDocumentChars
        && maxTextLength == s.maxTextLength && maxElementDepth == s.maxElementDepth && maxItems == s.maxItems;
  }

  @Override
  public int hashCode() {
    return Objects.hash(strict, repairs, disabledRepairs, maxDocumentChars, maxTextLength, maxElementDepth,
        maxItems);
  }

  @Override
  public String toString() {
    return "ReaderSettings[strict=" + strict + ", repairs=" + repairs + ", disabledRepairs=" + disabledRepairs
        + ", maxDocumentChars=" + maxDocumentChars + ", maxTextLength=" + maxTextLength + ", maxElementDepth="
        + maxElementDepth + ", maxItems=" + maxItems + "]";
  }
}
