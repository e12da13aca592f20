package uk.gov.london.planreview.report;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import uk.gov.london.planreview.ingest.FixtureWorkbook;
import uk.gov.london.planreview.ingest.Fixtures;

/**
 * The input of the documents' fixture run: a tidy plan, a joint plan, a plan with gaps of
 * every kind, a plan whose cells hold hostile markup and characters no bundled font has,
 * an unreadable file, and stock-take responses; and the quarter before, so that the run
 * shows movement since last quarter. The tidy and joint plans carry local actions the
 * good-practice categories recognise.
 */
public final class DocumentFixtures {

	/** What the hostile plan's cells hold. */
	static final String SCRIPT = "<script>alert(1)</script>";

	static final String FILE_IMAGE = "<img src=\"file:///etc/passwd\">";

	/**
	 * Characters the bundled fonts lack (CJK), and one they have only in the symbol font.
	 */
	static final String UNSUPPORTED = "Outreach 中文 leaflets printed 👍";

	static final String GAPPY = "E09000022";

	/**
	 * London Councils' stock-take, as the survey tool exports it: three authorities
	 * answered.
	 */
	static final String STOCKTAKE = "\uFEFFTimestamp,Local authority,Your role,"
			+ "\"Q1. Does your authority have a corporate approach to tackling serious youth violence, including knife and gang crime?\",Q1 detail,"
			+ "Q2. Do you have a specific knife crime action plan?,Q2 detail,"
			+ "Q3. Is this work underpinned by collaboration? (tick all that apply),Q3 detail,"
			+ "Q4. Is there specific engagement with community and voluntary sector agencies?,Q4 detail,Q5. Supporting documents provided\r\n"
			+ "08/05/2018 20:45:10,London Borough of Lambeth,Head of Community Safety,Yes,"
			+ "\"Our approach is led with the public health team and treats violence as preventable.\",yes,"
			+ "Our plan follows the MOPAC template.,With the police; Cross-agency,Partners share information through the integrated risk meeting.,"
			+ "yes,The Safer Neighbourhood Board joins weapons sweeps.,Knife Crime Action Plan\r\n"
			+ "09/05/2018 08:45:58,Camden Council,Chief Executive,Yes – in development,"
			+ "\"Our integrated gangs unit brings police, youth offending and St Giles caseworkers together.\",Yes,"
			+ "The plan sits within the CSP's annual plan.,Cross-agency; Cross-borough,We share an analyst with the other boroughs in our BCU.,"
			+ "Yes,\"Voluntary organisations including St Giles Trust and Redthread deliver much of the diversion work.\",Strategic Assessment 2017/18\r\n"
			+ "10/05/2018 10:12:00,LB Hackney,Director of Communities,No,,No,,With the police,,No,,\r\n";

	static final LocalDate START = LocalDate.of(2026, 4, 1);

	static final LocalDate END = LocalDate.of(2027, 3, 31);

	private DocumentFixtures() {
	}

	/**
	 * @param server a local address the hostile cell points at, to show nothing is
	 * fetched
	 */
	public static void write(Path input, String server) throws IOException {
		Fixtures.plan(input, "Camden VVRAP 2026.xlsx", "London Borough of Camden", camden(false));
		Fixtures.plan(input, "Kingston and Richmond.xlsx", "Kingston upon Thames and Richmond upon Thames",
				kingston(false));
		hostile(input.resolve("Hackney.xlsx"), server);
		gappy(input.resolve("Lambeth plan.xlsx"), gappyActions());
		Fixtures.renamedPdf(input, "Lewisham.xlsx");
		Files.writeString(input.resolve("stocktake-responses.csv"), STOCKTAKE, StandardCharsets.UTF_8);
	}

	/**
	 * Last quarter's input: Camden's and Lambeth's actions rated otherwise, one of each
	 * added since and one dropped; a joint plan action completed since; Hackney not yet
	 * reviewed.
	 */
	static void writePreviousQuarter(Path input) throws IOException {
		Fixtures.plan(input, "Camden VVRAP 2026.xlsx", "London Borough of Camden", camden(true));
		Fixtures.plan(input, "Kingston and Richmond.xlsx", "Kingston upon Thames and Richmond upon Thames",
				kingston(true));
		List<Object[]> lambeth = copy(gappyActions());
		lambeth.get(0)[9] = "Amber";
		lambeth.get(2)[9] = "Amber";
		lambeth.remove(5);
		lambeth.add(new Object[] { "6.1", "Supporting victims of violence and vulnerability",
				"Ensure co-ordinated referral and support for victims of violence", "All victims offered support",
				"Victim Support Manager", "Victim Support", START, END, "Pathway drafted", "Amber", "" });
		gappy(input.resolve("Lambeth plan.xlsx"), lambeth.toArray(Object[][]::new));
	}

