package uk.gov.london.planreview.annotate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;

import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Comment;
import org.apache.poi.ss.usermodel.Hyperlink;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellAddress;
import org.apache.poi.ss.util.CellReference;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.finding.Severity;
import uk.gov.london.planreview.ingest.ActionTables;
import uk.gov.london.planreview.ingest.PlanWorkbookReader;
import uk.gov.london.planreview.ingest.WorkbookReading;
import uk.gov.london.planreview.partner.PartnerTaxonomy;
import uk.gov.london.planreview.plan.Action;
import uk.gov.london.planreview.plan.Plan;
import uk.gov.london.planreview.quarter.Quarter;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.reference.Wording;
import uk.gov.london.planreview.scoring.ActionCheck.Item;
import uk.gov.london.planreview.scoring.ActionCheck;
import uk.gov.london.planreview.scoring.PlanScore.MandatoryGap;
import uk.gov.london.planreview.scoring.PlanScore;
import uk.gov.london.planreview.scoring.PlanScorer;
import uk.gov.london.planreview.scoring.ScoringWeights;
import uk.gov.london.planreview.template.TemplateCatalogue;
import uk.gov.london.planreview.testing.Project;

/**
 * Every plan of the bundled sample (input/), and of the independent corpus, annotated:
 * each copy keeps its original as it was, its notes sit on the cells the review names,
 * and it reads back as the same plan.
 */
class SampleAnnotationTests {

	static final ReferenceData REFERENCE = ReferenceData.packaged();

	static final String PANEL = "The test review panel";

	@TempDir
	static Path out;

	static final Map<Path, Annotated> COPIES = new LinkedHashMap<>();

	static final List<Path> WORKBOOKS = new ArrayList<>();

	static final List<Path> CORPUS = new ArrayList<>();

	static final TemplateCatalogue CATALOGUE = TemplateCatalogue.load(REFERENCE);

	static final PlanWorkbookReader READER = PlanWorkbookReader.load(REFERENCE, AuthorityDirectory.load(REFERENCE),
			CATALOGUE, PartnerTaxonomy.load(REFERENCE));

	static final ActionTables TABLES = ActionTables.load(REFERENCE);

	static final Wording WORDING = Wording.load(REFERENCE, AnnotatedCopies.WORDING, AnnotatedCopies.KEYS);

	record Annotated(Path source, Path copy, WorkbookReading reading, PlanScore score, List<ActionCheck> checks) {

		Plan plan() {
			return this.reading.plan().orElseThrow();
		}

	}

	@BeforeAll
	static void annotateTheSample() throws IOException {
		PlanScorer scorer = new PlanScorer(ScoringWeights.defaults());
		PlanAnnotator annotator = new PlanAnnotator(WORDING, TABLES, scorer, PANEL);
		try (Stream<Path> files = Files.list(Project.path("input"))) {
			files.filter(f -> f.getFileName().toString().matches(".*\\.xls[xm]?")).sorted().forEach(WORKBOOKS::add);
		}
		// The independent corpus too: workbooks written by LibreOffice and openpyxl, not
		// POI.
		try (Stream<Path> files = Files.walk(Project.path("src/test/resources/corpus/input"))) {
			files.filter(f -> f.getFileName().toString().matches("[^~].*\\.xls[xm]?")).sorted().forEach(CORPUS::add);
		}
		List<Path> all = new ArrayList<>(WORKBOOKS);
		all.addAll(CORPUS);
		for (int i = 0; i < all.size(); i++) {
			Path source = all.get(i);
			WorkbookReading reading = READER.read(source);
			if (reading.accepted()) {
				Plan plan = reading.plan().get();
				PlanScore score = scorer.score(plan, CATALOGUE.version(plan.templateVersion()).orElseThrow());
				// A folder each: the corpus has two submissions for one authority.
				Path copy = annotator.write(plan, score, reading.findings(), source,
						Files.createDirectories(out.resolve(String.valueOf(i))), Quarter.parse("2026-Q4"),
						LocalDate.of(2026, 12, 1));
				COPIES.put(source, new Annotated(source, copy, reading, score,
						plan.actions().stream().map(scorer::check).toList()));
			}
		}
	}

	@Test
	void everyReadablePlanOfTheSampleHasAnAnnotatedCopyInItsOwnFormat() {
		assertThat(WORKBOOKS).hasSize(32);
		assertThat(WORKBOOKS).allSatisfy(source -> assertThat(COPIES).containsKey(source));
		assertThat(CORPUS).filteredOn(source -> READER.read(source).accepted())
			.hasSizeGreaterThan(10)
			.allSatisfy(source -> assertThat(COPIES).containsKey(source));
		COPIES.forEach((source, annotated) -> {
			String name = source.getFileName().toString();
			String extension = name.substring(name.lastIndexOf('.') + 1);
			assertThat(annotated.copy().getFileName().toString())
				.isEqualTo(annotated.plan().planId() + "-annotated." + extension);
		});
	}

	@Test
	void eachCopyKeepsEveryCellSheetMergedRegionAndHiddenRowOfItsOriginal() throws IOException {
		for (Annotated annotated : COPIES.values()) {
			try (Workbook original = WorkbookFactory.create(annotated.source().toFile(), null, true);
					Workbook copy = WorkbookFactory.create(annotated.copy().toFile(), null, true)) {
				Unchanged.assertKept(original, copy, annotated.source().getFileName().toString());
				assertThat(copy.getSheetName(0)).isEqualTo("Review comments");
				assertThat(copy.getActiveSheetIndex()).isZero();
			}
		}
	}

