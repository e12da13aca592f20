package uk.gov.london.planreview.stocktake;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDateTime;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.reference.ReferenceData;

/**
 * Stock-take responses as survey tools and Excel export them, one small file per quirk
 * and fault.
 */
class StocktakeReaderTests {

	static final String HEADER = "Timestamp,Local authority,Your role,\"Q1. Does your authority have a corporate approach to "
			+ "tackling serious youth violence, including knife and gang crime?\",Q1 detail,Q2. Do you have a specific knife crime "
			+ "action plan?,Q2 detail,Q3. Is this work underpinned by collaboration? (tick all that apply),Q3 detail,Q4. Is there "
			+ "specific engagement with community and voluntary sector agencies?,Q4 detail,Q5. Supporting documents provided";

	final StocktakeReader reader = StocktakeReader.load(ReferenceData.packaged(),
			AuthorityDirectory.load(ReferenceData.packaged()));

	@TempDir
	Path dir;

	@Test
	void byteOrderMarkWindowsLineEndsAndAnswersSpanningLines() throws IOException {
		Path file = write("responses.csv", "\uFEFF" + HEADER + "\r\n"
				+ "08/05/2018 20:45:10,London Borough of Lambeth,Head of Community Safety,Yes,\"Line one of the answer.\r\nLine two, with a comma.\","
				+ "yes,Plan detail,With the police; Cross-agency,Daily risk meeting,Y,\"Residents' associations\",Knife Crime Action Plan\r\n"
				+ "09/05/2018 09:00:00, brent council ,Chief Executive,N,,No,,Cross-borough,,No,,\r\n");

		StocktakeReading reading = this.reader.read(List.of(ResponseFile.of(file)));

		assertThat(reading.responses()).hasSize(2);
		StocktakeResponse brent = reading.responses().get(0);
		StocktakeResponse lambeth = reading.responses().get(1);
		assertThat(lambeth.authority().name()).isEqualTo("Lambeth");
		assertThat(lambeth.line()).isEqualTo(2);
		assertThat(lambeth.respondedAt()).isEqualTo(LocalDateTime.of(2018, 5, 8, 20, 45, 10));
		assertThat(lambeth.corporateApproachDetail()).isEqualTo("Line one of the answer.\nLine two, with a comma.");
		assertThat(lambeth.collaboration()).containsExactlyInAnyOrder(Collaboration.POLICE, Collaboration.CROSS_AGENCY);
		assertThat(lambeth.supportingDocuments()).containsExactly("Knife Crime Action Plan");
		assertThat(brent.authority().name()).isEqualTo("Brent");
		assertThat(brent.line()).as("the line the row starts on, after a two-line answer").isEqualTo(4);
		assertThat(brent.corporateApproach()).isEqualTo(Answer.NO);
		assertThat(reading.findings()).isEmpty();
	}

	@ParameterizedTest(name = "\"{0}\" is {1}")
	@CsvSource(delimiter = '|', textBlock = """
			Y                                              | YES
			yes                                            | YES
			Yes                                            | YES
			Yes – in development                           | IN_DEVELOPMENT
			In development                                 | IN_DEVELOPMENT
			Incorporated in our community safety strategy  | INCORPORATED
			Partly                                         | PARTLY
			No                                             | NO
			N                                              | NO
			Not sure                                       | UNCLEAR
			''                                             | NOT_ANSWERED
			""")
	void answersAreNormalised(String text, Answer answer) {
		assertThat(Answer.of(text)).isEqualTo(answer);
	}