	/**
	 * The tidy plan with a joint intelligence hub and knife surrender bins of its own.
	 * Last quarter 1.2 was amber (it turned green), 2.1 red (it improved), the hub was
	 * not yet in the plan (added), and it had a knife crime awareness week (dropped).
	 */
	private static Object[][] camden(boolean previous) {
		List<Object[]> actions = copy(Fixtures.standardActions());
		actions.add(new Object[] { "3.6", "Reducing access to weapons",
				"Install knife surrender bins at two locations in hotspot areas and publicise them through schools and faith groups",
				"Knives surrendered safely", "Community Safety Manager", "Council", START, END, "Two bins installed",
				"Green", "" });
		if (previous) {
			actions.get(1)[9] = "Amber";
			actions.get(2)[9] = "Red";
			actions.add(new Object[] { "4.7", "Safeguarding and educating young people",
					"Hold a knife crime awareness week with assemblies in every secondary school",
					"Pupils aware of the risks", "Schools Officer", "MPS", START, END, "Planned for spring", "Amber",
					"" });
		}
		else {
			actions.add(new Object[] { "2.6", "Analysis and enforcement",
					"Co-locate the council's community safety analysts with BCU intelligence officers in a joint intelligence hub at the civic centre",
					"One shared picture of risk used at every tasking meeting",
					"Priya Shah, Head of Community Safety Analysis", "Council", START, END, "Hub open since June",
					"Green", "" });
		}
		return actions.toArray(Object[][]::new);
	}

	/**
	 * The tidy plan with CitySafe Havens of its own; its needs assessment, amber last
	 * quarter, is complete.
	 */
	private static Object[][] kingston(boolean previous) {
		List<Object[]> actions = copy(Fixtures.standardActions());
		actions.get(2)[9] = previous ? "Amber" : "Complete";
		actions.add(new Object[] { "5.4", "Working with communities and neighbourhoods to reduce violence",
				"Sign up shops in both town centres as CitySafe Havens where young people who feel threatened can go for help",
				"Forty shops signed up and known to young people", "Town Centres Manager", "Council", START, END,
				"Twenty-two shops signed up", "Green", "" });
		return actions.toArray(Object[][]::new);
	}

	private static List<Object[]> copy(Object[][] actions) {
		List<Object[]> copy = new ArrayList<>();
		for (Object[] action : actions) {
			copy.add(Arrays.copyOf(action, action.length));
		}
		return copy;
	}

	private static void hostile(Path file, String server) throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "LB Hackney", "2021", true);
		workbook.sheet("Action Plan").cell("A1", "Hackney action plan").row(3, Fixtures.HEADER);
		Object[][] actions = Fixtures.standardActions();
		actions[11][2] = SCRIPT + " Run a mediation scheme " + FILE_IMAGE + " <img src=\"" + server + "/beacon.png\"> "
				+ UNSUPPORTED;
		actions[10][4] = "YOS Manager <a href=\"" + server + "/link\">call</a>";
		int row = 4;
		for (Object[] action : actions) {
			workbook.row(row++, action);
		}
		workbook.write(file);
	}

	/** The plan with gaps, not signed off. */
	private static void gappy(Path file, Object[][] actions) throws IOException {
		FixtureWorkbook workbook = Fixtures.cover(FixtureWorkbook.xlsx(), "Lambeth", "2021", false);
		workbook.sheet("Action Plan").cell("A1", "Lambeth action plan").row(3, Fixtures.HEADER);
		int row = 4;
		for (Object[] action : actions) {
			workbook.row(row++, action);
		}
		workbook.write(file);
	}

	/**
	 * A plan a board has work to do on: actions without leads, outcomes or dates, one
	 * without a reference, mandatory actions missing or left as the template wrote them,
	 * mostly police-led.
	 */
	private static Object[][] gappyActions() {
		return new Object[][] { { "1.1", "Governance",
				"Name the senior leads for violence reduction from the council and the police BCU",
				"Clear accountability", "Head of Community Safety", "Council", START, END, "Leads named", "Green", "" },
				{ "2.1", "Analysis and enforcement",
						"Complete an annual strategic needs assessment of violence and vulnerability", "", "", "", null,
						null, "", "", "" },
				{ "2.2", "Analysis and enforcement", "Hold a monthly partnership tasking meeting on violence",
						"Monthly tasking", "DI Smith", "MPS", START, null, "Running", "Red", "" },
				{ "2.4", "Analysis and enforcement",
						"Target habitual knife carriers through weapons enforcement operations", "Fewer knife offences",
						"TBC", "MPS", null, null, "Planned", "Amber", "" },
				{ "3.2", "Reducing access to weapons",
						"Carry out regular weapons sweeps with partners and the community", "", "Sgt Jones", "MPS",
						START, END, "Monthly sweeps", "Red", "" },
				{ "", "Reducing access to weapons", "Knife arches at stations on weekend evenings", "Knives seized",
						"PC Brown", "MPS", START, END, "", "", "" },
				{ "4.1", "Safeguarding and educating young people",
						"Reduce school exclusions and support inclusion of young people at risk", "Exclusions down",
						"N/A", "Police", START, END, "Pilot", "Green", "" },
				{ "7.1", "Positive diversion from violence",
						"Offer positive diversion and mentoring to children and young people at risk of violence",
						"Young people mentored", "", "MPS", START, END, "Started", "Amber", "" } };
	}

}
