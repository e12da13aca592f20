package uk.gov.london.planreview.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.plan.Signatory;
import uk.gov.london.planreview.scoring.SignOff;

/**
 * Plans as they arrive from councils that did not keep to the template: one named fixture
 * for each way of doing it, read as a person would read it.
 */
class UnseenLayoutsTests {

	static final PlanWorkbookReader READER = PlanWorkbookReaderQuirksTests.READER;

	static final Object[] HEADER = { "Ref", "Action", "Lead", "Agency", "Timescale", "RAG" };

	@TempDir
	Path dir;

	/** Two 2017 actions under a title row, and nothing else that names the authority. */
	static FixtureWorkbook titled(FixtureWorkbook workbook, String sheet, String title) {
		return workbook.sheet(sheet)
			.cell("A1", title)
			.row(3, HEADER)
			.row(4, "1.1", "Quarterly weapons sweeps with residents' associations", "Inspector, Safer Neighbourhoods",
					"MPS", "Apr 2017 – Mar 2018", "G")
			.row(5, "1.2", "Test purchasing of knives in local shops", "Trading Standards Manager", "LA", "Dec 2017",
					"A");
	}

	@Test
	void theAuthorityNamedOnlyInATitleRowIsTakenFromThereAndSaidSo() throws IOException {
		Path file = titled(FixtureWorkbook.xls(), "KCAP",
				"Bromley Community Safety Partnership – Knife Crime Action Plan")
			.write(this.dir.resolve("KCAP 2017 final.xls"));

		WorkbookReading reading = READER.read(file);

		assertThat(reading.plan().orElseThrow().planId()).isEqualTo("E09000006");
		assertThat(reading.findings()).anySatisfy(f -> {
			assertThat(f.severity()).isEqualTo(Severity.WARNING);
			assertThat(f.location()).isEqualTo("KCAP!A1");
			assertThat(f.message()).contains("taken from the title").contains("Bromley");
		});
	}

	@Test
	void theAuthorityNamedOnlyInASheetNameIsTakenFromThere() throws IOException {
		Path file = titled(FixtureWorkbook.xlsx(), "Hackney VVRAP", "Violence and Vulnerability Reduction Action Plan")
			.write(this.dir.resolve("VVRAP 2021-22 final.xlsx"));

		WorkbookReading reading = READER.read(file);

		assertThat(reading.plan().orElseThrow().planId()).isEqualTo("E09000012");
		assertThat(messages(reading)).anyMatch(m -> m.contains("the sheet name ‘Hackney VVRAP’"));
	}

	@Test
	void theAuthorityNamedOnlyInALowerCaseAbbreviatedFileNameIsTakenFromThere() throws IOException {
		Path bromley = titled(FixtureWorkbook.xls(), "Plan", "Knife Crime Action Plan 2017")
			.write(this.dir.resolve("bromley kc plan 2017.xls"));
		Path towerHamlets = titled(FixtureWorkbook.xlsx(), "Action Plan", "Action plan – Q4 update")
			.write(this.dir.resolve("lbth action plan q4.xlsx"));

		assertThat(READER.read(bromley).plan().orElseThrow().planId()).isEqualTo("E09000006");
		WorkbookReading reading = READER.read(towerHamlets);
		assertThat(reading.plan().orElseThrow().planId()).isEqualTo("E09000030");
		assertThat(messages(reading)).anyMatch(m -> m.contains("taken from the file name"));
	}

	@Test
	void aCoverAndATitleThatNameDifferentAuthoritiesAreReported() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Camden", "2021", true);
		Path file = titled(workbook, "Action Plan", "Islington Community Safety Partnership action plan")
			.write(this.dir.resolve("Camden.xlsx"));

		WorkbookReading reading = READER.read(file);