	@Test
	void headingsAreMatchedByTheirWordsInAnyOrder() throws IOException {
		Path file = write("typed.csv",
				"Borough,Q2 – knife crime action plan?,Q1 – corporate approach?,Q4 voluntary sector engagement,"
						+ "Q3 collaboration,Date submitted\nRBKC,Yes,In development,Yes,With the police,2018-05-10\n");

		StocktakeResponse response = this.reader.read(List.of(ResponseFile.of(file))).responses().get(0);

		assertThat(response.authority().name()).isEqualTo("Kensington and Chelsea");
		assertThat(response.knifeCrimePlan()).isEqualTo(Answer.YES);
		assertThat(response.corporateApproach()).isEqualTo(Answer.IN_DEVELOPMENT);
		assertThat(response.communityEngagement()).isEqualTo(Answer.YES);
		assertThat(response.respondedAt()).isEqualTo(LocalDateTime.of(2018, 5, 10, 0, 0));
	}

	@Test
	void anAuthorityThatAnsweredTwiceKeepsItsLaterResponse() throws IOException {
		Path file = write("twice.csv",
				HEADER + "\n" + "16/05/2018 10:00:00,Ealing,Head of Community Safety,Yes,,Yes,,,,Y,,\n"
						+ "09/05/2018 10:00:00,Ealing Council,Head of Community Safety,Yes,,In development,,,,Y,,\n");

		StocktakeReading reading = this.reader.read(List.of(ResponseFile.of(file)));

		assertThat(reading.responses()).singleElement().satisfies(r -> {
			assertThat(r.line()).isEqualTo(2);
			assertThat(r.knifeCrimePlan()).isEqualTo(Answer.YES);
		});
		assertThat(reading.superseded()).extracting(StocktakeResponse::line).containsExactly(3);
		assertThat(reading.findings()).singleElement().satisfies(f -> {
			assertThat(f.severity()).isEqualTo(Severity.INFO);
			assertThat(f.message())
				.isEqualTo("Ealing answered twice (lines 3 and 2); the later response, of 2018-05-16, stands.");
		});
	}

	@Test
	void nonRespondersAreListed() throws IOException {
		Path file = write("one.csv", HEADER + "\n01/05/2018 09:00,Camden,CEx,Yes,,Yes,,,,Y,,\n");

		StocktakeReading reading = this.reader.read(List.of(ResponseFile.of(file)));

		assertThat(reading.nonResponders()).hasSize(32)
			.extracting(Authority::name)
			.doesNotContain("Camden")
			.contains("Westminster");
	}

