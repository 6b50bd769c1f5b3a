package org.policyfeed.format;

import static java.util.Objects.requireNonNull;

import org.jspecify.annotations.Nullable;

/**
 * The start of an input, shown to each {@link FeedFormat} so that it can claim the input.
 *
 * @param prefix up to {@link #PREFIX_LENGTH} characters from the start of the input, without a
 *     byte-order mark; bytes are decoded as the byte-order mark says, else as UTF-8 (undecodable bytes
 *     become U+FFFD), so an XML declaration naming another encoding may show as replacement characters
 * @param rootNamespace the namespace URI of the root element ({@code ""} for none) when the input is
 *     XML, else null
 * @param rootName the local name of the root element when the input is XML, else null
 * @since 0.1.0
 */
public record FormatProbe(String prefix, @Nullable String rootNamespace, @Nullable String rootName) {

  /** The most characters {@link #prefix()} holds: {@value}. */
  public static final int PREFIX_LENGTH = 4096;

  /**
   * Checks the components.
   *
   * @throws NullPointerException when {@code prefix} is null
   */
  public FormatProbe {
    requireNonNull(prefix, "prefix");
    if (rootName == null) {
      rootNamespace = null;
    } else if (rootNamespace == null) {
      rootNamespace = "";
    }
  }

  /**
   * Whether the input was opened as XML (its prefix starts with {@code <}) and its root element read.
   *
   * @return true when {@link #rootName()} is known
   * @since 0.1.0
   */
  public boolean isXml() {
    return rootName != null;
  }

  /**
   * Whether the root element has this namespace and local name.
   *
   * @param namespace the namespace URI, {@code ""} for none
   * @param localName the local name
   * @return true on a match
   * @since 0.1.0
   */
  public boolean isRoot(String namespace, String localName) {
    return localName.equals(rootName) && namespace.equals(rootNamespace);
  }
}