		assertThat(reading.plan().orElseThrow().planId()).isEqualTo("E09000007");
		assertThat(reading.findings()).anySatisfy(f -> {
			assertThat(f.location()).isEqualTo("Action Plan!A1");
			assertThat(f.message()).contains("Camden").contains("Islington").contains("Check with the CSP");
		});
	}

	/**
	 * A joint plan's sign-off: a row per authority for each role, and one BCU Commander.
	 */
	static FixtureWorkbook jointSignOff(boolean islingtonLeaderSigned) {
		return FixtureWorkbook.xlsx()
			.sheet("Cover")
			.cell("A1", "Central North Violence and Vulnerability Reduction Action Plan 2026/27")
			.cell("A3", "Authorities covered")
			.cell("B3", "LB Camden and LB Islington")
			.cell("A4", "Template version")
			.cell("B4", "2023")
			.row(9, "Role", "Name", "Date", "Signature")
			.row(10, "Chief Executive, London Borough of Camden", "Marcus Fenwick", LocalDate.of(2026, 9, 18), "signed")
			.row(11, "Chief Executive, London Borough of Islington", "Priya Malhotra", LocalDate.of(2026, 9, 21),
					"signed")
			.row(12, "Leader of the Council, London Borough of Camden", "Cllr Ruth Adeyemi", LocalDate.of(2026, 9, 22),
					"Signed")
			.row(13, "Leader of the Council, London Borough of Islington", "Cllr Tom Bancroft",
					LocalDate.of(2026, 9, 23), islingtonLeaderSigned ? "signed" : "")
			.row(14, "BCU Commander, Central North BCU", "Ch Supt Alison Grey", LocalDate.of(2026, 9, 17), "signed");
	}

	@Test
	void aJointPlanIsSignedByEachAuthoritysChiefExecutiveAndLeaderAndTheBcuCommander() throws IOException {
		Path signed = titled(jointSignOff(true), "Action Plan", "Action plan").write(this.dir.resolve("joint.xlsx"));
		Path partly = titled(jointSignOff(false), "Action Plan", "Action plan").write(this.dir.resolve("partly.xlsx"));

		Plan plan = READER.read(signed).plan().orElseThrow();

		assertThat(plan.planId()).isEqualTo("E09000007+E09000019");
		assertThat(plan.signatories()).extracting(Signatory::role, Signatory::authority, Signatory::complete)
			.containsExactly(tuple(Signatory.CHIEF_EXECUTIVE, "E09000007", true),
					tuple(Signatory.CHIEF_EXECUTIVE, "E09000019", true), tuple(Signatory.LEADER, "E09000007", true),
					tuple(Signatory.LEADER, "E09000019", true), tuple(Signatory.BCU_COMMANDER, "", true));
		assertThat(SignOff.missing(plan.signatories(), plan.authorities())).isEmpty();
		Plan notYet = READER.read(partly).plan().orElseThrow();
		assertThat(SignOff.missing(notYet.signatories(), notYet.authorities()))
			.containsExactly("the Leader or elected Mayor of Islington");
	}

	/**
	 * The VRU proforma filled in by a joint partnership: one Leader box naming each
	 * authority's Leader in brackets, one Chief Executive who does not say for which
	 * council, and a BCU Commander among the strategic leads as a job title.
	 */
	@Test
	void aJointPlansBoxMayNameEachAuthoritysSignatoryInBrackets() throws IOException {
		Path file = titled(FixtureWorkbook.xlsx()
			.sheet("Cover")
			.cell("A1", "Violence and Vulnerability Reduction Action Plan 2021/22")
			.cell("A3", "Boroughs covered")
			.cell("B3", "Kingston and Richmond")
			.cell("A4", "Template")
			.cell("B4", "2021")
			.cell("A6", "Strategic leads")
			.cell("B6", "Det Ch Supt Imran Moreno")
			.cell("C6", "BCU Commander, South West BCU")
			.sheet("Sign off")
			.cell("A2", "Local Authority Chief Executive")
			.cell("A3", "Name")
			.cell("B3", "Gareth Quinn")
			.cell("A4", "Date")
			.cell("B4", LocalDate.of(2021, 12, 7))
			.cell("A5", "Signature")
			.cell("B5", "Signed")
			.cell("A7", "Leader of the Council / Elected Mayor")
			.cell("A8", "Name")
			.cell("B8", "Cllr Leon Nolan (Kingston); Cllr Chloe Jenkins (Richmond)")
			.cell("A9", "Date")
			.cell("B9", LocalDate.of(2021, 12, 5))
			.cell("A10", "Signature")
			.cell("B10", "Cllr Leon Nolan (Kingston) / Cllr Chloe Jenkins (Richmond)")
			.cell("A12", "Police BCU Commander")
			.cell("A13", "Name")
			.cell("B13", "Ch Supt Farid Achebe")
			.cell("A14", "Date")
			.cell("B14", LocalDate.of(2021, 11, 28))
			.cell("A15", "Signature")
			.cell("B15", "Signed electronically"), "Action Plan", "Action plan")
			.write(this.dir.resolve("kingston-richmond.xlsx"));

		Plan plan = READER.read(file).plan().orElseThrow();

		assertThat(plan.signatories()).extracting(Signatory::role, Signatory::authority, Signatory::name)
			.containsExactlyInAnyOrder(tuple(Signatory.CHIEF_EXECUTIVE, "", "Gareth Quinn"),
					tuple(Signatory.LEADER, "E09000021", "Cllr Leon Nolan (Kingston)"),
					tuple(Signatory.LEADER, "E09000027", "Cllr Chloe Jenkins (Richmond)"),
					tuple(Signatory.BCU_COMMANDER, "", "Ch Supt Farid Achebe"));
		assertThat(SignOff.missing(plan.signatories(), plan.authorities())).containsExactly(
				"the Chief Executive of Kingston upon Thames or Richmond upon Thames, whichever has not yet signed (one "
						+ "signed without saying for which authority)");
	}

	@Test
	void aSignOffGridWithTheRolesAcrossIsRead() throws IOException {
		FixtureWorkbook workbook = FixtureWorkbook.xlsx()
			.sheet("Cover")
			.cell("A3", "Local authority")
			.cell("B3", "London Borough of Croydon")
			.cell("A10", "Sign off")
			.row(11, null, "Chief Executive", "Leader of the Council", "BCU Commander (South BCU)")
			.row(12, "Name", "Katherine Doyle", "Cllr Hamida Sheikh", "Ch Supt Colin Barr")
			.row(13, "Date", LocalDate.of(2021, 12, 6), LocalDate.of(2021, 12, 7), LocalDate.of(2021, 12, 3))
			.row(14, "Signature", "Signed", "Signed", "Signed");
		Path file = titled(workbook, "Action Plan", "Action plan 2021-22").write(this.dir.resolve("Croydon.xlsx"));

		Plan plan = READER.read(file).plan().orElseThrow();

		assertThat(plan.signatories()).hasSize(3).allMatch(Signatory::complete);
		assertThat(plan.signatories()).extracting(Signatory::name)
			.containsExactly("Katherine Doyle", "Cllr Hamida Sheikh", "Ch Supt Colin Barr");
	}

	@Test
	void linesUnderTheTableAreNotActions() throws IOException {
		Path file = titled(Fixtures.cover(FixtureWorkbook.xlsx(), "Enfield", "2017", false), "Ways out of crime",
				"Offering ways out of crime")
			.row(6, null, "Signed off at the CSP Board on 14 November 2017")
			.row(8, null, "Prepared by: J. Smith, Community Safety Manager   Last reviewed: 28/03/2022")
			.row(9, "Version 3")
			.row(10, null, "Source: MPS performance data")
			.row(12, null, "Red – significant issues or not started")
			.row(13, null, "Green – on track")
			.write(this.dir.resolve("Enfield.xlsx"));

		WorkbookReading reading = READER.read(file);

		assertThat(reading.plan().orElseThrow().actions()).extracting(Action::row).containsExactly(4, 5);
		assertThat(reading.findings()).filteredOn(f -> f.severity() == Severity.INFO)
			.extracting(Finding::location)
			.contains("Ways out of crime!6", "Ways out of crime!8", "Ways out of crime!10", "Ways out of crime!12",
					"Ways out of crime!13");
	}

	@Test
	void whatThePlanDeclaresIsReportedAndMandatoryCoverageKeepsToTheTemplate() throws IOException {
		Path file = Fixtures.cover(FixtureWorkbook.xlsx(), "Waltham Forest", "2021", true)
			.sheet("VVRAP")
			.row(3, "Ref", "Type", "Action", "Lead", "RAG")
			.row(4, "2.1", "Local", "Produce an annual strategic needs assessment of serious violence",
					"Community Safety Analyst", "G")
			.row(5, "2.5", "Mandatory", "Youth club open late on Friday nights in Leyton", "Youth Service Manager", "A")
			.write(this.dir.resolve("LBWF.xlsx"));

		WorkbookReading reading = READER.read(file);

		List<Action> actions = reading.plan().orElseThrow().actions();
		assertThat(actions).extracting(Action::type).containsExactly(ActionType.LOCAL, ActionType.MANDATORY);
		assertThat(actions.get(0).templateRef()).isEqualTo("2.1");
		assertThat(actions.get(1).templateRef()).isEmpty();
		assertThat(reading.findings()).filteredOn(f -> f.severity() == Severity.INFO)
			.extracting(f -> f.location() + " " + f.message())
			.contains("VVRAP!4 Row 4 is marked Local, but it is the template's mandatory action 2.1; it is listed as "
					+ "the plan declares it, and counts towards mandatory coverage.")
			.anyMatch(m -> m.startsWith("VVRAP!5 Row 5 is marked Mandatory, but it is not one of the mandatory "
					+ "actions of the 2021 template"));
	}

	@Test
	void earlierCopiesOfTheActionSheetAreSetAsideAndSaidSo() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Croydon", "2021", true);
		titled(workbook, "Action Plan", "Action plan, December 2021").row(6, "1.3",
				"Monthly partnership tasking meeting", "DI Partnerships", "MPS", "Monthly", "G");
		titled(workbook, "Copy of Action Plan", "Action plan, October 2021");
		titled(workbook, "Action Plan Sep21", "Action plan, September 2021").hideSheet();
		Path file = workbook.write(this.dir.resolve("Croydon VVRAP Dec 2021.xlsx"));

		WorkbookReading reading = READER.read(file);

		assertThat(reading.plan().orElseThrow().actions()).extracting(Action::sheet).containsOnly("Action Plan");
		assertThat(reading.plan().orElseThrow().actions()).hasSize(3);
		assertThat(reading.findings()).filteredOn(f -> f.severity() == Severity.WARNING)
			.extracting(Finding::location)
			.containsExactly("Copy of Action Plan", "Action Plan Sep21");
		assertThat(messages(reading)).anyMatch(m -> m.startsWith("The sheet ‘Copy of Action Plan’ repeats the plan "
				+ "on ‘Action Plan’ (2 of its 2 actions are the same), so it was set aside"));
	}

	@Test
	void theSheetTheCoverNamesAsCurrentIsThePlan() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Sutton", "2021", true)
			.cell("A8", "Action plan")
			.cell("B8", "The current action plan is on the tab 'Action Plan (2)' (revised March 2022). The "
					+ "'Action Plan' tab is the December 2021 version, kept for reference.");
		titled(workbook, "Action Plan", "December 2021");
		titled(workbook, "Action Plan (2)", "Revised March 2022").row(6, "1.3", "Reduce exclusions",
				"Head of Inclusion", "LA", "2021-22", "A");
		Path file = workbook.write(this.dir.resolve("Sutton.xlsx"));

		WorkbookReading reading = READER.read(file);

		assertThat(reading.plan().orElseThrow().actions()).extracting(Action::sheet).containsOnly("Action Plan (2)");
		assertThat(messages(reading)).anyMatch(m -> m.contains("because the cover names it as the current plan"));
	}

	@Test
	void aTimescaleOfOnePeriodIsTheDeadlineAndARangeGivesBothEnds() throws IOException {
		Path file = titled(FixtureWorkbook.xlsx(), "Harrow plan", "Harrow knife crime action plan")
			.write(this.dir.resolve("Harrow.xlsx"));

		List<Action> actions = READER.read(file).plan().orElseThrow().actions();

		assertThat(actions.get(0).startDate()).isEqualTo(LocalDate.of(2017, 4, 1));
		assertThat(actions.get(0).endDate()).isEqualTo(LocalDate.of(2018, 3, 31));
		assertThat(actions.get(1).startDate()).isNull();
		assertThat(actions.get(1).endDate()).isEqualTo(LocalDate.of(2017, 12, 31));
	}

	static List<String> messages(WorkbookReading reading) {
		return reading.findings().stream().map(Finding::message).toList();
	}

}
