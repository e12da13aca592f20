package uk.gov.london.planreview.ingest;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

import uk.gov.london.planreview.authority.Authority;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.ingest.CoverDetails.Located;
import uk.gov.london.planreview.partner.PartnerTaxonomy;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.plan.Signatory;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.template.MandatoryAction;
import uk.gov.london.planreview.template.MandatoryActionMatcher;
import uk.gov.london.planreview.template.TemplateCatalogue;
import uk.gov.london.planreview.template.TemplateVersion;

/**
 * Reads one plan workbook as a council sent it: finds the cover details and every action
 * table, decides the template version and the authorities covered, and reports precisely
 * what it could not read. It never throws for a bad file: a file that cannot be read
 * becomes a rejected reading with the reason. Thread-safe: it keeps no state between
 * files.
 */
public final class PlanWorkbookReader {

	/** Between the people of one box: "Cllr A (Kingston); Cllr B (Richmond)". */
	private static final Pattern PEOPLE = Pattern.compile("\\s*(?:;|/|\\band\\b|&)\\s*");

	/** The last bracketed words of a name: "(Kingston)". */
	private static final Pattern BRACKETED = Pattern.compile("\\(([^()]*)\\)\\s*$");

	private static final Pattern YEAR = Pattern.compile("(?<!\\d)(20\\d{2})(?!\\d)");

	private static final Pattern LEADING_NUMBER = Pattern
		.compile("^[A-Za-z]{0,3}\\s*(\\d{1,2})(?:[.\\-]\\d|[a-z]?$|\\b)");

	private static final int COVER_ROWS = 200;

	/** See {@link ReadSettings#mostActions()}. */
	static final int DEFAULT_MOST_ACTIONS = 2000;

	/** The rows at the top of a sheet without a table that may hold its title. */
	private static final int TITLE_ROWS = 3;

	/**
	 * A workbook with more filled cells than this many per action it may have is set
	 * aside unopened: a plan's table has a dozen or so columns, with a cover and notes
	 * besides.
	 */
	private static final int CELLS_PER_ACTION = 25;

	private final AuthorityDirectory authorities;

	private final TemplateCatalogue catalogue;

	private final PartnerTaxonomy partners;

	private final HeadingDictionary headings;

	private final CoverReader cover;

	private final int mostActions;

	PlanWorkbookReader(AuthorityDirectory authorities, TemplateCatalogue catalogue, PartnerTaxonomy partners,
			HeadingDictionary headings, CoverReader cover, int mostActions) {
		this.authorities = authorities;
		this.catalogue = catalogue;
		this.partners = partners;
		this.headings = headings;
		this.cover = cover;
		this.mostActions = mostActions;
	}

	public static PlanWorkbookReader load(ReferenceData reference, AuthorityDirectory authorities,
			TemplateCatalogue catalogue, PartnerTaxonomy partners) {
		return new PlanWorkbookReader(authorities, catalogue, partners, HeadingDictionary.load(reference),
				CoverReader.load(reference), DEFAULT_MOST_ACTIONS);
	}

