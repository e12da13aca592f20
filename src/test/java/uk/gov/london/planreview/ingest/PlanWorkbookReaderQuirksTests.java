package uk.gov.london.planreview.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.partner.PartnerTaxonomy;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.template.TemplateCatalogue;

/**
 * The quirks of docs/inputs.md that are normal, not errors: one small workbook each, read
 * as a person would read it.
 */
class PlanWorkbookReaderQuirksTests {

	static final PlanWorkbookReader READER = reader();

	@TempDir
	Path dir;

	static PlanWorkbookReader reader() {
		ReferenceData reference = ReferenceData.packaged();
		return PlanWorkbookReader.load(reference, AuthorityDirectory.load(reference), TemplateCatalogue.load(reference),
				PartnerTaxonomy.load(reference));
	}

	@Test
	void tidyPlanIsReadWhole() throws IOException {
		WorkbookReading reading = READER.read(Fixtures.plan(this.dir, "Camden.xlsx", "London Borough of Camden"));

		Plan plan = reading.plan().orElseThrow();
		assertThat(plan.planId()).isEqualTo("E09000007");
		assertThat(plan.cspName()).isEqualTo("Safer London Borough of Camden Partnership");
		assertThat(plan.templateVersion()).isEqualTo("2021");
		assertThat(plan.submitted()).isEqualTo(LocalDate.of(2026, 10, 10));
		assertThat(plan.boardPartners()).containsExactly("MPS", "Public Health", "Youth Offending Service",
				"St Giles Trust");
		assertThat(plan.signatories()).hasSize(3).allMatch(s -> s.complete());
		assertThat(plan.actions()).hasSize(12);
		Action first = plan.actions().get(0);
		assertThat(first.sheet()).isEqualTo("Action Plan");
		assertThat(first.row()).isEqualTo(4);
		assertThat(first.theme()).isEqualTo("Governance");
		assertThat(first.type()).isEqualTo(ActionType.MANDATORY);
		assertThat(first.templateRef()).isEqualTo("1.1");
		assertThat(first.startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(first.rag()).isEqualTo(Rag.GREEN);
		assertThat(first.partnerCategories()).containsExactly("Community safety");
		Action local = plan.actions().get(11);
		assertThat(local.type()).isEqualTo(ActionType.LOCAL);
		assertThat(local.templateRef()).isEmpty();
		assertThat(reading.findings()).noneMatch(f -> f.severity() != Severity.INFO);
	}

	@Test
	void headerBelowTitleRowsWithLineBreaksOddCaseAndTrailingSpaces() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Hackney", "2021", true)
			.sheet("Plan")
			.cell("A1", "HACKNEY VIOLENCE AND VULNERABILITY REDUCTION ACTION PLAN")
			.cell("A2", "Please complete every column. Instructions are on the guidance tab.")
			.row(6, "REF ", "Theme", "Action\n", "Expected\nOutcome", "Named\nLead ", "Lead\norganisation", "Timescale",
					"Progress update (Q2)", "rag status")
			.row(7, "2.2", "Analysis & Enforcement", "Hold a monthly partnership tasking meeting on violence",
					"Monthly tasking", "DI Example", "MPS", "Apr 2026 – Mar 2027", "Meets monthly", "G");

		Action action = only(READER.read(workbook.write(this.dir.resolve("hackney.xlsx"))));

		assertThat(action.row()).isEqualTo(7);
		assertThat(action.theme()).isEqualTo("Analysis and enforcement");
		assertThat(action.outcome()).isEqualTo("Monthly tasking");
		assertThat(action.lead()).isEqualTo("DI Example");
		assertThat(action.startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(action.endDate()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(action.timescaleText()).isEqualTo("Apr 2026 – Mar 2027");
		assertThat(action.progress()).isEqualTo("Meets monthly");
		assertThat(action.rag()).isEqualTo(Rag.GREEN);
	}

	@Test
	void mergedTwoRowHeaderWithDatesOverStartAndEnd() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Islington", "2021", true)
			.sheet("Actions")
			.row(2, "Ref", "Action", "Lead", "Dates", null, "RAG")
			.row(3, null, null, null, "Start", "End", null)
			.merge("A2:A3")
			.merge("B2:B3")
			.merge("C2:C3")
			.merge("D2:E2")
			.merge("F2:F3")
			.row(4, "3.1", "Run trading standards test purchasing of knives and corrosive substances",
					"Trading Standards Manager", LocalDate.of(2026, 5, 1), "March 2027", "Amber");

		Action action = only(READER.read(workbook.write(this.dir.resolve("islington.xlsx"))));

		assertThat(action.row()).isEqualTo(4);
		assertThat(action.startDate()).isEqualTo(LocalDate.of(2026, 5, 1));
		assertThat(action.endDate()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(action.timescaleText()).isEqualTo("March 2027");
		assertThat(action.theme()).isEqualTo("Reducing access to weapons");
		assertThat(action.rag()).isEqualTo(Rag.AMBER);
	}

	@Test
	void mergedThemeCellsSpacerRowsAndKeyBelowTheTable() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Lambeth", "2021", true)
			.sheet("Action plan")
			.row(1, "Theme", "Ref", "Action", "Lead", "RAG")
			.row(2, "Supporting victims", "6.1", "Ensure co-ordinated referral and support for victims of violence",
					"VS manager", "G")
			.row(3, null, "6.3", "Fund an independent sexual violence adviser for young people", "VAWG lead", "A")
			.merge("A2:A3")
			.row(5, "Positive diversion", "7.1",
					"Offer positive diversion and mentoring to children and young people at risk of violence",
					"YOS manager", "R")
			.row(8, "Key: R = not on track, A = some slippage, G = on track")
			.row(9, "Notes: updated for the September board");

		WorkbookReading reading = READER.read(workbook.write(this.dir.resolve("lambeth.xlsx")));

		List<Action> actions = reading.plan().orElseThrow().actions();
		assertThat(actions).extracting(Action::ref).containsExactly("6.1", "6.3", "7.1");
		assertThat(actions).extracting(Action::theme)
			.containsExactly("Supporting victims of violence and vulnerability",
					"Supporting victims of violence and vulnerability", "Positive diversion from violence");
		assertThat(reading.findings())
			.filteredOn(f -> f.location().equals("Action plan!8") || f.location().equals("Action plan!9"))
			.hasSize(2)
			.allMatch(f -> f.severity() == Severity.INFO && f.message().contains("note, key or total"));
	}

	@Test
	void themeSectionRowsBetweenActionsAndOneSheetPerTheme() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Lewisham", "2021", true)
			.sheet("All actions")
			.row(1, "Ref", "Action", "Lead", "RAG")
			.row(2, "Governance")
			.merge("A2:D2")
			.row(3, "1.1", "Name the senior leads for violence reduction from the council and the police BCU",
					"Head of Community Safety", "G")
			.row(4, "Theme 5: Working with Communities and Neighbourhoods")
			.row(5, "5.4", "Train faith leaders to respond after serious incidents", "Faith forum chair", "A")
			.sheet(" 3. Weapons ")
			.row(1, "Ref", "Action", "Lead", "RAG")
			.row(2, "3.2", "Carry out regular weapons sweeps with partners and the community", "Sgt Example", "G");

		List<Action> actions = READER.read(workbook.write(this.dir.resolve("lewisham.xlsx")))
			.plan()
			.orElseThrow()
			.actions();

		assertThat(actions).extracting(Action::theme)
			.containsExactly("Governance", "Working with communities and neighbourhoods to reduce violence",
					"Reducing access to weapons");
		assertThat(actions.get(2).sheet()).isEqualTo("3. Weapons");
	}

