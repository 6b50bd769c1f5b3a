package org.policyfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * The fixture testdata/icmpd-news-2019-03.rss was rebuilt from a flattened seed (the text of every element
 * joined by spaces in document order). This test flattens the fixture the same way and checks that it gives
 * back the seed's words exactly, so the rebuilt markup neither lost, added nor "fixed" a word.
 */
class SeedFidelityTest {

    private static final Path FEED = Path.of("testdata/icmpd-news-2019-03.rss");
    private static final String CONTENT_NS = "http://purl.org/rss/1.0/modules/content/";

    /** Token separators: ASCII whitespace and the no-break space (U+00A0, the HTML {@code &nbsp;}). */
    private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u00A0]+");

    /** HTML elements that separate words; inline elements (a, b, i, strong, span...) do not. */
    private static final Set<String> BLOCKS =
            Set.of("p", "h1", "h2", "h3", "h4", "h5", "h6", "ul", "ol", "li", "div", "br", "blockquote");

    @Test
    void flattenedFeedHasExactlyTheSeedTokens() throws IOException, XMLStreamException {
        Path seed = Path.of("../shared/seeds/000_178f5eccc8992bf1.txt");
        Assumptions.assumeTrue(Files.exists(seed), "../shared/seeds is absent (a user's clone): seed comparison skipped");

        List<String> seedTokens = tokens(Files.readString(seed, StandardCharsets.UTF_8));
        List<String> actualTokens = tokens(flattenFeed(FEED));

        assertThat(actualTokens).containsExactlyElementsOf(seedTokens);
    }

    /** The text of every element in document order; content:encoded is read as HTML and reduced to its text. */
    private static String flattenFeed(Path feed) throws IOException, XMLStreamException {
        XMLInputFactory factory = XMLInputFactory.newInstance();
        factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        factory.setProperty(XMLInputFactory.IS_COALESCING, true);
        StringBuilder out = new StringBuilder();
        try (InputStream in = Files.newInputStream(feed)) {
            XMLStreamReader reader = factory.createXMLStreamReader(in);
            try {
                StringBuilder html = null; // non-null while inside content:encoded
                while (reader.hasNext()) {
                    int event = reader.next();
                    if (event == XMLStreamConstants.START_ELEMENT) {
                        out.append(' ');
                        if (isContentEncoded(reader)) {
                            html = new StringBuilder();
                        }
                    } else if (event == XMLStreamConstants.END_ELEMENT) {
                        if (html != null && isContentEncoded(reader)) {
                            appendHtmlText(Jsoup.parseBodyFragment(html.toString()).body(), out);
                            html = null;
                        }
                        out.append(' ');
                    } else if (event == XMLStreamConstants.CHARACTERS
                            || event == XMLStreamConstants.CDATA
                            || event == XMLStreamConstants.SPACE) {
                        (html != null ? html : out).append(reader.getText());
                    }
                }
            } finally {
                reader.close();
            }
        }
        return out.toString();
    }

    private static boolean isContentEncoded(XMLStreamReader reader) {
        return CONTENT_NS.equals(reader.getNamespaceURI()) && "encoded".equals(reader.getLocalName());
    }

    /** Text nodes in order, a space around block elements, "•" before a ul item and "N." before an ol item. */
    private static void appendHtmlText(Node node, StringBuilder out) {
        if (node instanceof TextNode text) {
            out.append(text.getWholeText());
        } else if (node instanceof Element element) {
            String name = element.normalName();
            boolean block = BLOCKS.contains(name);
            out.append(block ? " " : "");
            Element parent = element.parent();
            if (name.equals("li") && parent != null) {
                if (parent.normalName().equals("ul")) {
                    out.append("\u2022 "); // the bullet "•"
                } else if (parent.normalName().equals("ol")) {
                    out.append(element.elementSiblingIndex() + 1).append(". ");
                }
            }
            for (Node child : element.childNodes()) {
                appendHtmlText(child, out);
            }
            out.append(block ? " " : "");
        }
    }

    private static List<String> tokens(String text) {
        return Arrays.stream(WHITESPACE.split(text)).filter(token -> !token.isEmpty()).toList();
    }
}