	/** The fields column-headings.csv may name, as it writes them. */
	public static List<String> headingFields() {
		return Arrays.stream(Field.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
	}

	/** The fields cover-labels.csv may name, as it writes them. */
	public static List<String> coverFields() {
		return Arrays.stream(CoverReader.Label.values()).map(f -> f.name().toLowerCase(Locale.ROOT)).toList();
	}

	/**
	 * The same reader, setting aside workbooks with more rows read as actions than this.
	 */
	public PlanWorkbookReader withMostActions(int most) {
		return new PlanWorkbookReader(this.authorities, this.catalogue, this.partners, this.headings, this.cover, most);
	}

	public WorkbookReading read(Path file) {
		return read(file, file.getFileName().toString());
	}

	/**
	 * @param sourceFile the file's name in findings and tables (its path within the input
	 * folder)
	 */
	public WorkbookReading read(Path file, String sourceFile) {
		List<Finding> findings = new ArrayList<>();
		try (Workbook workbook = WorkbookOpener.open(file, (long) this.mostActions * CELLS_PER_ACTION)) {
			return read(sourceFile, workbook, findings);
		}
		catch (UnreadableWorkbookException ex) {
			findings.add(Finding.error(sourceFile, "", ex.getMessage()));
			return WorkbookReading.rejected(sourceFile, List.of(), findings);
		}
		catch (IOException | RuntimeException ex) {
			// POI can fail deep inside a damaged part; the file is lost to this run but
			// the run goes on.
			findings.add(Finding.error(sourceFile, "",
					"The workbook could not be read (" + ex.getClass().getSimpleName()
							+ (ex.getMessage() == null ? "" : ": " + ActionRowReader.abbreviate(ex.getMessage()))
							+ "). Ask the CSP to open it in Excel, save it again as .xlsx and resend it."));
			return WorkbookReading.rejected(sourceFile, List.of(), findings);
		}
	}

	private WorkbookReading read(String sourceFile, Workbook workbook, List<Finding> findings) {
		DataFormatter formatter = new DataFormatter(Locale.UK);
		formatter.setUseCachedValuesForFormulaCells(true);
		reportExternalLinks(sourceFile, workbook, findings);
		List<CoverReader.Area> coverAreas = new ArrayList<>();
		List<CoverReader.Area> titleAreas = new ArrayList<>();
		List<AuthoritySources.Place> titles = new ArrayList<>();
		List<String> sheetNames = new ArrayList<>();
		List<TableSheet> tables = new ArrayList<>();
		boolean anyContent = false;
		for (int i = 0; i < workbook.getNumberOfSheets(); i++) {
			SheetView sheet = new SheetView(workbook.getSheetAt(i), formatter);
			if (sheet.lastRow() < 0 || (sheet.lastRow() == 0 && sheet.blankRow(0, Math.max(0, sheet.lastColumn(0))))) {
				continue;
			}
			anyContent = true;
			sheetNames.add(sheet.displayName());
			Optional<TableLayout> layout = TableLayout.find(sheet, this.headings);
			if (layout.isPresent()) {
				tables.add(new TableSheet(sheet, layout.get()));
				if (layout.get().headerRow() > 0) {
					titleAreas.add(new CoverReader.Area(sheet, 0, layout.get().headerRow() - 1));
				}
				titles.addAll(titleCells(sheet, layout.get().headerRow()));
			}
			else {
				coverAreas.add(new CoverReader.Area(sheet, 0, Math.min(sheet.lastRow(), COVER_ROWS)));
				titles.addAll(titleCells(sheet, TITLE_ROWS));
			}
		}
		if (!anyContent) {
			findings.add(Finding.error(sourceFile, "", "The workbook is empty: none of its sheets has anything in it. "
					+ "Ask the CSP to send the completed plan."));
			return WorkbookReading.rejected(sourceFile, List.of(), findings);
		}
		List<CoverReader.Area> areas = new ArrayList<>(coverAreas);
		areas.addAll(titleAreas);
		CoverDetails details = this.cover.read(areas);
		List<Authority> covered = new AuthoritySources(this.authorities).find(sourceFile, details, titles, sheetNames,
				findings);
		if (tables.isEmpty()) {
			findings.add(Finding.error(sourceFile, "",
					"No action table was found: no sheet has a header row with an "
							+ "Action column and at least two other recognised columns (such as Lead, Outcome or RAG). "
							+ "Check that the plan uses the template's column headings."));
			return WorkbookReading.rejected(sourceFile, covered, findings);
		}
		if (covered.isEmpty()) {
			return WorkbookReading.rejected(sourceFile, covered, findings);
		}
		List<SheetCopies.SheetRows> read = new ArrayList<>();
		for (TableSheet table : tables) {
			Optional<String> sheetTheme = sheetTheme(table);
			Optional<ActionType> sheetType = RowContext.typeNamedBy(table.sheet().displayName());
			List<Finding> sheetFindings = new ArrayList<>();
			read.add(
					new SheetCopies.SheetRows(
							table.sheet(), new ActionRowReader(table.sheet(), table.layout(), this.headings,
									this.catalogue, sourceFile, sheetFindings)
								.read(sheetTheme, sheetType),
							sheetFindings));
		}
		List<RawRow> rows = new ArrayList<>();
		for (SheetCopies.SheetRows sheet : SheetCopies.plan(read, details.allText(), sourceFile, findings)) {
			rows.addAll(sheet.rows());
			findings.addAll(sheet.findings());
		}
		if (rows.size() > this.mostActions) {
			findings.add(Finding.error(sourceFile, "", "The workbook has " + rows.size()
					+ " rows that read as actions, " + "more than any plan has (at most " + this.mostActions
					+ ", planreview.read.most-actions), so it "
					+ "was set aside and London's review went on without it. Check that it is the plan itself and "
					+ "not a data extract, and ask the CSP for the plan."));
			return WorkbookReading.rejected(sourceFile, covered, findings);
		}
		TemplateVersion version = version(sourceFile, details, rows, findings);
		List<Action> actions = actions(sourceFile, version, rows, findings);
		if (actions.isEmpty()) {
			findings.add(Finding.error(sourceFile, "",
					"The action tables hold no actions. Ask the CSP to send the completed plan."));
			return WorkbookReading.rejected(sourceFile, covered, findings);
		}
		String planId = AuthorityDirectory.planId(covered);
		Plan plan = new Plan(covered, sourceFile, details.cspName().value(), version.id(), details.submitted(),
				details.boardPartners(), version.signOffRequired() ? signatories(details.signatories()) : List.of(),
				actions);
		List<Finding> attributed = findings.stream().map(f -> f.forPlan(planId)).toList();
		return new WorkbookReading(sourceFile, covered, details.submitted(), Optional.of(plan), attributed);
	}

	private record TableSheet(SheetView sheet, TableLayout layout) {
	}

	/**
	 * The sign-off boxes, each with the authority it signs for when it names one. A box
	 * with nothing in it beside a filled one of the same role and authority is a job
	 * title read as a role ("BCU Commander, South West BCU" among the strategic leads),
	 * not a box.
	 */
	private List<Signatory> signatories(List<SignOffBox> boxes) {
		List<Signatory> read = new ArrayList<>();
		boxes.forEach(box -> read.addAll(forAuthorities(box)));
		return read.stream()
			.filter(s -> !blank(s) || read.stream()
				.noneMatch(o -> !blank(o) && o.role().equals(s.role()) && o.authority().equals(s.authority())))
			.toList();
	}

	private static boolean blank(Signatory box) {
		return box.name().isBlank() && box.date() == null && !box.signed();
	}

	/**
	 * The authority a box is for: named with the box, or with the person in brackets
	 * ("Gareth Quinn (Kingston)"). A box that names one person for each authority of a
	 * joint plan ("Cllr Leon Nolan (Kingston); Cllr Chloe Jenkins (Richmond)") is a
	 * signature for each.
	 */
	private List<Signatory> forAuthorities(SignOffBox box) {
		List<Authority> named = this.authorities.mentioned(box.organisation());
		if (named.size() == 1) {
			return List.of(signatory(box, named.get(0).onsCode(), box.name()));
		}
		List<Signatory> each = new ArrayList<>();
		for (String person : PEOPLE.split(box.name().strip())) {
			Matcher bracket = BRACKETED.matcher(person);
			List<Authority> own = bracket.find() ? this.authorities.mentioned(bracket.group(1)) : List.of();
			if (own.size() != 1 || each.stream().anyMatch(s -> s.authority().equals(own.get(0).onsCode()))) {
				return List.of(signatory(box, "", box.name()));
			}
			each.add(signatory(box, own.get(0).onsCode(), person.strip()));
		}
		return each;
	}

	private static Signatory signatory(SignOffBox box, String authority, String name) {
		return new Signatory(box.role(), authority, name, box.date(), box.signed());
	}

	/** The text cells of a sheet's first rows, where a title names the plan. */
	private static List<AuthoritySources.Place> titleCells(SheetView sheet, int rows) {
		List<AuthoritySources.Place> cells = new ArrayList<>();
		for (int r = 0; r < Math.min(rows, sheet.lastRow() + 1); r++) {
			for (int c = 0; c <= sheet.lastColumn(r); c++) {
				String text = sheet.ownText(r, c);
				if (!text.isEmpty()) {
					cells.add(new AuthoritySources.Place("the title", sheet.location(r, c), text));
				}
			}
		}
		return cells;
	}

	/**
	 * The theme a sheet is about, from its name ("2. Weapons ") or a title above its
	 * table.
	 */
	private Optional<String> sheetTheme(TableSheet table) {
		Optional<String> byName = this.catalogue.reportedTheme(table.sheet().displayName(), null);
		if (byName.isPresent()) {
			return byName;
		}
		SheetView sheet = table.sheet();
		for (int r = 0; r < table.layout().headerRow(); r++) {
			for (int c = 0; c <= sheet.lastColumn(r); c++) {
				String text = sheet.ownText(r, c);
				Optional<String> theme = this.catalogue
					.reportedTheme(text.contains(":") ? text.substring(text.indexOf(':') + 1) : text, null);
				if (theme.isPresent()) {
					return theme;
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * The template version: stated on the cover, or named in its title, or told by the
	 * themes used (a 2017 theme name, or a VAWG theme or minimum standards, which only
	 * 2023 has).
	 */
	private TemplateVersion version(String sourceFile, CoverDetails details, List<RawRow> rows,
			List<Finding> findings) {
		Located stated = details.templateVersion();
		if (stated.present()) {
			Matcher year = YEAR.matcher(stated.value());
			while (year.find()) {
				Optional<TemplateVersion> byYear = closestVersion(Integer.parseInt(year.group(1)));
				if (byYear.isPresent()) {
					return byYear.get();
				}
			}
			List<TemplateVersion> recognised = this.catalogue.recognise(stated.value());
			if (!recognised.isEmpty()) {
				return recognised.get(0);
			}
		}
		boolean has2017Theme = rows.stream()
			.anyMatch(r -> this.catalogue.version("2017")
				.map(v -> v.themes()
					.stream()
					.anyMatch(t -> !t.name().equals(t.reportedAs()) && TemplateCatalogue.normalise(t.name())
						.equals(TemplateCatalogue.normalise(r.themeCell()))))
				.orElse(false));
		boolean hasVawg = rows.stream()
			.anyMatch(r -> "Tackling violence against women and girls".equals(r.theme())
					|| MandatoryActionMatcher.normaliseRef(r.ref()).startsWith("MS"));
		if (hasVawg) {
			return this.catalogue.latest();
		}
		if (has2017Theme) {
			return this.catalogue.version("2017").orElse(this.catalogue.latest());
		}
		// A title such as "Violence and Vulnerability Reduction Action Plan 2024/25": its
		// own words and year.
		for (String line : details.allText().split("\n")) {
			List<TemplateVersion> named = this.catalogue.recognise(line);
			if (!named.isEmpty()) {
				Matcher year = YEAR.matcher(line);
				Optional<TemplateVersion> byYear = year.find() ? closestVersion(Integer.parseInt(year.group(1)))
						: Optional.empty();
				TemplateVersion title = named.get(named.size() - 1);
				return byYear.filter(v -> v.id().compareTo(title.id()) >= 0).orElse(title);
			}
		}
		TemplateVersion assumed = this.catalogue.version("2021").orElse(this.catalogue.latest());
		findings.add(Finding.warning(sourceFile, stated.present() ? stated.location() : "",
				"The template version could not be told " + "from the cover sheet; the plan was reviewed as "
						+ assumed.title() + ". Ask the CSP to state the template version."));
		return assumed;
	}

	/**
	 * The newest version no later than the year given (a 2022 refresh is on the 2021
	 * template).
	 */
	private Optional<TemplateVersion> closestVersion(int year) {
		TemplateVersion best = null;
		for (TemplateVersion version : this.catalogue.versions()) {
			if (Integer.parseInt(version.id()) <= year) {
				best = version;
			}
		}
		return Optional.ofNullable(best);
	}

	/**
	 * Turns rows into actions: mandatory actions matched, themes settled, partner
	 * categories found.
	 */
	private List<Action> actions(String sourceFile, TemplateVersion version, List<RawRow> rows,
			List<Finding> findings) {
		List<MandatoryActionMatcher.Candidate> candidates = new ArrayList<>();
		List<Integer> candidateRows = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			RawRow row = rows.get(i);
			// Whatever the plan calls it, a row worded as a mandatory action counts for
			// mandatory coverage; only the optional menu's rows are other actions.
			if (declared(row) != ActionType.OPTIONAL) {
				candidates.add(new MandatoryActionMatcher.Candidate(row.ref(), row.text()));
				candidateRows.add(i);
			}
		}
		Map<Integer, MandatoryAction> matched = MandatoryActionMatcher.match(version, candidates);
		List<Action> actions = new ArrayList<>();
		for (int i = 0; i < rows.size(); i++) {
			RawRow row = rows.get(i);
			int candidate = candidateRows.indexOf(i);
			MandatoryAction mandatory = candidate >= 0 ? matched.get(candidate) : null;
			ActionType declared = declared(row);
			ActionType type = declared != null ? declared : mandatory != null ? ActionType.MANDATORY : ActionType.LOCAL;
			reportDeclaredType(sourceFile, version, row, declared, mandatory, findings);
			String theme = row.theme();
			if (theme == null && mandatory != null) {
				theme = mandatory.theme();
			}
			if (theme == null) {
				theme = themeByNumber(version, row.ref()).orElse(null);
			}
			if (theme == null) {
				findings.add(Finding.warning(sourceFile, row.sheet() + "!" + row.row(), "Row " + row.row()
						+ " could not be placed in a theme (no theme column, section heading or sheet name says which); "
						+ "it is listed with no theme."));
			}
			actions.add(new Action(row.sheet(), row.row(), theme == null ? "" : theme, row.ref(), type,
					mandatory == null ? "" : mandatory.ref(), row.text(), row.outcome(), row.baseline(), row.lead(),
					row.leadOrganisations(), this.partners.classify(row.lead(), row.leadOrganisationCell()),
					row.startDate(), row.endDate(), row.timescaleText(), row.progress(), row.rag(), row.comments(),
					row.supportingDocuments(), row.hidden()));
		}
		return actions;
	}

	/** What the plan itself says a row is: its type cell, else its section or sheet. */
	private static ActionType declared(RawRow row) {
		return row.explicitType() != null ? row.explicitType() : row.contextType();
	}

	/**
	 * A type cell that disagrees with the template's list: the plan's word is reported,
	 * and mandatory coverage keeps to the template's list.
	 */
	private static void reportDeclaredType(String sourceFile, TemplateVersion version, RawRow row, ActionType declared,
			MandatoryAction mandatory, List<Finding> findings) {
		if (row.explicitType() == null) {
			return;
		}
		String where = row.sheet() + "!" + row.row();
		if (declared == ActionType.MANDATORY && mandatory == null) {
			findings.add(Finding.info(sourceFile, where,
					"Row " + row.row() + " is marked Mandatory, but it is not one of " + "the mandatory actions of the "
							+ version.id() + " template; it is listed as the plan declares "
							+ "it, and does not count towards mandatory coverage."));
		}
		else if (declared != ActionType.MANDATORY && mandatory != null) {
			findings.add(Finding.info(sourceFile, where,
					"Row " + row.row() + " is marked " + declared.csv().substring(0, 1).toUpperCase(Locale.ROOT)
							+ declared.csv().substring(1) + ", but it is the template's mandatory action "
							+ mandatory.ref() + "; it is listed as the plan "
							+ "declares it, and counts towards mandatory coverage."));
		}
	}

	/** "4.3" (or "O4.3", "4b") is in the fourth theme of the template. */
	private static Optional<String> themeByNumber(TemplateVersion version, String ref) {
		Matcher m = LEADING_NUMBER.matcher(ref.trim());
		if (!m.find()) {
			return Optional.empty();
		}
		int order = Integer.parseInt(m.group(1));
		return version.themes().stream().filter(t -> t.order() == order).map(t -> t.reportedAs()).findFirst();
	}

	private static void reportExternalLinks(String sourceFile, Workbook workbook, List<Finding> findings) {
		if (workbook instanceof XSSFWorkbook xssf && !xssf.getExternalLinksTable().isEmpty()) {
			List<String> targets = xssf.getExternalLinksTable().stream().map(link -> {
				try {
					return link.getLinkedFileName();
				}
				catch (RuntimeException ex) {
					return "another file";
				}
			}).toList();
			findings.add(Finding.warning(sourceFile, "",
					"The workbook links to other files (" + ActionRowReader.abbreviate(String.join(", ", targets))
							+ "). The links were not followed: only the values saved in this workbook were used."));
		}
	}

}