	@Test
	void rowsThatCannotBeUsedAreReportedWithTheirLineNeverDropped() throws IOException {
		Path file = write("faults.csv", HEADER + "\n" + "01/05/2018 09:00,Narnia,CEx,Yes,,Yes,,,,Y,,\n"
				+ "01/05/2018 09:00,,CEx,Yes,,Yes,,,,Y,,\n" + "01/05/2018 09:00,Hackney,CEx,Maybe\n"
				+ "01/05/2018 09:00,Camden,CEx,Yes,\"An answer with an opening quote but no closing one,Yes,,,,Y,,\n"
				+ "01/05/2018 09:00,Islington,CEx,Yes,,Yes,,,,Y,,\n");

		StocktakeReading reading = this.reader.read(List.of(ResponseFile.of(file)));

		assertThat(reading.responses()).extracting(r -> r.authority().name()).containsExactly("Hackney");
		assertThat(reading.findings()).extracting(Finding::location, Finding::severity)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("line 2", Severity.ERROR),
					org.assertj.core.groups.Tuple.tuple("line 3", Severity.ERROR),
					org.assertj.core.groups.Tuple.tuple("line 4", Severity.WARNING),
					org.assertj.core.groups.Tuple.tuple("line 4", Severity.WARNING),
					org.assertj.core.groups.Tuple.tuple("line 5", Severity.ERROR));
		assertThat(reading.findings().get(0).message()).contains("\"Narnia\" is not the name of a London authority");
		assertThat(reading.findings().get(1).message()).contains("does not say which authority");
		assertThat(reading.findings().get(3).message()).contains("answer to question 1 (\"Maybe\") is not a yes or no");
		assertThat(reading.findings().get(4).message()).contains("cannot be read past line 5").contains("closing one");
	}

	@Test
	void aCsvThatIsNotTheStocktakeIsRecognised() throws IOException {
		assertThat(this.reader.isStocktake(write("budget.csv", "Cost centre,Amount\nA1,100\n"))).isFalse();
		assertThat(this.reader.isStocktake(write("responses.csv", HEADER + "\n"))).isTrue();
	}

	@Test
	void detailColumnsHeadedOnlyDetailsOrCommentsBelongToTheQuestionBeforeThemInAnyOrder() throws IOException {
		Path file = write("export.csv", "Timestamp,Local authority,Your role,2. Specific knife crime action plan,"
				+ "2. Details,\"1. Corporate approach to serious youth violence, including knife and gang crime\",1. Details,"
				+ "4. Engagement with community and voluntary sector agencies,Comments,\"3. Collaboration – police, "
				+ "cross-agency, cross-borough\",3. Details,5. Supporting documents (titles),Internal notes\n"
				+ "2026-10-01 09:14:22,Barking & Dagenham,Head of Community Safety,Yes,VVRAP 2022 refreshed,Incorporated "
				+ "in the community safety strategy,Serious violence is one of four priorities.,Yes,VCS forum,All three,"
				+ "East BCU tasking,Community Safety Plan 2026-29,check with LC\n");

		StocktakeReading reading = this.reader.read(List.of(ResponseFile.of(file)));

		StocktakeResponse response = reading.responses().get(0);
		assertThat(response.knifeCrimePlanDetail()).isEqualTo("VVRAP 2022 refreshed");
		assertThat(response.corporateApproach()).isEqualTo(Answer.INCORPORATED);
		assertThat(response.corporateApproachDetail()).isEqualTo("Serious violence is one of four priorities.");
		assertThat(response.communityEngagementDetail()).isEqualTo("VCS forum");
		assertThat(response.collaboration()).containsExactlyInAnyOrder(Collaboration.values());
		assertThat(response.collaborationDetail()).isEqualTo("East BCU tasking");
		assertThat(reading.findings()).extracting(Finding::severity, Finding::message)
			.contains(org.assertj.core.groups.Tuple.tuple(Severity.INFO, "The column \"Internal notes\" (column 13) is "
					+ "not one of the stock-take's questions, so it was not read."));
	}

	@Test
	void anExportSavedAsWindows1252WithSemicolonsIsReadWithoutMojibake() throws IOException {
		Path file = this.dir.resolve("Stocktake (Excel export).csv");
		Files.write(file,
				("Authority;Role;Date;Q1 Corporate approach;Q1 Comments;Q2 Knife crime action plan;Q2 Comments;"
						+ "Q3 Collaboration;Q3 Comments;Q4 VCS engagement;Q4 Comments;Q5 Documents\r\n"
						+ "Croydon;Head of Community Safety;03/09/2026;Yes;\"Public health approach; £1.2m MOPAC/VRU funding "
						+ "2024–27\";Yes;;\"Police; cross-agency\";;Yes;“Community Voices” panel;Violence Reduction Network "
						+ "Strategy\r\n")
					.getBytes(java.nio.charset.Charset.forName("windows-1252")));

		StocktakeReading reading = this.reader.read(List.of(ResponseFile.of(file)));

		StocktakeResponse croydon = reading.responses().get(0);
		assertThat(croydon.authority().name()).isEqualTo("Croydon");
		assertThat(croydon.corporateApproachDetail())
			.isEqualTo("Public health approach; £1.2m MOPAC/VRU funding 2024–27");
		assertThat(croydon.communityEngagementDetail()).isEqualTo("“Community Voices” panel");
		assertThat(croydon.collaboration()).containsExactlyInAnyOrder(Collaboration.POLICE, Collaboration.CROSS_AGENCY);
		assertThat(reading.findings()).anyMatch(f -> f.message().contains("read as Windows-1252"));
	}

	private Path write(String name, String content) throws IOException {
		return Files.write(this.dir.resolve(name), content.getBytes(StandardCharsets.UTF_8));
	}

}
