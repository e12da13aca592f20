package uk.gov.london.planreview.goodpractice;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.junit.jupiter.api.Test;

import uk.gov.london.planreview.goodpractice.CategoryClassifier.Match;
import uk.gov.london.planreview.reference.ReferenceData;
import uk.gov.london.planreview.template.TemplateCatalogue;

/**
 * Precision and recall of the good-practice decision on a text (category, or none for a
 * mandatory wording) over a labelled set of council-style action texts: positives for
 * every category, near misses that share their words, mandatory template wordings (as
 * written and reworded) and generic actions. The "dev" rows were written first and used
 * while writing the categories; the "holdout" rows were written afterwards and scored
 * once. Two rows first labelled near misses of school transition describe the seeds'
 * "seamless transition from youth to adult" and are labelled as that idea since it became
 * a category.
 */
class LabelledActionsTests {

	static GoodPracticeFinder finder() {
		ReferenceData reference = ReferenceData.packaged();
		return new GoodPracticeFinder(CategoryClassifier.load(reference, "good-practice-categories.csv"),
				TemplateCatalogue.load(reference), a -> 100);
	}

	record Labelled(String text, String category, String kind, String set) {
	}

	static List<Labelled> labelled() throws IOException {
		try (Reader reader = new InputStreamReader(
				LabelledActionsTests.class.getResourceAsStream("/goodpractice/labelled-actions.csv"),
				StandardCharsets.UTF_8);
				CSVParser parser = CSVParser.parse(reader,
						CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get())) {
			List<Labelled> rows = new ArrayList<>();
			for (CSVRecord r : parser) {
				rows.add(new Labelled(r.get("text"), r.get("category"), r.get("kind"), r.get("set")));
			}
			return rows;
		}
	}

	/** Micro precision and recall over the rows. */
	record Figures(int truePositives, int falsePositives, int falseNegatives) {

		double precision() {
			return truePositives + falsePositives == 0 ? 1 : (double) truePositives / (truePositives + falsePositives);
		}

		double recall() {
			return truePositives + falseNegatives == 0 ? 1 : (double) truePositives / (truePositives + falseNegatives);
		}

		@Override
		public String toString() {
			return String.format("precision %.3f (%d/%d), recall %.3f (%d/%d)", precision(), truePositives,
					truePositives + falsePositives, recall(), truePositives, truePositives + falseNegatives);
		}

	}

	static Figures score(GoodPracticeFinder finder, List<Labelled> rows, List<String> errors) {
		int tp = 0;
		int fp = 0;
		int fn = 0;
		for (Labelled row : rows) {
			Optional<Match> idea = finder.idea(row.text());
			String predicted = idea.map(Match::categoryId).orElse("");
			if (!predicted.isEmpty() && predicted.equals(row.category())) {
				tp++;
				continue;
			}
			if (!predicted.isEmpty()) {
				fp++;
			}
			if (!row.category().isEmpty()) {
				fn++;
			}
			if (!predicted.equals(row.category())) {
				errors.add(row.set() + " " + row.kind() + ": expected [" + row.category() + "] got [" + predicted + "] "
						+ idea.map(Match::matchedWords).orElse(List.of()) + " — " + row.text());
			}
		}
		return new Figures(tp, fp, fn);
	}

	@Test
	void precisionAndRecallOnTheLabelledSet() throws IOException {
		GoodPracticeFinder finder = finder();
		List<Labelled> rows = labelled();
		List<String> errors = new ArrayList<>();
		Figures all = score(finder, rows, errors);
		Figures dev = score(finder, rows.stream().filter(r -> r.set().equals("dev")).toList(), new ArrayList<>());
		Figures holdout = score(finder, rows.stream().filter(r -> r.set().equals("holdout")).toList(),
				new ArrayList<>());
		System.out.println("Labelled actions: " + rows.size() + " rows");
		System.out.println("  all:     " + all);
		System.out.println("  dev:     " + dev);
		System.out.println("  holdout: " + holdout);
		errors.forEach(e -> System.out.println("  " + e));

		// Floors a little under what the categories achieve (1.000 and 0.965), so a
		// reviewer's edit may trade a little recall, but never much precision.
		assertThat(all.precision()).as(all.toString()).isGreaterThanOrEqualTo(0.97);
		assertThat(all.recall()).as(all.toString()).isGreaterThanOrEqualTo(0.9);
		assertThat(holdout.precision()).as(holdout.toString()).isGreaterThanOrEqualTo(0.95);
	}

}
