package uk.gov.london.planreview.templatebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.ingest.PlanWorkbookReader;
import uk.gov.london.planreview.ingest.WorkbookReading;
import uk.gov.london.planreview.partner.PartnerTaxonomy;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.ActionType;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.plan.Rag;
import uk.gov.london.planreview.plan.Signatory;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.PlanScorer;
import uk.gov.london.planreview.scoring.ScoringWeights;
import uk.gov.london.planreview.scoring.SignOff;
import uk.gov.london.planreview.template.TemplateCatalogue;
import uk.gov.london.planreview.template.TemplateVersion;
import uk.gov.london.planreview.templatebook.TemplateWorkbook.Column;
import uk.gov.london.planreview.testing.Project;

/**
 * A template the program writes, filled in as a partnership would, reads back with no
 * findings, and with nothing missing but what the filler left out: for every template
 * version offered, for a joint partnership, and for a template pre-filled from a plan.
 */
class TemplateRoundTripTests {

	static final ReferenceData REFERENCE = ReferenceData.packaged();

	static final TemplateCatalogue CATALOGUE = TemplateCatalogue.load(REFERENCE);

	static final AuthorityDirectory AUTHORITIES = AuthorityDirectory.load(REFERENCE);

	static final PlanWorkbookReader READER = PlanWorkbookReader.load(REFERENCE, AUTHORITIES, CATALOGUE,
			PartnerTaxonomy.load(REFERENCE));

	static final PlanScorer SCORER = new PlanScorer(ScoringWeights.defaults());

	static final LocalDate START = LocalDate.of(2027, 4, 1);

	static final LocalDate END = LocalDate.of(2028, 3, 31);

	@TempDir
	Path work;

