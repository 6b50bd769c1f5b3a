package org.policyfeed.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.lang.reflect.Method;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;

/**
 * Compares two builds of policyfeed on one feed in one JVM: each CLI jar (which bundles the library's
 * dependencies) is loaded by a class loader of its own, and full-pipeline reads of the feed alternate between the
 * two, the order swapped every round. Each read is timed in thread CPU time, and the median of the per-round time
 * ratios (A over B: above 1 when B is faster) is printed with its quartiles. A slow stretch of a shared host slows
 * both reads of a round alike, so the paired ratio stays where separate JMH runs of each build drift apart.
 *
 * <p>{@code java -cp target/benchmarks.jar org.policyfeed.bench.PairedJars A.jar B.jar [FEED [WARMUP ROUNDS]]}
 * (defaults 10 and 30); without a feed file, or with {@code -}, the generated input of {@link FeedBenchmark}
 * ({@code GeneratedFeed(2200, 6)}, about 10 MB); with {@code seed}, its input of real text ({@link SeedFeed}, 2,200
 * items, 8.8 MB). For changes that must not change speed as well: the same jar
 * twice gives the noise.
 */
public final class PairedJars {
  private PairedJars() {}

  /**
   * Runs the comparison.
   *
   * @param args jar A, jar B, optionally the feed file ({@code -} or {@code seed} for the benchmark's inputs) and the
   *     warm-up and measured round counts
   * @throws Exception when a jar cannot be loaded or a read fails
   */
  public static void main(String[] args) throws Exception {
    byte[] feed;
    String source = args.length > 2 ? args[2] : "-";
    if (source.equals("-") || source.equals("seed")) {
      feed = FeedBenchmark.feed(source.equals("-") ? "generated" : "seed", Integer.parseInt(FeedBenchmark.ITEMS));
    } else {
      feed = Files.readAllBytes(Path.of(source));
    }
    int warmup = args.length > 3 ? Integer.parseInt(args[3]) : 10;
    int rounds = args.length > 4 ? Integer.parseInt(args[4]) : 30;
    Object[] readers = new Object[2];
    Method[] open = new Method[2];
    for (int k = 0; k < 2; k++) {
      URLClassLoader loader = new URLClassLoader(new URL[] {Path.of(args[k]).toUri().toURL()},
          ClassLoader.getPlatformClassLoader());
      Class<?> reader = loader.loadClass("org.policyfeed.FeedReader");
      Object builder = reader.getMethod("builder").invoke(null);
      // formats are looked up on the context class loader: this jar's, not the copy in benchmarks.jar
      Thread.currentThread().setContextClassLoader(loader);
      readers[k] = builder.getClass().getMethod("build").invoke(builder);
      open[k] = reader.getMethod("open", byte[].class);
    }
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    double[][] ms = new double[2][rounds];
    long items = 0;
    for (int r = 0; r < warmup + rounds; r++) {
      for (int j = 0; j < 2; j++) {
        int k = r % 2 == 0 ? j : 1 - j;
        long t0 = threads.getCurrentThreadCpuTime();
        try (AutoCloseable s = (AutoCloseable) open[k].invoke(readers[k], feed)) {
          for (Object item : (Iterable<?>) s) {
            items++;
          }
        }
        long t1 = threads.getCurrentThreadCpuTime();
        if (r >= warmup) {
          ms[k][r - warmup] = (t1 - t0) / 1e6;
        }
      }
    }
    double[] ratio = new double[rounds];
    for (int i = 0; i < rounds; i++) {
      ratio[i] = ms[0][i] / ms[1][i];
    }
    for (int k = 0; k < 2; k++) {
      double[] x = ms[k].clone();
      Arrays.sort(x);
      System.out.printf("%s: median %.1f ms, fastest %.1f ms a read%n", args[k], x[rounds / 2], x[0]);
    }
    Arrays.sort(ratio);
    System.out.printf("A/B time ratio: median %.3f (quartiles %.3f, %.3f) over %d rounds, %d items read%n",
        ratio[rounds / 2], ratio[rounds / 4], ratio[3 * rounds / 4], rounds, items);
  }
}
