package org.policyfeed.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.OffsetDateTime;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Extraction takes time linear in the text: a 10 MB body goes through the stage in seconds. The bound here
 * is only a guard against a hang (a quadratic scan of 10 MB takes hours); measured figures are in
 * docs/extraction.md (run {@code mvn -o -q test -Dtest=LinearTimeTest} and read its output).
 */
class LinearTimeTest {
    private static final int TEN_MB = 10 * 1024 * 1024;
    private static final OffsetDateTime PUBLISHED = OffsetDateTime.parse("2020-03-02T10:00:00+01:00");

    @Test
    void oneSentenceRepeated() {
        String sentence = "Ms Anna Berg met the MIX team by 3 May.\n"; // 40 characters
        StringBuilder sb = new StringBuilder(TEN_MB + 64);
        for (int i = 0; i < 262_144; i++) {
            sb.append(sentence);
        }
        time("one sentence repeated", sb.toString());
    }

    @Test
    void variedSentences() {
        String[] first = {"Anna", "Jonas", "Leila", "Pedro", "Amara", "Tomasz", "Ines", "Kofi"};
        String[] last = {"Berg", "Lindqvist", "Haddad", "Cardoso", "Keita", "Nowak", "Silva", "Mensah"};
        String[] months = {"January", "March", "May", "July", "September", "November"};
        Random r = new Random(42);
        StringBuilder sb = new StringBuilder(TEN_MB + 1024);
        int n = 0;
        while (sb.length() < TEN_MB) {
            String name = first[r.nextInt(first.length)] + " " + last[r.nextInt(last.length)];
            String month = months[r.nextInt(months.length)];
            int day = 1 + r.nextInt(28);
            switch (n++ % 6) {
                case 0 -> sb.append("Ms ").append(name).append(", Head of Unit at the Invented Agency of Testland, ")
                    .append("opened the workshop in Vienna on ").append(day).append(' ').append(month).append(" 2020. ");
                case 1 -> sb.append("Applications must be submitted by ").append(day).append('/').append(1 + r.nextInt(12))
                    .append("/2020. ");
                case 2 -> sb.append("The Invented Mobility Programme ").append("(IMP ").append(1 + r.nextInt(3))
                    .append(") will run until the end of 2021. ");
                case 3 -> sb.append("As ").append(name).append(", ").append(first[r.nextInt(first.length)]).append(' ')
                    .append(last[r.nextInt(last.length)]).append(" and ").append(first[r.nextInt(first.length)])
                    .append(' ').append(last[r.nextInt(last.length)]).append(" have argued, data matter.\n");
                case 4 -> sb.append("The conference “Invented Title ").append(n).append("” takes place from ").append(day)
                    .append(" to ").append(day + 1).append(' ').append(month).append(" 2020 in Testville. ");
                default -> sb.append("Dr. ").append(name).append(" (Institute of Examples) said that the ")
                    .append("Budapest Process and the STRIVE project help.\n");
            }
        }
        time("varied sentences", sb.toString());
    }

    private static void time(String what, String body) {
        ExtractionStage stage = ExtractionStage.create();
        long t0 = System.nanoTime();
        ExtractionStage.Entities e = stage.extract(new ExtractionStage.ItemText("Invented title", "Invented teaser...",
            body, PUBLISHED));
        long ms = (System.nanoTime() - t0) / 1_000_000;
        System.out.printf("LinearTimeTest %s: %d chars in %d ms (%d persons, %d projects, %d deadlines, %d events)%n",
            what, body.length(), ms, e.persons().size(), e.projects().size(), e.deadlines().size(), e.events().size());
        assertThat(ms).as(what + " took " + ms + " ms").isLessThan(60_000);
    }
}
