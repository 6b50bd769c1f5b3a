package org.policyfeed.text;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.policyfeed.model.Field;
import org.policyfeed.model.Repair;

/**
 * The repair stage between HTML-to-text and extraction: recovers malformed text in titles, teasers and
 * bodies and records every change as a {@link Repair}. Immutable and thread-safe.
 *
 * <p>The rules run in a fixed order, each over the output of the one before ({@link #ruleNames()}):
 * character-level damage first ({@code double-escaped-entity}, then {@code mojibake}, whose output can
 * only be right once entities are decoded), then layout ({@code whitespace}, {@code run-together}), so that
 * the copies of a repeated passage look alike; then the removal of repeats, from the most specific shape
 * to the most general ({@code glued-fragment}, {@code repeated-paragraph}, {@code repeated-sentences}).
 * See {@code docs/text-repair.md}.
 *
 * <p>Each repair's {@link Repair#offset() offset} is where its {@code after} text starts in the field's
 * final text: offsets recorded by an early rule are carried through the changes of the later ones (a
 * repair whose text a later rule removed points at the place of that removal). Runs in time linear in
 * the length of the text.
 *
 * @since 0.1.0
 */
public final class RepairStage {

  /**
   * A repaired text and the repairs that made it, in the order they were made.
   *
   * @param text the repaired text
   * @param repairs the changes, in the order the rules made them
   * @since 0.1.0
   */
  public record Result(String text, List<Repair> repairs) {}

  private static final List<RepairRule> RULES = List.of(
      new DoubleEscapedEntityRule(),
      new MojibakeRule(),
      new WhitespaceRule(),
      new RunTogetherRule(),
      new GluedFragmentRule(),
      new RepeatedParagraphRule(),
      new RepeatedSentencesRule());

  /** For each rule of {@link #RULES}, its bit in {@link RuleFilter#mayChange}. */
  private static final int[] FILTER_BITS = {
      RuleFilter.ENTITY, RuleFilter.MOJIBAKE, RuleFilter.WHITESPACE, RuleFilter.RUN_TOGETHER, RuleFilter.GLUED,
      RuleFilter.PARAGRAPH, RuleFilter.SENTENCES};

  private static final List<String> NAMES = RULES.stream().map(RepairRule::name).toList();

  private final RepairRule[] active;
  private final int[] activeBits;

  private RepairStage(List<RepairRule> active) {
    this.active = active.toArray(new RepairRule[0]);
    this.activeBits = new int[this.active.length];
    for (int i = 0; i < this.active.length; i++) {
      activeBits[i] = FILTER_BITS[RULES.indexOf(this.active[i])];
    }
  }

  /**
   * The names of all rules, in the order they run.
   *
   * @return the names, as recorded in {@link Repair#kind()}
   * @since 0.1.0
   */
  public static List<String> ruleNames() {
    return NAMES;
  }

  /**
   * A stage with every rule on, or with some rules or all of them off.
   *
   * @param enabled false to turn the whole stage off
   * @param disabledRules names from {@link #ruleNames()} of rules to leave out
   * @return the stage
   * @throws IllegalArgumentException when a name is not a rule's
   * @since 0.1.0
   */
  public static RepairStage create(boolean enabled, Set<String> disabledRules) {
    for (String name : disabledRules) {
      if (!NAMES.contains(name)) {
        throw new IllegalArgumentException("no repair rule named '" + name + "'; the rules are " + NAMES);
      }
    }
    List<RepairRule> active = new ArrayList<>();
    if (enabled) {
      Set<String> off = new LinkedHashSet<>(disabledRules);
      for (RepairRule r : RULES) {
        if (!off.contains(r.name())) {
          active.add(r);
        }
      }
    }
    return new RepairStage(active);
  }

  /**
   * Repairs one field's text.
   *
   * @param field the field the text belongs to, recorded on each repair
   * @param text the text as converted from HTML
   * @return the repaired text and its repairs; the text itself when nothing needed repair
   * @since 0.1.0
   */
  public Result apply(Field field, String text) {
    if (active.length == 0 || text.isEmpty()) {
      return new Result(text, List.of());
    }
    // one pass tells which rules could change the text at all; the others are skipped, and a text no
    // rule can change comes back as it is without anything allocated for it
    int mayChange = RuleFilter.mayChange(text);
    String current = text;
    List<Pending> pending = null;
    TextEditor editor = null; // one for all rules of this text, made when the first rule runs
    for (int r = 0; r < active.length; r++) {
      if ((mayChange & activeBits[r]) == 0) {
        continue;
      }
      RepairRule rule = active[r];
      if (editor == null) {
        editor = new TextEditor(current);
      } else {
        editor.reset(current);
      }
      rule.apply(current, editor);
      if (!editor.changed()) {
        continue;
      }
      String next = editor.result();
      if (pending == null) {
        pending = new ArrayList<>();
      }
      for (Pending p : pending) {
        p.offset = editor.map(p.offset);
      }
      for (int i = 0; i < editor.size(); i++) {
        pending.add(new Pending(rule.name(), editor.before(i), editor.after(i), editor.outStart(i)));
      }
      current = next;
      if (r + 1 < active.length) {
        mayChange = RuleFilter.mayChange(current); // the filter holds only for the text it looked at
      }
    }
    if (pending == null) {
      return new Result(text, List.of());
    }
    List<Repair> repairs = new ArrayList<>(pending.size());
    for (Pending p : pending) {
      repairs.add(new Repair(p.kind, field, p.before, p.after, p.offset));
    }
    return new Result(current, List.copyOf(repairs));
  }

  private static final class Pending {
    final String kind;
    final String before;
    final String after;
    int offset;

    Pending(String kind, String before, String after, int offset) {
      this.kind = kind;
      this.before = before;
      this.after = after;
      this.offset = offset;
    }
  }
}
