package org.policyfeed.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class OrderedOutputTest {

  @Test
  void laterFilesWaitTheirTurnAndLargeOnesSpillToDisk() throws IOException {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    OrderedOutput ordered = new OrderedOutput(out, 3);
    OutputStream a = ordered.slot(0);
    OutputStream b = ordered.slot(1);
    OutputStream c = ordered.slot(2);
    byte[] big = "c".repeat(OrderedOutput.SPILL_BYTES + 10).getBytes(StandardCharsets.UTF_8);
    c.write(big);
    c.close();
    b.write("b1".getBytes(StandardCharsets.UTF_8));
    a.write("a1".getBytes(StandardCharsets.UTF_8));
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a1");
    b.write("b2".getBytes(StandardCharsets.UTF_8));
    a.close();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a1b1b2");
    b.write("b3".getBytes(StandardCharsets.UTF_8));
    b.close();
    assertThat(out.toString(StandardCharsets.UTF_8)).isEqualTo("a1b1b2b3" + new String(big, StandardCharsets.UTF_8));
  }
}
