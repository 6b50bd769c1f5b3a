package org.policyfeed.extract;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.policyfeed.Directory;
import org.policyfeed.FeedReader;
import org.policyfeed.model.DeadlineKind;
import org.policyfeed.model.Feed;
import org.policyfeed.model.Field;
import org.policyfeed.model.Person;
import org.policyfeed.model.Precision;
import org.policyfeed.model.ProjectKind;

/** The directory over the seed feed, and single rules on invented sentences. */
class DirectoryAndRulesTest {
    private static final OffsetDateTime PUB = OffsetDateTime.parse("2020-03-02T10:00:00+01:00");

    @Test
    void directoryMergesTheDirectorGeneralAcrossThreeItems() throws Exception {
        Feed feed = FeedReader.builder().build().readAll(Files.readAllBytes(Path.of("testdata/icmpd-news-2019-03.rss")));
        Directory dir = Directory.of(feed.items());
        Directory.PersonEntry dg = dir.persons().stream().filter(p -> p.name().equals("Michael Spindelegger"))
            .findFirst().orElseThrow();
        assertThat(dg.items()).hasSize(3);
        assertThat(dg.role()).isEqualTo("Director General");
        assertThat(dg.organisation()).isEqualTo("ICMPD");
        Directory.ProjectEntry bp = dir.projects().stream().filter(p -> p.name().equals("Budapest Process"))
            .findFirst().orElseThrow();
        assertThat(bp.items()).hasSize(2);
        Directory.Builder b = Directory.builder();
        feed.items().forEach(b::add);
        assertThat(b.build()).isEqualTo(dir);
    }

    @Test
    void anAcronymIsAKindAlsoWithNoBreakSpaces() {
        // invented: "IBMS is a facility" with a space and with a no-break space on either side of "is"
        for (String text : new String[] {"IBMS is a facility", "IBMS is\u00a0a facility", "IBMS\u00a0is a facility"}) {
            ExtractionStage.Entities e = extract(null, null,
                "The Invented Border Management Scheme (IBMS) started in May. " + text + " of the Invented Agency.");
            assertThat(e.projects()).as(text).singleElement().satisfies(pr -> {
                assertThat(pr.acronym()).isEqualTo("IBMS");
                assertThat(pr.kind()).isEqualTo(ProjectKind.FACILITY);
            });
        }
    }

    @Test
    void sinceItsStartSetsTheStartOfTheProjectNamedAfterIt() {
        // invented, after own-items.rss ("Since its start in February 2017, SAFE ROUTES has provided ...")
        ExtractionStage.Entities e = extract(null, null, "The Invented Safe Passage Scheme (ISPS) closed in Vienna. "
            + "Since its start in February 2017, ISPS has informed many people. Since its start in 2015, the "
            + "invented agency has grown.");
        assertThat(e.projects()).singleElement().satisfies(pr -> {
            assertThat(pr.acronym()).isEqualTo("ISPS");
            assertThat(pr.start()).isEqualTo(LocalDate.of(2017, 2, 1));
        });
    }

    @Test
    void mentionsCarryFieldOffsetsAndSentence() {
        ExtractionStage.Entities e = extract("Invented: Ms Ada Nowak speaks",
            "Invented teaser. Ms Ada Nowak, Head of Office at the Invented Agency, opened the...",
            "Invented text. Ms Nowak said the Example Test Facility (ETF) helps.");
        Person p = e.persons().get(0);
        assertThat(p.name()).isEqualTo("Ada Nowak");
        assertThat(p.role()).isEqualTo("Head of Office");
        assertThat(p.organisation()).isEqualTo("Invented Agency");
        assertThat(p.mentions()).extracting(m -> m.field()).containsExactly(Field.TITLE, Field.TEASER, Field.TEXT);
        var teaser = p.mentions().get(1);
        assertThat(teaser.start()).isEqualTo("Invented teaser. Ms ".length());
        assertThat(teaser.text()).isEqualTo("Ada Nowak");
        assertThat(teaser.sentence()).startsWith("Ms Ada Nowak, Head of Office");
        assertThat(e.projects()).singleElement().satisfies(pr -> {
            assertThat(pr.acronym()).isEqualTo("ETF");
            assertThat(pr.name()).isEqualTo("Example Test Facility");
        });
    }

    @Test
    void dateFormsAndDeadlines() {
        ExtractionStage.Entities e = extract("Invented call", null, """
            Applications must be submitted no later than 31.03.2020.
            Questions can be sent until Friday, 20 March.
            The invented selection procedure will take place until mid-May 2020.
            Registration closes on March 25, 2020.
            Projections say migration will double by 2050.
            The invented training takes place from 30 June to 3 July 2020 in Testville.
            The second workshop is scheduled for 2020-09-14.""");
        assertThat(e.deadlines()).extracting(d -> d.date() + " " + d.kind() + " " + d.precision()).containsExactly(
            "2020-03-31 APPLICATION DAY", "2020-03-20 SUBMISSION DAY", "2020-05-31 SELECTION MONTH",
            "2020-03-25 REGISTRATION DAY");
        assertThat(e.events()).extracting(ev -> ev.start() + ".." + ev.end() + " " + ev.place()).containsExactly(
            "2020-06-30..2020-07-03 Testville", "2020-09-14..2020-09-14 null");
        assertThat(e.deadlines().get(0).kind()).isEqualTo(DeadlineKind.APPLICATION);
        assertThat(e.deadlines().get(2).precision()).isEqualTo(Precision.MONTH);
    }

    @Test
    void sentencesRespectAbbreviations() {
        FieldText f = FieldText.of(Field.TEXT, "Mr. A. Smith of the U.S. Department met Dr. Ng, e.g. in Rome. "
            + "It rained.The end came.\nNew line");
        assertThat(f.sentences()).extracting(f::text).containsExactly(
            "Mr. A. Smith of the U.S. Department met Dr. Ng, e.g. in Rome.", "It rained.", "The end came.", "New line");
    }

    @Test
    void namesInOrganisationsAndPlacesAreNotPeople() {
        ExtractionStage.Entities e = extract(null, null, "The Invented Foundation and the Konrad Adenauer "
            + "Foundation met in Santa Maria, said Ms Lea Ott.");
        assertThat(e.persons()).extracting(Person::name).containsExactly("Lea Ott");
        assertThat(List.of(LocalDate.of(2020, 1, 1))).isNotEmpty();
    }

    private static ExtractionStage.Entities extract(String title, String teaser, String text) {
        return ExtractionStage.create().extract(new ExtractionStage.ItemText(title, teaser, text, PUB));
    }
}