	@Test
	void hiddenRowsAndColumnsAreReadAndSaidSo() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Merton", "2021", true)
			.sheet("Actions")
			.row(1, "Ref", "Action", "Baseline", "Lead", "RAG")
			.row(2, "2.1", "Complete an annual strategic needs assessment of violence and vulnerability", "2025 SNA",
					"Analyst", "G")
			.row(3, "2.5", "Extend CCTV coverage to the town centre", "", "CCTV manager", "A")
			.hideRow(3)
			.hideColumn("C");

		WorkbookReading reading = READER.read(workbook.write(this.dir.resolve("merton.xlsx")));

		assertThat(reading.plan().orElseThrow().actions()).hasSize(2)
			.extracting(Action::ref, Action::hidden)
			.containsExactly(tuple("2.1", false), tuple("2.5", true));
		assertThat(reading.plan().orElseThrow().actions().get(0).baseline()).isEqualTo("2025 SNA");
		assertThat(messages(reading)).anyMatch(m -> m.contains("Hidden row 3 was read as an action"))
			.anyMatch(m -> m.contains("Hidden columns C (Baseline) were read"));
	}

	@Test
	void severalLeadsAndOrganisationsInOneCell() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Newham", "2021", true)
			.sheet("Actions")
			.row(1, "Ref", "Action", "Lead officer", "Agency", "RAG")
			.row(2, "7.3", "Joint home visits to young people at risk", "DS Patel\nYOS team manager", "Police / YOS",
					"G")
			.row(3, "5.3", "Community walkabouts after incidents", "Cllr Example",
					"LA & MPS\nSafer Neighbourhood Board", "A");

		List<Action> actions = READER.read(workbook.write(this.dir.resolve("newham.xlsx")))
			.plan()
			.orElseThrow()
			.actions();

		assertThat(actions.get(0).lead()).isEqualTo("DS Patel; YOS team manager");
		assertThat(actions.get(0).leadOrganisations()).containsExactly("Police", "YOS");
		assertThat(actions.get(0).partnerCategories()).containsExactly("Police", "Youth offending service");
		assertThat(actions.get(1).leadOrganisations()).containsExactly("LA", "MPS", "Safer Neighbourhood Board");
		assertThat(actions.get(1).partnerCategories()).containsExactly("Police", "Community safety",
				"Voluntary and community sector");
	}

	@Test
	void datesAsDatesTextQuartersFinancialYearsAndWords() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Redbridge", "2021", true)
			.sheet("Actions")
			.row(1, "Ref", "Action", "Start date", "End date", "RAG")
			.row(2, "2.6", "Action one", LocalDate.of(2026, 4, 1), "Sept 2026", "G")
			.row(3, "2.7", "Action two", "Q3 2026/27", "2026-27", "G")
			.row(4, "2.8", "Action three", "Ongoing", "TBC", "G");

		List<Action> actions = READER.read(workbook.write(this.dir.resolve("redbridge.xlsx")))
			.plan()
			.orElseThrow()
			.actions();

		assertThat(actions.get(0).startDate()).isEqualTo(LocalDate.of(2026, 4, 1));
		assertThat(actions.get(0).endDate()).isEqualTo(LocalDate.of(2026, 9, 30));
		assertThat(actions.get(1).startDate()).isEqualTo(LocalDate.of(2026, 10, 1));
		assertThat(actions.get(1).endDate()).isEqualTo(LocalDate.of(2027, 3, 31));
		assertThat(actions.get(2).startDate()).isNull();
		assertThat(actions.get(2).endDate()).isNull();
		assertThat(actions.get(2).timescaleText()).isEqualTo("Ongoing – TBC");
	}

	@Test
	void ragAsTextAsFillOnlyAsThemeShadesAndDisagreeing() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Southwark", "2021", true)
			.sheet("Actions")
			.row(1, "Ref", "Action", "RAG")
			.row(2, "1.4", "Text only", "Amber")
			.row(3, "1.5", "Fill only, red", null)
			.fill("C3", "FF0000")
			.row(4, "1.6", "Fill only, pale theme green", null)
			.fill("C4", "C6EFCE")
			.row(5, "1.7", "Says green, coloured red", "Green")
			.fill("C5", "C00000")
			.row(6, "1.8", "Blue for complete", null)
			.fill("C6", "0070C0")
			.row(7, "1.9", "No rating", null);

		WorkbookReading reading = READER.read(workbook.write(this.dir.resolve("southwark.xlsx")));

		assertThat(reading.plan().orElseThrow().actions()).extracting(Action::rag)
			.containsExactly(Rag.AMBER, Rag.RED, Rag.GREEN, Rag.GREEN, Rag.COMPLETE, Rag.NONE);
		assertThat(reading.findings()).filteredOn(f -> f.severity() == Severity.WARNING)
			.singleElement()
			.satisfies(f -> {
				assertThat(f.location()).isEqualTo("Actions!C5");
				assertThat(f.message()).contains("says \"Green\" but is coloured red");
			});
	}

	@Test
	void formulasGiveTheirCachedValueNumbersAsTextNonBreakingSpacesAndSmartQuotes() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Sutton", "2021", true)
			.sheet("Actions")
			.row(1, "Ref", "Action", "Lead", "RAG")
			.formula("A2", "\"4.\"&\"7\"", "4.7")
			.row(2, null, "Work with the borough\u2019s \u201Csafe haven\u201D\u00A0shops",
					"Head\u00A0of\u00A0Youth   Services", "G")
			.row(3, 4.8, "Second action", "Lead", "G");

		List<Action> actions = READER.read(workbook.write(this.dir.resolve("sutton.xlsx")))
			.plan()
			.orElseThrow()
			.actions();

		assertThat(actions.get(0).ref()).isEqualTo("4.7");
		assertThat(actions.get(0).text()).isEqualTo("Work with the borough\u2019s \u201Csafe haven\u201D shops");
		assertThat(actions.get(0).lead()).isEqualTo("Head of Youth Services");
		assertThat(actions.get(0).theme()).isEqualTo("Safeguarding and educating young people");
		assertThat(actions.get(1).ref()).isEqualTo("4.8");
	}

	@Test
	void mandatoryActionLeftAsTheTemplateWroteItIsStillAnAction() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Bexley", "2021", true)
			.sheet("Actions")
			.row(1, "Ref", "Action", "Outcome", "Lead", "RAG")
			.row(2, "4.3", "Work with parents and carers to help keep young people safe")
			.row(3, "4.9", "Reworded: hold a monthly partnership tasking meeting focused on violence", "Tasking", "DI",
					"G");

		List<Action> actions = READER.read(workbook.write(this.dir.resolve("bexley.xlsx")))
			.plan()
			.orElseThrow()
			.actions();

		assertThat(actions).hasSize(2);
		assertThat(actions.get(0).type()).isEqualTo(ActionType.MANDATORY);
		assertThat(actions.get(0).templateRef()).isEqualTo("4.3");
		assertThat(actions.get(0).lead()).isEmpty();
		assertThat(actions.get(1).type()).isEqualTo(ActionType.MANDATORY);
		assertThat(actions.get(1).templateRef()).as("renumbered, matched by wording").isEqualTo("2.2");
	}

	@Test
	void optionalActionsTabCountsOnlyAdoptedRows() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Harrow", "2021", true)
			.sheet("Actions")
			.row(1, "Ref", "Action", "Lead", "RAG")
			.row(2, "1.1", "Name the senior leads for violence reduction from the council and the police BCU", "CEx",
					"G")
			.sheet("Optional actions")
			.row(1, "Ref", "Optional action", "Adopted (Y/N)", "Lead", "Outcome")
			.row(2, "O4.1", "Deliver the knife crime awareness lessons menu in primary schools", "Y",
					"Head of Inclusion", "All schools")
			.row(3, "O4.2", "Install knife wands in secondary schools", "N", "", "")
			.row(4, "O5.1", "Recruit community weapons sweep volunteers", "", "Community Safety Officer",
					"20 volunteers")
			.row(5, "O6.1", "Offer restorative justice to victims", "", "", "");

		WorkbookReading reading = READER.read(workbook.write(this.dir.resolve("harrow.xlsx")));

		List<Action> actions = reading.plan().orElseThrow().actions();
		assertThat(actions).extracting(Action::ref).containsExactly("1.1", "O4.1", "O5.1");
		assertThat(actions.get(1).type()).isEqualTo(ActionType.OPTIONAL);
		assertThat(actions.get(1).theme()).isEqualTo("Safeguarding and educating young people");
		assertThat(messages(reading)).anyMatch(m -> m.contains("2 of 4 menu items are adopted"));
	}

	@Test
	void developingActionsAndVawgMakeA2023Plan() throws IOException {
		FixtureWorkbook workbook = FixtureWorkbook.xlsx()
			.sheet("Front sheet")
			.cell("A1", "Violence and Vulnerability Reduction Action Plan 2024/25")
			.cell("A3", "Borough:")
			.cell("B3", "Enfield")
			.sheet("VAWG")
			.row(1, "Ref", "Action", "Type", "Lead", "RAG")
			.row(2, "8.1", "Deliver a VAWG strategy with specialist support services for women and girls", "Mandatory",
					"VAWG lead", "G")
			.row(3, "8.4", "Pilot a night-time safety hub for women", "Developing", "Night-time economy manager", "A");

		Plan plan = READER.read(workbook.write(this.dir.resolve("enfield.xlsx"))).plan().orElseThrow();

		assertThat(plan.templateVersion()).isEqualTo("2023");
		assertThat(plan.actions()).extracting(Action::type)
			.containsExactly(ActionType.MANDATORY, ActionType.DEVELOPING);
		assertThat(plan.actions()).extracting(Action::theme).containsOnly("Tackling violence against women and girls");
	}

	@Test
	void legacyXlsOn2017TemplateMapsOldThemes() throws IOException {
		FixtureWorkbook workbook = FixtureWorkbook.xls()
			.sheet("Governance")
			.cell("A1", "Knife Crime Action Plan 2017")
			.cell("A2", "Borough")
			.cell("B2", "Royal Borough of Greenwich")
			.sheet("Targeting Lawbreakers")
			.row(1, "No.", "Action", "Lead", "Status")
			.row(2, "2.1", "Use intelligence and analysis to target habitual knife carriers and violent offenders",
					"DI", "Red")
			.fill("D2", "FF0000");

		Plan plan = READER.read(workbook.write(this.dir.resolve("greenwich.xls"))).plan().orElseThrow();

		assertThat(plan.planId()).isEqualTo("E09000011");
		assertThat(plan.templateVersion()).isEqualTo("2017");
		assertThat(plan.signatories()).isEmpty();
		assertThat(plan.actions()).singleElement().satisfies(a -> {
			assertThat(a.theme()).isEqualTo("Analysis and enforcement");
			assertThat(a.type()).isEqualTo(ActionType.MANDATORY);
			assertThat(a.rag()).isEqualTo(Rag.RED);
		});
	}

	@Test
	void macroEnabledWorkbookWithJointCoverAndPartialSignOff() throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Kingston & Richmond", "2021", false)
			.cell("B11", "Jane Example")
			.cell("B13", "signed")
			.sheet("Actions")
			.row(1, "Ref", "Action", "Lead", "RAG")
			.row(2, "1.1", "Name the senior leads", "CEx", "G");

		Plan plan = READER.read(workbook.write(this.dir.resolve("Kingston and Richmond.xlsm"))).plan().orElseThrow();

		assertThat(plan.authorities()).extracting(Authority::name)
			.containsExactly("Kingston upon Thames", "Richmond upon Thames");
		assertThat(plan.signatories()).extracting(s -> s.complete()).containsExactly(true, false, false);
	}

	static Action only(WorkbookReading reading) {
		assertThat(reading.plan()).as("%s", reading.findings()).isPresent();
		assertThat(reading.plan().get().actions()).hasSize(1);
		return reading.plan().get().actions().get(0);
	}

	static List<String> messages(WorkbookReading reading) {
		return reading.findings().stream().map(Finding::message).toList();
	}

}
