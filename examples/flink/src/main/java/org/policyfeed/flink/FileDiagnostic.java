package org.policyfeed.flink;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.Locale;
import org.policyfeed.FeedException;
import org.policyfeed.model.Diagnostic;

/**
 * A diagnostic of one feed file, as the job's side output carries it: the file it came from, where in
 * the file ({@link #scope()}) and the library's diagnostic. A record of strings and integers, so Flink
 * serialises it with its own POJO serializer (no Kryo).
 *
 * @param file the file's path
 * @param scope {@code file} when the file as a whole could not be read (not a feed, a limit exceeded,
 *     strict mode), {@code channel} for a feed-level diagnostic such as truncated XML, {@code item} for a
 *     diagnostic of one item
 * @param itemId the item's id when the scope is {@code item}, else null
 * @param severity {@code info}, {@code warning} or {@code error}
 * @param code the library's diagnostic code, such as {@code document-truncated} or {@code not-a-feed}
 * @param message the library's message
 * @param line 1-based line in the file, or null
 * @param column 1-based column in the file, or null
 */
public record FileDiagnostic(String file, String scope, String itemId, String severity, String code,
    String message, Integer line, Integer column) {

  /** Scope of a diagnostic that ended the reading of a whole file. */
  public static final String FILE = "file";
  /** Scope of a feed-level diagnostic. */
  public static final String CHANNEL = "channel";
  /** Scope of a diagnostic of one item. */
  public static final String ITEM = "item";

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * A diagnostic of the file, the channel or one item.
   *
   * @param file the file's path
   * @param scope {@link #FILE}, {@link #CHANNEL} or {@link #ITEM}
   * @param itemId the item's id, or null
   * @param d the library's diagnostic
   * @return the file diagnostic
   */
  public static FileDiagnostic of(String file, String scope, String itemId, Diagnostic d) {
    return new FileDiagnostic(file, scope, itemId, d.severity().name().toLowerCase(Locale.ROOT), d.code(),
        d.message(), d.line(), d.column());
  }

  /**
   * A diagnostic for a file whose reading the library ended with an exception.
   *
   * @param file the file's path
   * @param e what the reader threw: {@code NotAFeedException}, a limit, or strict mode's first problem
   * @return the file diagnostic, severity {@code error}
   */
  public static FileDiagnostic failed(String file, FeedException e) {
    return new FileDiagnostic(file, FILE, null, "error", e.code(), e.getMessage(), e.line(), e.column());
  }

  /**
   * The diagnostic as one line of JSON, with the fields named as the record's components.
   *
   * @return compact JSON
   */
  public String toJson() {
    ObjectNode n = JSON.createObjectNode();
    n.put("file", file).put("scope", scope).put("itemId", itemId).put("severity", severity)
        .put("code", code).put("message", message).put("line", line).put("column", column);
    try {
      return JSON.writeValueAsString(n);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
