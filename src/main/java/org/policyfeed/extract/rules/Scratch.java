package org.policyfeed.extract.rules;

/**
 * Per thread: buffers that one call of a hot method fills and copies its result out of, so that the call allocates
 * only its result. Nothing is kept in them between calls; each buffer has one user, so calls cannot clash by
 * nesting. A buffer that grows past {@link #KEEP} is used once and not kept.
 *
 * <p>Why per thread: the users are static methods called tens of thousands of times per MB of feed ({@link
 * Rules#normalise}, {@link Sentences#split}, {@link Doc#scan(String)}), some from outside any object that
 * could own a buffer (the directory, the evaluation, {@link org.policyfeed.extract.FieldText}); a buffer per call
 * was a few percent of all bytes the reader allocated.
 */
final class Scratch {
  /** The largest buffer kept, in elements. */
  static final int KEEP = 1 << 16;

  private static final ThreadLocal<Scratch> SCRATCH = ThreadLocal.withInitial(Scratch::new);

  /** {@link Doc#scan(String)}: the chunk of text it reads. */
  final char[] chunk = new char[2048];
  /** {@link Doc#scan(String)}: the capital starts it finds. */
  int[] offsets = new int[1024];
  /** {@link Doc#scan(String)}: per capital start, where its phrase search goes back to (same length as offsets). */
  int[] afterBreaks = new int[1024];
  /** {@link Doc#scan(String)}: the key chars it finds. */
  int[] keys = new int[1024];
  /** {@link Rules#normalise}: the key being built. */
  char[] key = new char[128];
  /** {@link Sentences#split}: the sentence bounds. */
  int[] bounds = new int[256];

  private Scratch() {}

  /** The calling thread's buffers. */
  static Scratch get() {
    return SCRATCH.get();
  }
}