	@Test
	void everyVersionOfTheCatalogueIsOffered() {
		assertThat(CATALOGUE.versions()).extracting(TemplateVersion::id).containsExactly("2017", "2021", "2023");
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "2017", "2021", "2023" })
	void aTemplateFilledInCompletelyReadsBackWithNoFindingsAndNothingMissing(String id) throws IOException {
		TemplateVersion version = CATALOGUE.version(id).orElseThrow();
		Path file = write(TemplateContent.blank(version), "blank " + id + ".xlsx");

		fill(file, "Camden", workbook -> {
			Sheet table = workbook.getSheet(TemplateWorkbook.TABLE);
			int r = TemplateWorkbook.HEADER_ROW + 1;
			while (!text(table, r, Column.ACTION).isEmpty()) {
				complete(table.getRow(r), "Green");
				r++;
			}
			local(table, r, version.themes().get(0).name(), "Run a summer programme of detached youth work");
			local(table, r + 1, version.themes().get(version.themes().size() - 1).name(),
					"Fund a community mediation service for families");
		});

		WorkbookReading reading = READER.read(file);
		assertThat(reading.findings()).as("findings").isEmpty();
		Plan plan = reading.plan().orElseThrow();
		assertThat(plan.templateVersion()).isEqualTo(id);
		assertThat(plan.authorities()).extracting(a -> a.name()).containsExactly("Camden");
		assertThat(plan.cspName()).isEqualTo("Safer Camden Partnership");
		assertThat(plan.actions()).hasSize(version.mandatoryActions().size() + 2);
		assertThat(plan.actions().stream().map(Action::templateRef).filter(r -> !r.isEmpty()))
			.containsExactlyInAnyOrderElementsOf(version.mandatoryActions().stream().map(m -> m.ref()).toList());
		assertThat(plan.actions()).allSatisfy(a -> {
			assertThat(SCORER.check(a).missing()).as(a.ref()).isEmpty();
			assertThat(a.rag()).isEqualTo(Rag.GREEN);
			assertThat(a.startDate()).isEqualTo(START);
			assertThat(a.endDate()).isEqualTo(END);
			assertThat(a.theme()).isNotEmpty();
		});
		assertThat(plan.actions().subList(plan.actions().size() - 2, plan.actions().size()))
			.allSatisfy(a -> assertThat(a.type()).isEqualTo(ActionType.LOCAL));
		PlanScore score = SCORER.score(plan, version);
		assertThat(score.mandatoryGaps()).isEmpty();
		assertThat(score.signedOff()).isEqualTo(version.signOffRequired() ? SignOff.YES : SignOff.NOT_REQUIRED);
	}

	@ParameterizedTest(name = "{0}")
	@ValueSource(strings = { "2017", "2021", "2023" })
	void whatTheFillerLeavesOutIsAllThatIsMissing(String id) throws IOException {
		TemplateVersion version = CATALOGUE.version(id).orElseThrow();
		Path file = write(TemplateContent.blank(version), "partly " + id + ".xlsx");
		int first = TemplateWorkbook.HEADER_ROW + 1;

		fill(file, "London Borough of Camden", workbook -> {
			Sheet table = workbook.getSheet(TemplateWorkbook.TABLE);
			for (int r = first + 2; !text(table, r, Column.ACTION).isEmpty(); r++) {
				complete(table.getRow(r), "Amber");
			}
			// The second mandatory action is left as the template wrote it; the first
			// lacks only its lead.
			complete(table.getRow(first), "Amber");
			table.getRow(first).getCell(Column.LEAD.ordinal()).setBlank();
			Sheet cover = workbook.getSheet(TemplateWorkbook.COVER);
			for (Row row : cover) {
				if ("Police BCU Commander".equals(text(row, 0))) {
					row.getCell(1).setBlank();
					row.getCell(3).setBlank();
				}
			}
		});

		WorkbookReading reading = READER.read(file);
		assertThat(reading.findings()).as("findings").isEmpty();
		Plan plan = reading.plan().orElseThrow();
		assertThat(SCORER.check(plan.actions().get(0)).missing()).containsExactly(Item.LEAD);
		PlanScore score = SCORER.score(plan, version);
		assertThat(score.mandatoryGaps()).extracting(MandatoryGap::templateRef, MandatoryGap::missing)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(version.mandatoryActions().get(1).ref(), false));
		assertThat(score.signedOff()).isEqualTo(version.signOffRequired() ? SignOff.PARTLY : SignOff.NOT_REQUIRED);
		for (int i = 2; i < plan.actions().size(); i++) {
			assertThat(SCORER.check(plan.actions().get(i)).missing()).isEmpty();
		}
	}

	@Test
	void aJointPartnershipsTemplateHasASignOffBlockForEachAuthorityAndReadsBackAsJoint() throws IOException {
		TemplateVersion version = CATALOGUE.version("2021").orElseThrow();
		Plan joint = new Plan(AUTHORITIES.resolveAll("Kingston and Richmond").authorities(), "joint.xlsx",
				"Kingston and Richmond Community Safety Partnerships", "2021", null, List.of("MPS", "Public Health"),
				List.of(), List.of());
		Path file = write(TemplateContent.from(version, joint, Quarter.parse("2026-Q3")), "joint.xlsx");

		List<String> roles = new ArrayList<>();
		fill(file, null, workbook -> {
			for (Row row : workbook.getSheet(TemplateWorkbook.COVER)) {
				if (text(row, 0).contains("Executive") || text(row, 0).contains("Mayor")
						|| text(row, 0).endsWith("Commander")) {
					roles.add(text(row, 0));
				}
			}
			Sheet table = workbook.getSheet(TemplateWorkbook.TABLE);
			for (int r = TemplateWorkbook.HEADER_ROW + 1; !text(table, r, Column.ACTION).isEmpty(); r++) {
				complete(table.getRow(r), "Green");
			}
		});

		assertThat(roles).containsExactly("Local Authority Chief Executive, Kingston upon Thames",
				"Leader of the Council / Elected Mayor, Kingston upon Thames",
				"Local Authority Chief Executive, Richmond upon Thames",
				"Leader of the Council / Elected Mayor, Richmond upon Thames", "Police BCU Commander");
		WorkbookReading reading = READER.read(file);
		assertThat(reading.findings()).isEmpty();
		Plan plan = reading.plan().orElseThrow();
		assertThat(plan.planId()).isEqualTo("E09000021+E09000027");
		assertThat(plan.signatories()).hasSize(5).allMatch(Signatory::complete);
		assertThat(plan.signatories()).extracting(Signatory::authority)
			.containsExactly("E09000021", "E09000021", "E09000027", "E09000027", "");
		assertThat(plan.boardPartners()).containsExactly("MPS", "Public Health");
	}

	@Test
	void aTemplatePrefilledFromAReviewedPlanReadsBackAsThatPlanWithTheNewProgress() throws IOException {
		Plan reviewed = READER.read(Project.path("input", "Camden VVRAP Dec 2021 FINAL.xlsx")).plan().orElseThrow();
		TemplateVersion version = CATALOGUE.version(reviewed.templateVersion()).orElseThrow();
		Path file = write(TemplateContent.from(version, reviewed, Quarter.parse("2026-Q3")), "camden.xlsx");

		List<String> notes = new ArrayList<>();
		fill(file, null, workbook -> {
			Sheet table = workbook.getSheet(TemplateWorkbook.TABLE);
			for (int r = TemplateWorkbook.HEADER_ROW + 1; !text(table, r, Column.ACTION).isEmpty(); r++) {
				Cell progress = table.getRow(r).getCell(Column.PROGRESS.ordinal());
				if (progress.getCellComment() != null) {
					notes.add(progress.getCellComment().getString().getString());
				}
				progress.setCellValue("Updated in the new quarter");
				table.getRow(r).getCell(Column.RAG.ordinal()).setCellValue("Complete");
			}
		});

		assertThat(notes).isNotEmpty().allMatch(n -> n.startsWith("At the review of 2026-Q3: RAG rating "));
		WorkbookReading reading = READER.read(file);
		assertThat(reading.findings()).isEmpty();
		Plan plan = reading.plan().orElseThrow();
		assertThat(plan.planId()).isEqualTo(reviewed.planId());
		assertThat(plan.cspName()).isEqualTo(reviewed.cspName());
		Map<String, Action> byText = plan.actions()
			.stream()
			.collect(Collectors.toMap(Action::text, Function.identity(), (a, b) -> a));
		assertThat(plan.actions()).hasSize(reviewed.actions().size());
		for (Action before : reviewed.actions()) {
			Action after = byText.get(before.text());
			assertThat(after).as(before.text()).isNotNull();
			assertThat(after.theme()).isEqualTo(before.theme());
			assertThat(after.type()).isEqualTo(before.type());
			assertThat(after.templateRef()).isEqualTo(before.templateRef());
			assertThat(after.outcome()).isEqualTo(before.outcome());
			assertThat(after.baseline()).isEqualTo(before.baseline());
			assertThat(after.lead()).isEqualTo(before.lead());
			assertThat(after.leadOrganisations()).isEqualTo(before.leadOrganisations());
			assertThat(after.startDate()).isEqualTo(before.startDate());
			assertThat(after.endDate()).isEqualTo(before.endDate());
			assertThat(after.comments()).isEqualTo(before.comments());
			assertThat(after.supportingDocuments()).isEqualTo(before.supportingDocuments());
			assertThat(after.progress()).isEqualTo("Updated in the new quarter");
			assertThat(after.rag()).isEqualTo(Rag.COMPLETE);
		}
	}

	private Path write(TemplateContent content, String name) throws IOException {
		Path file = this.work.resolve(name);
		new TemplateWorkbook(TemplateInstructions.load(REFERENCE), "The test review panel").write(content, file,
				LocalDate.of(2026, 12, 1));
		return file;
	}

	/** What a partnership does to a workbook. */
	@FunctionalInterface
	interface Filling {

		void fill(XSSFWorkbook workbook);

	}

	/**
	 * Fills the cover as a partnership would (its authority, when given), signs every
	 * sign-off box, then does the rest.
	 */
	private static void fill(Path file, String authority, Filling rest) throws IOException {
		XSSFWorkbook workbook;
		try (InputStream in = Files.newInputStream(file)) {
			workbook = new XSSFWorkbook(in);
		}
		Sheet cover = workbook.getSheet(TemplateWorkbook.COVER);
		for (Row row : cover) {
			switch (text(row, 0)) {
				case "CSP name" -> {
					if (authority != null) {
						row.getCell(1).setCellValue("Safer Camden Partnership");
					}
				}
				case "Local authority" -> {
					if (authority != null) {
						row.getCell(1).setCellValue(authority);
					}
				}
				case "Date submitted" -> row.getCell(1).setCellValue(LocalDate.of(2027, 4, 10));
				case "Strategic leads" ->
					row.getCell(1).setCellValue("Director of Community Safety; Borough Commander");
				case "Key meetings" -> row.getCell(1).setCellValue("CSP Board; Violence Reduction Delivery Group");
				default -> {
					// Every sign-off box, a joint plan's with the authority after the
					// role.
					if (text(row, 0).matches("(Local Authority Chief Executive|Leader of the Council / Elected Mayor"
							+ "|Police BCU Commander)(, .+)?")) {
						row.getCell(1).setCellValue("A. N. Officer");
						row.getCell(2).setCellValue(LocalDate.of(2027, 4, 9));
						row.getCell(3).setCellValue("signed");
					}
				}
			}
		}
		rest.fill(workbook);
		try (OutputStream out = Files.newOutputStream(file)) {
			workbook.write(out);
		}
		workbook.close();
	}

	/** Fills in everything an action should carry, as a partnership would. */
	private static void complete(Row row, String rag) {
		row.getCell(Column.OUTCOME.ordinal()).setCellValue("Fewer young people harmed, measured quarterly");
		row.getCell(Column.BASELINE.ordinal()).setCellValue("42 victims aged under 25 in 2026");
		row.getCell(Column.LEAD.ordinal()).setCellValue("Jo Example, Head of Community Safety");
		row.getCell(Column.LEAD_ORGANISATION.ordinal()).setCellValue("Council / MPS");
		row.getCell(Column.START_DATE.ordinal()).setCellValue(START);
		row.getCell(Column.END_DATE.ordinal()).setCellValue(END);
		row.getCell(Column.PROGRESS.ordinal()).setCellValue("Started; first review in June");
		row.getCell(Column.RAG.ordinal()).setCellValue(rag);
		row.getCell(Column.COMMENTS.ordinal()).setCellValue("Reviewed at the CSP Board each quarter");
		row.getCell(Column.DOCUMENTS.ordinal()).setCellValue("Community Safety Strategy 2026-29");
	}

	/**
	 * A local action typed into a spare row, its theme and type chosen from the lists.
	 */
	private static void local(Sheet table, int r, String theme, String action) {
		Row row = table.createRow(r);
		for (Column column : Column.values()) {
			row.createCell(column.ordinal());
		}
		row.getCell(Column.THEME.ordinal()).setCellValue(theme);
		row.getCell(Column.TYPE.ordinal()).setCellValue("Local");
		row.getCell(Column.ACTION.ordinal()).setCellValue(action);
		complete(row, "Green");
	}

	private static String text(Sheet sheet, int r, Column column) {
		Row row = sheet.getRow(r);
		return row == null ? "" : text(row, column.ordinal());
	}

	private static String text(Row row, int c) {
		return Optional.ofNullable(row.getCell(c)).map(Cell::toString).orElse("");
	}

}
