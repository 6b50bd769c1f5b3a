package org.policyfeed.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/** Runs a command in a child JVM of the running Java, for tests of what a JVM's settings change. */
public final class ChildJvm {
  private ChildJvm() {}

  /** The {@code java} launcher of the running JVM. */
  public static String java() {
    return Path.of(System.getProperty("java.home"), "bin", "java").toString();
  }

  /**
   * Runs {@code java} with the arguments and returns its standard output; fails when it does not exit 0 within
   * ten minutes (with its standard error as the message).
   */
  public static String run(String... args) throws Exception {
    List<String> command = new ArrayList<>(List.of(java()));
    command.addAll(List.of(args));
    Path err = Files.createTempFile("policyfeed-child", ".err");
    try {
      Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(p.waitFor(10, TimeUnit.MINUTES)).isTrue();
      assertThat(p.exitValue()).as(Files.readString(err)).isZero();
      return out;
    } finally {
      Files.delete(err);
    }
  }
}