	@Test
	void notesSitOnTheCellsTheFeedbackNames() throws IOException {
		int notes = 0;
		for (Annotated annotated : COPIES.values()) {
			try (Workbook copy = WorkbookFactory.create(annotated.copy().toFile(), null, true)) {
				Map<String, ActionTables.Table> bySheet = new LinkedHashMap<>();
				TABLES.find(copy).forEach(t -> bySheet.putIfAbsent(t.sheet(), t));
				List<Action> actions = annotated.plan().actions();
				for (int i = 0; i < actions.size(); i++) {
					Action action = actions.get(i);
					ActionTables.Table table = bySheet.get(action.sheet());
					for (Item item : annotated.checks().get(i).missing()) {
						Optional<Integer> column = PlanRemarks.column(table, item);
						if (column.isEmpty()) {
							continue;
						}
						Comment note = note(copy, action.sheet(), action.row() - 1, column.get());
						assertThat(note)
							.as("%s %s row %d lacks %s", annotated.source().getFileName(), action.sheet(), action.row(),
									item)
							.isNotNull();
						assertThat(note.getAuthor()).isEqualTo(PANEL);
						String said = item == Item.START_DATE || item == Item.END_DATE ? "date" : wordingFor(item);
						assertThat(note.getString().getString()).contains(said);
						notes++;
					}
				}
				for (MandatoryGap gap : annotated.score().mandatoryGaps()) {
					if (!gap.missing()) {
						Action action = actions.stream()
							.filter(a -> a.templateRef().equals(gap.templateRef()))
							.findFirst()
							.orElseThrow();
						int column = bySheet.get(action.sheet())
							.columnsOf(uk.gov.london.planreview.ingest.Field.ACTION)
							.get(0);
						assertThat(note(copy, action.sheet(), action.row() - 1, column).getString().getString())
							.contains("Mandatory action " + gap.templateRef() + " is in the plan but left much as");
					}
				}
				for (Finding finding : annotated.reading().findings()) {
					if (finding.severity() != Severity.INFO && finding.location().matches(".*![A-Z]+\\d+")) {
						String sheet = finding.location().substring(0, finding.location().lastIndexOf('!'));
						CellReference ref = new CellReference(
								finding.location().substring(finding.location().lastIndexOf('!') + 1));
						assertThat(note(copy, sheet, ref.getRow(), ref.getCol()).getString().getString())
							.as(finding.toString())
							.contains(finding.message());
					}
				}
			}
		}
		assertThat(notes).as("the sample's plans lack things; the notes say so").isGreaterThan(100);
	}

	@Test
	void theFirstSheetListsEveryNoteWithALinkToItsCell() throws IOException {
		for (Annotated annotated : COPIES.values()) {
			try (Workbook copy = WorkbookFactory.create(annotated.copy().toFile(), null, true)) {
				Set<String> noted = new HashSet<>();
				for (int s = 1; s < copy.getNumberOfSheets(); s++) {
					Sheet sheet = copy.getSheetAt(s);
					sheet.getCellComments().forEach((address, comment) -> {
						if (PANEL.equals(comment.getAuthor())) {
							noted.add(new CellReference(sheet.getSheetName(), address.getRow(), address.getColumn(),
									false, false)
								.formatAsString());
						}
					});
				}
				Set<String> linked = new HashSet<>();
				Sheet list = copy.getSheetAt(0);
				for (Row row : list) {
					Cell cell = row.getCell(0);
					Hyperlink link = cell == null ? null : cell.getHyperlink();
					if (link != null && link.getAddress().matches(".*![A-Z]+\\d+")) {
						linked.add(link.getAddress());
					}
				}
				assertThat(linked).as(annotated.source().getFileName().toString()).containsAll(noted);
				long wholePlan = annotated.score().mandatoryGaps().stream().filter(MandatoryGap::missing).count();
				assertThat(text(list, "The plan as a whole")).as("whole-plan remarks")
					.isGreaterThanOrEqualTo(wholePlan);
			}
		}
	}

	@Test
	void anAnnotatedCopyReadsBackAsTheSamePlan() throws IOException {
		for (Annotated annotated : COPIES.values()) {
			WorkbookReading again = READER.read(annotated.copy(), annotated.reading().sourceFile());
			assertThat(again.accepted()).isTrue();
			Plan plan = again.plan().orElseThrow();
			assertThat(plan.actions()).as(annotated.source().getFileName().toString())
				.isEqualTo(annotated.plan().actions());
			assertThat(plan.templateVersion()).isEqualTo(annotated.plan().templateVersion());
			assertThat(plan.authorities()).isEqualTo(annotated.plan().authorities());
			assertThat(plan.signatories()).isEqualTo(annotated.plan().signatories());
		}
	}

	private static Comment note(Workbook workbook, String sheetName, int row, int column) {
		for (Sheet sheet : workbook) {
			if (sheet.getSheetName().trim().equals(sheetName)) {
				Comment comment = sheet.getCellComment(new CellAddress(row, column));
				if (comment == null) {
					for (var region : sheet.getMergedRegions()) {
						if (region.isInRange(row, column)) {
							comment = sheet
								.getCellComment(new CellAddress(region.getFirstRow(), region.getFirstColumn()));
						}
					}
				}
				return comment;
			}
		}
		return null;
	}

	private static String wordingFor(Item item) {
		String text = WORDING.say(item.csv());
		return text.substring(0, text.indexOf('.'));
	}

	private static long text(Sheet sheet, String text) {
		long count = 0;
		for (Row row : sheet) {
			Cell cell = row.getCell(0);
			if (cell != null && text.equals(cell.getStringCellValue())) {
				count++;
			}
		}
		return count;
	}

}
