package org.policyfeed.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MojibakeRuleTest {
  private static final Charset CP1252 = Charset.forName("windows-1252");
  private final MojibakeRule rule = new MojibakeRule();

  /** UTF-8 bytes read as Windows-1252; the five bytes it leaves undefined become C1 controls. */
  static String cp1252(String s) {
    StringBuilder sb = new StringBuilder();
    for (byte b : s.getBytes(StandardCharsets.UTF_8)) {
      String c = new String(new byte[] {b}, CP1252);
      sb.append(c.equals("\ufffd") ? (char) (b & 0xff) : c.charAt(0));
    }
    return sb.toString();
  }

  static String latin1(String s) {
    return new String(s.getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1);
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "ICMPD’s report – published in May", "Müller, Düsseldorf, Gießen, Österreich", "São Vicente, Integração",
      "Şanlıurfa, İstanbul, Chișinău, Bălți", "Gdańsk and Kraków", "Київ і Мінськ", "Θεσσαλονίκη",
      "€2.5 million — “quoted”", "Café des Réfugiés in Genève", "Pärnu and Tõrva", "emoji 😀 too", "ADIÓ ADIÓ",
  })
  void oneAndTwoLayersOfCp1252AndLatin1(String clean) {
    assertThat(Rules.fix(rule, cp1252(clean))).isEqualTo(clean);
    assertThat(Rules.fix(rule, cp1252(cp1252(clean)))).isEqualTo(clean);
    assertThat(Rules.fix(rule, latin1(clean))).isEqualTo(clean);
  }

  @Test
  void onlyTheDamagedPartChanges() {
    Rules.Outcome o = Rules.run(rule, "Montréal and the cityâ€™s office in QuÃ©bec");
    assertThat(o.text()).isEqualTo("Montréal and the city’s office in Québec");
    assertThat(o.edits()).extracting(Rules.Edit::before).containsExactly("â€™", "Ã©");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "São Paulo", "L’âge moyen", "SÃO TOMÉ E PRÍNCIPE and NÃO ENTRE", "ROMÂNIA ÎN EUROPA, INTEGRAÇÃO E AÇÃO",
      "Å in Lofoten and Åland", "Ærø, Tórshavn, GARÐABÆJAR", "€120 – slightly", "naïve café façade",
      "Ñuñoa and Łódź", "the word “ADIÓ” in capitals", "Rathausstraße", "• Diaspora", "village of Å\u00a0in Lofoten",
  })
  void leavesLegitimateTextAlone(String text) {
    assertThat(Rules.run(rule, text).edits()).isEmpty();
  }
}
