package org.policyfeed.extract;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.policyfeed.model.Entity;
import org.policyfeed.model.Mention;

/**
 * The worked example of docs/adding-a-parser.md: finds funding amounts such as "EUR 1.4 million" or
 * "€250,000" and reports each amount once per item with all its mentions.
 */
public final class FundingAmountExtractor implements Extractor {
    /** Compiled once: the extractor is shared by all threads. */
    private static final Pattern AMOUNT = Pattern.compile(
        "(?<![\\p{L}\\d])(?:(EUR|USD|CHF|GBP)\\s?|(€|\\$|£)\\s?)(\\d{1,3}(?:[,\\u00a0 ]\\d{3})*(?:\\.\\d+)?)"
            + "(?:\\s(million|billion))?(?![\\p{L}\\d])");

    @Override
    public String kind() {
        return "funding";
    }

    @Override
    public List<Entity> extract(ItemFields item) {
        Map<String, List<Mention>> byValue = new LinkedHashMap<>();
        Map<String, String> written = new LinkedHashMap<>();
        for (FieldText field : item.fields()) {
            Matcher m = AMOUNT.matcher(field.text());
            while (m.find()) {
                String value = value(m);
                byValue.computeIfAbsent(value, k -> new ArrayList<>()).add(field.mention(m.start(), m.end()));
                written.putIfAbsent(value, m.group());
            }
        }
        List<Entity> out = new ArrayList<>();
        for (Map.Entry<String, List<Mention>> e : byValue.entrySet()) {
            String[] cv = e.getKey().split(" ");
            out.add(new Entity(kind(), written.get(e.getKey()), e.getKey(),
                Map.of("currency", cv[0], "amount", cv[1]), e.getValue()));
        }
        return out;
    }

    /** "EUR 1.4 million" becomes "EUR 1400000". */
    private static String value(Matcher m) {
        String currency = m.group(1) != null ? m.group(1) : switch (m.group(2)) {
            case "€" -> "EUR";
            case "$" -> "USD";
            default -> "GBP";
        };
        java.math.BigDecimal n = new java.math.BigDecimal(m.group(3).replaceAll("[,\\u00a0 ]", ""));
        if ("million".equals(m.group(4))) {
            n = n.movePointRight(6);
        } else if ("billion".equals(m.group(4))) {
            n = n.movePointRight(9);
        }
        return currency + " " + n.stripTrailingZeros().toPlainString();
    }
}
