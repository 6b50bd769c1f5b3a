package org.policyfeed;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policyfeed.model.Channel;
import org.policyfeed.model.Feed;
import org.policyfeed.model.Image;
import org.policyfeed.model.Link;
import org.policyfeed.model.NewsItem;

/** Every field of every item of the bundled ICMPD feed, read through the public API. */
class SeedFeedTest {
  static final Path FEED = Path.of("testdata/icmpd-news-2019-03.rss");

  record Expected(String category, String headline, String link, String published, String teaser,
      String textStart, List<Link> links) {}

  static final List<Expected> EXPECTED = List.of(
      new Expected("Project News",
          "Kick-Off Event of the project \"Swiss Support to Integrated Border Management in Lebanon (Phase 2)\"",
          "https://www.icmpd.org/news-centre/news-detail/project-news-kick-off-event-of-the-project-swiss-support-to-integrated-border-management-in-lebano/",
          "2019-03-21T12:57:30+01:00",
          "On Monday, 11 March 2019, ICMPD launched the project Swiss Support to Integrated Border Management...",
          "Among the guests were: the Ambassador of Switzerland to Leba",
          List.of(new Link("here", "https://www.icmpd.org/our-work/capacity-building-projects/project-details/swiss-support-to-integrated-border-management-in-lebanon-phase-2/"))),
      new Expected("ICMPD Around the Globe",
          "ICMPD’s Director General speaks at a roundtable, hosted by the National Assembly of the Republic of Bulgaria",
          "https://www.icmpd.org/news-centre/news-detail/icmpd-around-the-globe-icmpds-director-general-speaks-at-a-roundtable-hosted-by-the-national-asse/",
          "2019-03-13T11:50:47+01:00",
          "On 12 March 2019, ICMPD's DG Michael Spindelegger was invited to participate in a roundtable...",
          "The roundtable was attended by high-ranking European leaders",
          List.of(new Link("here", "https://www.icmpd.org/fileadmin/ICMPD-Website/2019/Speech_DG_Spindelegger_Roundtable_Sofia_12032019.pdf"))),
      new Expected("Project News",
          "New study on “Resilience and Vulnerability to Trafficking and Other Abuses among People Travelling along Migration Routes to Europe” presented during international conference",
          "https://www.icmpd.org/news-centre/news-detail/project-news-new-study-on-resilience-and-vulnerability-to-trafficking-and-other-abuses-among-peopl/",
          "2019-03-07T10:52:24+01:00",
          "On the occasion of the publishing of the new study on 6th March, ICMPD hosted an international...",
          "ICMPD Director General, Dr Michael Spindelegger opened the c",
          List.of(new Link("here", "https://www.icmpd.org/fileadmin/ICMPD-Website/2019/STRIVE_Study_Resilience_and_Vulnerability_to_Trafficking_2019.pdf"), new Link("here", "https://www.icmpd.org/our-work/capacity-building-projects/project-details/strive/"))),
      new Expected("Project News",
          "6th Budapest Process Ministerial Conference adopts the \"Istanbul Commitments\"",
          "https://www.icmpd.org/news-centre/news-detail/project-news-6th-budapest-process-ministerial-conference-adopts-the-istanbul-commitments/",
          "2019-03-05T17:21:25+01:00",
          "The Budapest Process held its 6th Ministerial Conference on 19-20 February 2019 in Istanbul,...",
          "20 Ministers as well as the European Commissioner for Migrat",
          List.of(new Link("here", "https://www.icmpd.org/our-work/migration-dialogues/budapest-process/"))),
      new Expected("Project News",
          "Local-level integration policies in Cabo Verde supported by ICMPD",
          "https://www.icmpd.org/news-centre/news-detail/project-news-local-level-integration-policies-in-cabo-verde-supported-by-icmpd/",
          "2019-03-01T12:55:08+01:00",
          "On Thursday 28 February 2019 the joint EU-ICMPD MIgration EU eXpertise (MIEUX) Initiative...",
          "The MAPIIs translate the priorities of the Cabo Verde’s Nati",
          List.of(new Link("here", "https://www.icmpd.org/our-work/capacity-building-projects/mieux/"), new Link("here", "https://www.icmpd.org/our-work/capacity-building-projects/mieux/mieux-actions/cabo-verde-dgi/"))),
      new Expected("Project News",
          "Migration Media Award 2019 - Call for applications launched",
          "https://www.icmpd.org/news-centre/news-detail/project-news-migration-media-award-2019-call-for-applications-launched/",
          "2019-03-01T12:12:42+01:00",
          "The Call for submissions for the Migration Media Award, aimed at showcasing and awarding...",
          "The Call for submissions for the Migration Media Award, aime",
          List.of(new Link("www.migration-media-award.eu", "https://www.migration-media-award.eu/"), new Link("contact@migration-media-award.eu", "mailto:contact@migration-media-award.eu"), new Link("ARABIC", "https://www.icmpd.org/fileadmin/ICMPD-Website/Euromed/MMA2019_Call_for_Applications_AR.pdf"), new Link("ENGLISH", "https://www.icmpd.org/fileadmin/ICMPD-Website/Euromed/MMA2019_Call_for_Applications_EN.pdf"), new Link("FRENCH", "https://www.icmpd.org/fileadmin/ICMPD-Website/Euromed/MMA2019_Call_for_Applications_FR.pdf"))),
      new Expected("Project News",
          "Call for Applications for International Summer School in Georgia organised by ICMPD",
          "https://www.icmpd.org/news-centre/news-detail/project-news-call-for-applications-for-international-summer-school-in-georgia-organised-by-icmpd/",
          "2019-03-01T10:00:00+01:00",
          "For the 6th time, ICMPD organises the International Summer School on Migration. The summer school...",
          "The “International Summer School on Migration” is organised ",
          List.of(new Link("Call for applications", "https://www.icmpd.org/fileadmin/ICMPD-Website/2019/Summer_School_2019_Call_for_Applications.pdf"), new Link("Application form", "https://www.icmpd.org/fileadmin/ICMPD-Website/2019/Summer_School_2019_Application_Form.docx"), new Link("MOBILAZE", "https://www.icmpd.org/our-work/capacity-building-projects/project-details/mobilaze/"), new Link("ENIGMMA", "https://www.icmpd.org/our-work/capacity-building-projects/project-details/enigmma-2/"), new Link("Prague Process", "https://www.icmpd.org/our-work/migration-dialogues/prague-process/"))),
      new Expected("Expert Voice",
          "For a better participation of cities in regional migration dialogues",
          "https://www.icmpd.org/news-centre/news-detail/expert-voice-for-a-better-participation-of-cities-in-regional-migration-dialogues/",
          "2019-02-28T12:45:00+01:00",
          "The continued increase in the proportion of the world's population living in urban areas has placed...",
          "By Alexandre Porteret\n\nKey actors on migration\n\nWith nearly ",
          List.of(new Link("English", "https://www.icmpd.org/fileadmin/ICMPD-Website/Expert_Voice/Expert_Voice_Porteret_Cities_EN.pdf"), new Link("French", "https://www.icmpd.org/fileadmin/ICMPD-Website/Expert_Voice/Expert_Voice_Porteret_Cities_FR.pdf"))),
      new Expected("ICMPD Around the Globe",
          "6th Ministerial Conference of the Budapest Process adopts the “Istanbul Commitments on the Silk Routes Partnership for Migration”",
          "https://www.icmpd.org/news-centre/news-detail/icmpd-around-the-globe-6th-ministerial-conference-of-the-budapest-process-adopts-the-istanbul-comm/",
          "2019-02-27T14:16:13+01:00",
          "From 19-20 February 2019 the 6th Budapest Process Ministerial Conference took place in Istanbul,...",
          "ICMPD’s Director General Michael Spindelegger represented IC",
          List.of(new Link("here", "https://www.icmpd.org/fileadmin/ICMPD-Website/2019/Speech_DG_Spindelegger_Budapest_Process_Ministerial_Istanbul_2019.pdf"), new Link("here", "https://www.icmpd.org/our-work/migration-dialogues/budapest-process/"))),
      new Expected("Project News",
          "Combatting migrant smuggling through cross-border cooperation",
          "https://www.icmpd.org/news-centre/news-detail/project-newscombatting-migrant-smuggling-through-cross-border-cooperation/",
          "2019-02-21T15:42:12+01:00",
          "Migrant smuggling remains one of the most profitable and widespread criminal activities for...",
          "Europol’s European Migrant Smuggling Centre (EMSC) in cooper",
          List.of(new Link("here", "https://www.icmpd.org/our-work/capacity-building-projects/project-details/mobility-partnership-facility-ii/"))));

