package uk.gov.london.planreview.stocktake;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

import uk.gov.london.planreview.archive.Sha256;
import uk.gov.london.planreview.authority.AuthorityDirectory;
import uk.gov.london.planreview.export.Rows;
import uk.gov.london.planreview.export.SafeCsv;
import uk.gov.london.planreview.export.Sheets;
import uk.gov.london.planreview.finding.Finding;
import uk.gov.london.planreview.goodpractice.CategoryClassifier;
import uk.gov.london.planreview.reference.ReferenceData;

/**
 * The stock-take of a run: which of its input files are stock-take responses, what they
 * say, and the normalised CSV. Files are read again by each step that needs them (they
 * are small), after checking they are the files the run recorded when it started.
 */
@Component
public class StocktakeService {

	static final List<String> COLUMNS = List.of("authority_ons_code", "authority", "source_file", "line",
			"responded_at", "role", "corporate_approach", "corporate_approach_answer", "corporate_approach_detail",
			"knife_crime_plan", "knife_crime_plan_answer", "knife_crime_plan_detail", "collaboration_with_police",
			"collaboration_cross_agency", "collaboration_cross_borough", "collaboration_answer", "collaboration_detail",
			"community_engagement", "community_engagement_answer", "community_engagement_detail",
			"supporting_documents", "themes", "plan_reviewed", "status");

	private final StocktakeReader reader;

	private final CategoryClassifier themes;

	StocktakeService(ReferenceData reference, AuthorityDirectory authorities,
			@Qualifier("stocktakeThemes") CategoryClassifier themes) {
		this.reader = StocktakeReader.load(reference, authorities);
		this.themes = themes;
	}

	/** An input file of the run, with the fingerprint recorded when the run started. */
	public record RecordedFile(ResponseFile file, String sha256) {
	}

	/**
	 * The stock-take files among the run's CSV inputs, and a warning for each CSV that is
	 * not one.
	 */
	public List<ResponseFile> responseFiles(List<RecordedFile> csvFiles, List<Finding> findings) {
		List<ResponseFile> files = new ArrayList<>();
		for (RecordedFile recorded : csvFiles) {
			ResponseFile file = recorded.file();
			if (!Sha256.of(file.path()).equals(recorded.sha256())) {
				throw new IllegalStateException(file.name() + " has changed since the run started. Run the same "
						+ "command again: the review notices the change and starts afresh from the current inputs.");
			}
			if (this.reader.isStocktake(file.path())) {
				files.add(file);
			}
			else {
				findings.add(Finding.warning(file.name(), "line 1", "This CSV file's headings are not "
						+ "the stock-take's (an authority and the questions), so it was not read as stock-take responses."));
			}
		}
		return files;
	}

	public StocktakeReading read(List<ResponseFile> files) {
		return this.reader.read(files);
	}

	public StocktakeSummary summary(StocktakeReading reading, Set<String> reviewedPlans) {
		return StocktakeSummary.of(reading, this.themes, reviewedPlans);
	}

	/**
	 * stocktake-responses.csv: every response, standing and superseded, with its answers
	 * normalised.
	 */
	public void writeCsv(StocktakeReading reading, Set<String> reviewedPlans, Path target) throws IOException {
		writeCsv(reading, reviewedPlans, target, Sheets.NONE);
	}

	/** stocktake-responses.csv, and the workbook's Stock-take sheet. */
	public void writeCsv(StocktakeReading reading, Set<String> reviewedPlans, Path target, Sheets workbook)
			throws IOException {
		Map<String, List<String>> themesByAuthority = StocktakeSummary.themesByAuthority(reading, this.themes);
		SafeCsv.write(target, COLUMNS, workbook.sheet("Stock-take", COLUMNS), rows -> {
			for (StocktakeResponse r : reading.responses()) {
				row(rows, r, themesByAuthority.get(r.authority().onsCode()), reviewedPlans, "standing");
			}
			for (StocktakeResponse r : reading.superseded()) {
				row(rows, r, List.of(), reviewedPlans, "superseded by a later response");
			}
		});
	}

	private static void row(Rows rows, StocktakeResponse r, List<String> themes, Set<String> reviewedPlans,
			String status) throws IOException {
		rows.row(r.authority().onsCode(), r.authority().name(), r.sourceFile(), r.line(), r.respondedAt(), r.role(),
				r.corporateApproach().csv(), r.corporateApproachText(), r.corporateApproachDetail(),
				r.knifeCrimePlan().csv(), r.knifeCrimePlanText(), r.knifeCrimePlanDetail(),
				yesNo(r.collaboration().contains(Collaboration.POLICE)),
				yesNo(r.collaboration().contains(Collaboration.CROSS_AGENCY)),
				yesNo(r.collaboration().contains(Collaboration.CROSS_BOROUGH)), r.collaborationText(),
				r.collaborationDetail(), r.communityEngagement().csv(), r.communityEngagementText(),
				r.communityEngagementDetail(), r.supportingDocuments(), themes,
				reviewedPlans == null ? "" : yesNo(reviewedPlans.contains(r.authority().onsCode())), status);
	}

	private static String yesNo(boolean value) {
		return value ? "yes" : "no";
	}

}
