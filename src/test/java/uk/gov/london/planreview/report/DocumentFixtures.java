package uk.gov.london.planreview.report;

import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;

import uk.gov.london.planreview.ingest.FixtureWorkbook;
import uk.gov.london.planreview.ingest.Fixtures;

/**
 * The input of the documents' fixture run: a tidy plan, a joint plan, a plan with gaps of every kind, a
 * plan whose cells hold hostile markup and characters no bundled font has, and an unreadable file.
 */
final class DocumentFixtures {

	/** What the hostile plan's cells hold. */
	static final String SCRIPT = "<script>alert(1)</script>";

	static final String FILE_IMAGE = "<img src=\"file:///etc/passwd\">";

	/** Characters the bundled fonts lack (CJK), and one they have only in the symbol font. */
	static final String UNSUPPORTED = "Outreach 中文 leaflets printed 👍";

	static final String GAPPY = "E09000022";

	private DocumentFixtures() {
	}

	/** @param server a local address the hostile cell points at, to show nothing is fetched */
	static void write(Path input, String server) throws IOException {
		Fixtures.plan(input, "Camden VVRAP 2026.xlsx", "London Borough of Camden");
		Fixtures.plan(input, "Kingston and Richmond.xlsx", "Kingston upon Thames and Richmond upon Thames");
		hostile(input.resolve("Hackney.xlsx"), server);
		gappy(input.resolve("Lambeth plan.xlsx"));
		Fixtures.renamedPdf(input, "Lewisham.xlsx");
	}

	private static void hostile(Path file, String server) throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "LB Hackney", "2021", true);
		workbook.sheet("Action Plan").cell("A1", "Hackney action plan").row(3, Fixtures.HEADER);
		Object[][] actions = Fixtures.standardActions();
		actions[11][2] = SCRIPT + " Run a mediation scheme " + FILE_IMAGE + " <img src=\"" + server + "/beacon.png\"> " + UNSUPPORTED;
		actions[10][4] = "YOS Manager <a href=\"" + server + "/link\">call</a>";
		int row = 4;
		for (Object[] action : actions) {
			workbook.row(row++, action);
		}
		workbook.write(file);
	}

	/**
	 * A plan a board has work to do on: actions without leads, outcomes or dates, one without a reference,
	 * mandatory actions missing or left as the template wrote them, mostly police-led, not signed off.
	 */
	private static void gappy(Path file) throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Lambeth", "2021", false);
		workbook.sheet("Action Plan").cell("A1", "Lambeth action plan").row(3, Fixtures.HEADER);
		LocalDate start = LocalDate.of(2026, 4, 1);
		LocalDate end = LocalDate.of(2027, 3, 31);
		Object[][] actions = {
				{ "1.1", "Governance", "Name the senior leads for violence reduction from the council and the police BCU",
						"Clear accountability", "Head of Community Safety", "Council", start, end, "Leads named", "Green", "" },
				{ "2.1", "Analysis and enforcement", "Complete an annual strategic needs assessment of violence and vulnerability",
						"", "", "", null, null, "", "", "" },
				{ "2.2", "Analysis and enforcement", "Hold a monthly partnership tasking meeting on violence", "Monthly tasking",
						"DI Smith", "MPS", start, null, "Running", "Red", "" },
				{ "2.4", "Analysis and enforcement", "Target habitual knife carriers through weapons enforcement operations",
						"Fewer knife offences", "TBC", "MPS", null, null, "Planned", "Amber", "" },
				{ "3.2", "Reducing access to weapons", "Carry out regular weapons sweeps with partners and the community",
						"", "Sgt Jones", "MPS", start, end, "Monthly sweeps", "Red", "" },
				{ "", "Reducing access to weapons", "Knife arches at stations on weekend evenings", "Knives seized", "PC Brown",
						"MPS", start, end, "", "", "" },
				{ "4.1", "Safeguarding and educating young people", "Reduce school exclusions and support inclusion of young people at risk",
						"Exclusions down", "N/A", "Police", start, end, "Pilot", "Green", "" },
				{ "7.1", "Positive diversion from violence", "Offer positive diversion and mentoring to children and young people at risk of violence",
						"Young people mentored", "", "MPS", start, end, "Started", "Amber", "" } };
		int row = 4;
		for (Object[] action : actions) {
			workbook.row(row++, action);
		}
		workbook.write(file);
	}

}