  static Feed feed;

  @BeforeAll
  static void read() throws IOException {
    try (InputStream in = Files.newInputStream(FEED)) {
      feed = FeedReader.builder().build().readAll(in);
    }
  }

  @Test
  void channelHasEveryField() {
    Channel c = feed.channel();
    assertThat(c.title()).isEqualTo("www.icmpd.org");
    assertThat(c.link()).isEqualTo("https://www.icmpd.org/");
    assertThat(c.description()).isEqualTo("NEWS CENTRE");
    assertThat(c.language()).isEqualTo("en");
    assertThat(c.image()).isEqualTo(new Image("https://www.icmpd.org/typo3conf/ext/tt_news/ext_icon.gif",
        "www.icmpd.org", "https://www.icmpd.org/", 18, 16, "NEWS CENTRE"));
    assertThat(c.generator()).isEqualTo("TYPO3 - get.content.right");
    assertThat(c.docs()).isEqualTo("http://blogs.law.harvard.edu/tech/rss");
    assertThat(c.lastBuildDate()).isEqualTo(OffsetDateTime.parse("2019-03-21T12:57:30+01:00"));
    assertThat(c.diagnostics()).isEmpty();
  }

  @Test
  void everyItemHasItsFields() {
    assertThat(feed.items()).hasSize(EXPECTED.size());
    for (int i = 0; i < EXPECTED.size(); i++) {
      Expected e = EXPECTED.get(i);
      NewsItem item = feed.items().get(i);
      String where = "item " + (i + 1);
      assertThat(item.title()).as(where).isEqualTo(e.category() + (i == 9 ? ":" : ": ") + e.headline());
      assertThat(item.category()).as(where).isEqualTo(e.category());
      assertThat(item.headline()).as(where).isEqualTo(e.headline());
      assertThat(item.link()).as(where).isEqualTo(e.link()).doesNotContain("//news-centre");
      assertThat(item.id()).as(where + ": no guid, so the id is the link").isEqualTo(e.link());
      assertThat(item.published()).as(where).isEqualTo(OffsetDateTime.parse(e.published()));
      assertThat(item.teaser()).as(where).isEqualTo(e.teaser());
      assertThat(item.teaserTruncated()).as(where).isTrue();
      assertThat(item.text()).as(where).startsWith(e.textStart());
      assertThat(item.links()).as(where).isEqualTo(e.links());
      assertThat(item.bodyHtml()).as(where).contains("<p");
      assertThat(item.authors()).as(where).isEmpty();
      assertThat(item.categories()).as(where).isEmpty();
      assertThat(item.language()).as(where).isNull();
      assertThat(item.diagnostics()).as(where).isEmpty();
      assertThat(List.of(item.persons(), item.projects(), item.deadlines(), item.events(), item.repairs()))
          .as(where).doesNotContainNull();
    }
  }

