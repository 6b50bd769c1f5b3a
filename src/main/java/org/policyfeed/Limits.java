package org.policyfeed;

/**
 * Size limits that protect a reader against hostile or runaway input. Immutable; build with
 * {@link #builder()} or start from {@link #defaults()}. Exceeding a limit ends the read with a
 * {@link FeedException} whose message names the setting to change, in lenient and strict mode alike.
 *
 * @since 0.1.0
 */
public final class Limits {

  /** Default {@link #maxDocumentChars()}: 4 Gi characters (streaming keeps memory flat at any size). */
  public static final long DEFAULT_MAX_DOCUMENT_CHARS = 4L * 1024 * 1024 * 1024;
  /** Default {@link #maxTextLength()}: 16 Mi characters in one element's text. */
  public static final int DEFAULT_MAX_TEXT_LENGTH = 16 * 1024 * 1024;
  /** Default {@link #maxElementDepth()}: 200 nested elements. */
  public static final int DEFAULT_MAX_ELEMENT_DEPTH = 200;
  /** Default {@link #maxItems()}: 10,000,000 items in one feed. */
  public static final long DEFAULT_MAX_ITEMS = 10_000_000L;

  private static final Limits DEFAULTS = builder().build();

  private final long maxDocumentChars;
  private final int maxTextLength;
  private final int maxElementDepth;
  private final long maxItems;

  private Limits(Builder b) {
    this.maxDocumentChars = b.maxDocumentChars;
    this.maxTextLength = b.maxTextLength;
    this.maxElementDepth = b.maxElementDepth;
    this.maxItems = b.maxItems;
  }

  /**
   * The default limits.
   *
   * @return the defaults
   * @since 0.1.0
   */
  public static Limits defaults() {
    return DEFAULTS;
  }

  /**
   * A builder starting from the defaults.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * A builder starting from these limits.
   *
   * @return a new builder
   * @since 0.1.0
   */
  public Builder rebuild() {
    return new Builder().maxDocumentChars(maxDocumentChars).maxTextLength(maxTextLength)
        .maxElementDepth(maxElementDepth).maxItems(maxItems);
  }

  /**
   * Most characters one document may have.
   *
   * @return the limit
   * @since 0.1.0
   */
  public long maxDocumentChars() {
    return maxDocumentChars;
  }

  /**
   * Most characters the text of one element (a title, a body) may have.
   *
   * @return the limit
   * @since 0.1.0
   */
  public int maxTextLength() {
    return maxTextLength;
  }

  /**
   * Deepest element nesting allowed.
   *
   * @return the limit
   * @since 0.1.0
   */
  public int maxElementDepth() {
    return maxElementDepth;
  }

  /**
   * Most items one feed may have.
   *
   * @return the limit
   * @since 0.1.0
   */
  public long maxItems() {
    return maxItems;
  }

  @Override
  public String toString() {
    return "Limits[maxDocumentChars=" + maxDocumentChars + ", maxTextLength=" + maxTextLength
        + ", maxElementDepth=" + maxElementDepth + ", maxItems=" + maxItems + "]";
  }

  /**
   * Builds {@link Limits}. Every setting starts at its {@code DEFAULT_*} value.
   *
   * @since 0.1.0
   */
  public static final class Builder {
    private long maxDocumentChars = DEFAULT_MAX_DOCUMENT_CHARS;
    private int maxTextLength = DEFAULT_MAX_TEXT_LENGTH;
    private int maxElementDepth = DEFAULT_MAX_ELEMENT_DEPTH;
    private long maxItems = DEFAULT_MAX_ITEMS;

    private Builder() {}

    /**
     * Sets {@link Limits#maxDocumentChars()}; default {@value #DEFAULT_MAX_DOCUMENT_CHARS}.
     *
     * @param value a positive number
     * @return this builder
     * @since 0.1.0
     */
    public Builder maxDocumentChars(long value) {
      this.maxDocumentChars = positive(value, "maxDocumentChars");
      return this;
    }

    /**
     * Sets {@link Limits#maxTextLength()}; default {@value #DEFAULT_MAX_TEXT_LENGTH}.
     *
     * @param value a positive number
     * @return this builder
     * @since 0.1.0
     */
    public Builder maxTextLength(int value) {
      this.maxTextLength = (int) positive(value, "maxTextLength");
      return this;
    }

    /**
     * Sets {@link Limits#maxElementDepth()}; default {@value #DEFAULT_MAX_ELEMENT_DEPTH}.
     *
     * @param value a positive number
     * @return this builder
     * @since 0.1.0
     */
    public Builder maxElementDepth(int value) {
      this.maxElementDepth = (int) positive(value, "maxElementDepth");
      return this;
    }

    /**
     * Sets {@link Limits#maxItems()}; default {@value #DEFAULT_MAX_ITEMS}.
     *
     * @param value a positive number
     * @return this builder
     * @since 0.1.0
     */
    public Builder maxItems(long value) {
      this.maxItems = positive(value, "maxItems");
      return this;
    }

    /**
     * Builds the limits.
     *
     * @return immutable limits
     * @since 0.1.0
     */
    public Limits build() {
      return new Limits(this);
    }

    private static long positive(long value, String name) {
      if (value <= 0) {
        throw new IllegalArgumentException(name + " must be positive, was " + value);
      }
      return value;
    }
  }
}
