package uk.gov.london.planreview.ingest;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;

/**
 * Named plan workbooks for tests. {@link #plan} is a tidy 2021 plan; the other fixtures
 * each carry one quirk or one fault that councils' files have in the field
 * (docs/inputs.md).
 */
public final class Fixtures {

	public static final Object[] HEADER = { "Ref", "Theme", "Action", "Outcome", "Named Lead", "Lead Organisation",
			"Start Date", "End Date", "Progress to date", "RAG", "Comments" };

	private Fixtures() {
	}

	/**
	 * A cover sheet in the usual label-and-value layout, with the 2021 sign-off block.
	 */
	public static FixtureWorkbook cover(FixtureWorkbook workbook, String authority, String version, boolean signed) {
		workbook.sheet("Cover")
			.cell("A1", "Violence and Vulnerability Reduction Action Plan")
			.cell("A3", "CSP name:")
			.cell("B3", "Safer " + authority + " Partnership")
			.cell("A4", "Local authority")
			.cell("B4", authority)
			.cell("A5", "Template version")
			.cell("B5", version)
			.cell("A6", "Date submitted")
			.cell("B6", LocalDate.of(2026, 10, 10))
			.cell("A7", "Partner organisations")
			.cell("B7", "MPS; Public Health; Youth Offending Service; St Giles Trust")
			.cell("A10", "Local Authority Chief Executive")
			.cell("A11", "Name")
			.cell("B11", signed ? "Jane Example" : "")
			.cell("A12", "Date")
			.cell("B12", LocalDate.of(2026, 10, 9))
			.cell("A13", "Signature")
			.cell("B13", signed ? "signed" : ".....")
			.cell("A15", "Leader of the Council / Elected Mayor")
			.cell("A16", "Name")
			.cell("B16", signed ? "Cllr Sam Sample" : "")
			.cell("A17", "Signature")
			.cell("B17", signed ? "signed" : "")
			.cell("A19", "Police BCU Commander")
			.cell("A20", "Name")
			.cell("B20", signed ? "Ch Supt Alex Demo" : "")
			.cell("A21", "Signature")
			.cell("B21", signed ? "signed" : "");
		return workbook;
	}

	/**
	 * A tidy 2021 plan: cover, then one action sheet with a theme column and its header
	 * on row 3.
	 */
	public static Path plan(Path dir, String fileName, String authority) throws IOException {
		return plan(dir, fileName, authority, standardActions());
	}

	/** The tidy plan with other actions, in the columns of {@link #HEADER}. */
	public static Path plan(Path dir, String fileName, String authority, Object[][] actions) throws IOException {
		FixtureWorkbook workbook = cover(FixtureWorkbook.xlsx(), authority, "2021", true);
		workbook.sheet("Action Plan").cell("A1", authority + " action plan").row(3, HEADER);
		int row = 4;
		for (Object[] action : actions) {
			workbook.row(row++, action);
		}
		return workbook.write(dir.resolve(fileName));
	}

	/** A dozen actions: mandatory actions in the template's words and two local ones. */
	public static Object[][] standardActions() {
		LocalDate start = LocalDate.of(2026, 4, 1);
		LocalDate end = LocalDate.of(2027, 3, 31);
		return new Object[][] { { "1.1", "Governance",
				"Name the senior leads for violence reduction from the council and the police BCU",
				"Clear accountability", "Head of Community Safety", "Council", start, end, "Leads named", "Green", "" },
				{ "1.2", "Governance",
						"Link the CSP with the Safeguarding Children and Adults Boards and the Health and Wellbeing Board to support a public health approach",
						"Joined-up governance", "Director of Public Health", "Public Health", start, end, "Agreed",
						"Green", "" },
				{ "2.1", "Analysis and enforcement",
						"Complete an annual strategic needs assessment of violence and vulnerability", "SNA published",
						"Community Safety Analyst", "Council", start, end, "Drafting", "Amber", "" },
				{ "2.2", "Analysis and enforcement", "Hold a monthly partnership tasking meeting on violence",
						"Monthly tasking", "DI Example", "MPS", start, end, "Running", "Green", "" },
				{ "3.1", "Reducing access to weapons",
						"Run trading standards test purchasing of knives and corrosive substances",
						"Fewer sales to under-18s", "Trading Standards Manager", "Trading Standards", start, end,
						"Two operations", "Green", "" },
				{ "3.2", "Reducing access to weapons",
						"Carry out regular weapons sweeps with partners and the community", "Weapons removed",
						"Sgt Example", "MPS / Residents' associations", start, end, "Monthly sweeps", "Green", "" },
				{ "4.1", "Safeguarding and educating young people",
						"Reduce school exclusions and support inclusion of young people at risk", "Exclusions down 10%",
						"Head of Inclusion", "Education", start, end, "Pilot in 4 schools", "Amber", "" },
				{ "4.2", "Safeguarding and educating young people",
						"Support children in care and care leavers at risk of violence and exploitation",
						"Fewer LAC missing episodes", "Head of Children's Social Care", "Children's Social Care", start,
						end, "Panel set up", "Green", "" },
				{ "5.1", "Working with communities and neighbourhoods to reduce violence",
						"Involve communities and the voluntary and community sector in reducing violence",
						"Community forum meets quarterly", "VCS Lead", "Voluntary sector", start, end, "Forum launched",
						"Green", "" },
				{ "6.1", "Supporting victims of violence and vulnerability",
						"Ensure co-ordinated referral and support for victims of violence",
						"All victims offered support", "Victim Support Manager", "Victim Support", start, end,
						"Pathway agreed", "Green", "" },
				{ "7.1", "Positive diversion from violence",
						"Offer positive diversion and mentoring to children and young people at risk of violence",
						"50 young people mentored", "YOS Manager", "YOS", start, end, "30 mentored", "Amber", "" },
				{ "4.6", "Safeguarding and educating young people",
						"Run a mediation scheme for young people in dispute, delivered by trained youth workers",
						"Disputes resolved without violence", "Youth Service Manager", "Youth Service", start, end,
						"12 mediations", "Green", "Local action" } };
	}

	/** Not a workbook at all: a PDF saved with a spreadsheet's name. */
	public static Path renamedPdf(Path dir, String fileName) throws IOException {
		return write(dir.resolve(fileName),
				"%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");
	}

	/** A workbook cut short, as an interrupted copy leaves it. */
	public static Path truncated(Path dir, String fileName, Path from) throws IOException {
		byte[] whole = Files.readAllBytes(from);
		Files.createDirectories(dir);
		return Files.write(dir.resolve(fileName), java.util.Arrays.copyOf(whole, whole.length / 2));
	}

	private static Path write(Path file, String content) throws IOException {
		Files.createDirectories(file.getParent());
		return Files.writeString(file, content);
	}

}