  @Test
  void textIsPlainParagraphsWithListsAndHeadings() {
    for (NewsItem item : feed.items()) {
      assertThat(item.text()).doesNotContain("<", "&nbsp;", "&amp;", "\n\n\n").doesNotStartWith(" ")
          .doesNotEndWith("\n");
    }
    String cities = feed.items().get(7).text();
    assertThat(cities).startsWith("By Alexandre Porteret\n\nKey actors on migration\n\nWith nearly one in five");
    assertThat(cities).contains("\n\nCities and the Global Compact on Migration\n\n");
    String award = feed.items().get(5).text();
    assertThat(award).containsPattern("\n\n• Diaspora\\h*\n• Labour migration\\h*\n• Vulnerable groups");
    assertThat(award).contains("\n1. The entry must be submitted", "\n2. Multiple entries", "\n4. A budget");
    String study = feed.items().get(2).text();
    assertThat(study).contains("\n\nKey findings\n\n• Few of the human trafficking cases");
  }

  @Test
  void bodyHtmlIsExactlyAsGiven() throws IOException {
    String xml = Files.readString(FEED);
    for (NewsItem item : feed.items()) {
      assertThat(xml).contains("<![CDATA[" + item.bodyHtml() + "]]>");
    }
  }

  @Test
  void theThreeCategoriesAreFound() {
    assertThat(feed.items()).extracting(NewsItem::category).containsOnly("Project News",
        "ICMPD Around the Globe", "Expert Voice");
  }

  @Test
  void streamingGivesTheSameItemsAsReadAll() throws IOException {
    FeedReader reader = FeedReader.builder().build();
    try (InputStream in = Files.newInputStream(FEED); FeedStream stream = reader.open(in)) {
      assertThat(stream.channel().title()).isEqualTo("www.icmpd.org");
      assertThat(stream.stream().toList()).isEqualTo(feed.items());
    }
    byte[] bytes = Files.readAllBytes(FEED);
    assertThat(reader.readAll(bytes)).isEqualTo(feed);
    assertThat(reader.readAll(Files.readString(FEED))).isEqualTo(feed);
    try (FeedStream s = reader.open(new java.io.StringReader(Files.readString(FEED)))) {
      assertThat(s).containsExactlyElementsOf(feed.items());
    }
  }
}
