package org.policyfeed.text;

import java.util.List;
import java.util.Set;
import org.policyfeed.model.Field;
import org.policyfeed.model.Repair;

/**
 * The repair stage between HTML-to-text and extraction. Immutable and thread-safe.
 *
 * <p>Placeholder until the repair rules land: it changes nothing.
 */
public final class RepairStage {

  /** A repaired text and the repairs that made it. */
  public record Result(String text, List<Repair> repairs) {}

  private final boolean enabled;
  private final Set<String> disabled;

  private RepairStage(boolean enabled, Set<String> disabled) {
    this.enabled = enabled;
    this.disabled = Set.copyOf(disabled);
  }

  /** The names of all rules, in the order they run. */
  public static List<String> ruleNames() {
    return List.of();
  }

  public static RepairStage create(boolean enabled, Set<String> disabledRules) {
    return new RepairStage(enabled, disabledRules);
  }

  public Result apply(Field field, String text) {
    if (!enabled || disabled.size() > Integer.MAX_VALUE) {
      return new Result(text, List.of());
    }
    return new Result(text, List.of());
  }
}
