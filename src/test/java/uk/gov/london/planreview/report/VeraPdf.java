package uk.gov.london.planreview.report;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.verapdf.gf.foundry.VeraGreenfieldFoundryProvider;
import org.verapdf.pdfa.Foundries;
import org.verapdf.pdfa.PDFAParser;
import org.verapdf.pdfa.PDFAValidator;
import org.verapdf.pdfa.flavours.PDFAFlavour;
import org.verapdf.pdfa.results.TestAssertion;
import org.verapdf.pdfa.results.ValidationResult;

/**
 * veraPDF, the PDF Association's reference validator, checking a PDF against PDF/A-3a and
 * PDF/UA-1 in one pass. Each failed rule is reported with its clause, test number,
 * description and where it failed.
 */
final class VeraPdf {

	static final List<PDFAFlavour> FLAVOURS = List.of(PDFAFlavour.PDFA_3_A, PDFAFlavour.PDFUA_1);

	static {
		VeraGreenfieldFoundryProvider.initialise();
	}

	private VeraPdf() {
	}

	/**
	 * One failed rule, once however many times it failed, with the first place it failed.
	 */
	record Failure(String flavour, String rule, String description, String where, long times) {

		@Override
		public String toString() {
			return this.flavour + " " + this.rule + " (" + this.times + "×): " + this.description + " at " + this.where;
		}

	}

	/** The rules the file fails, for each flavour; empty when it conforms to both. */
	static List<Failure> failures(Path pdf) throws Exception {
		List<Failure> failures = new ArrayList<>();
		try (InputStream in = Files.newInputStream(pdf);
				PDFAParser parser = Foundries.defaultInstance().createParser(in, PDFAFlavour.PDFA_3_A);
				PDFAValidator validator = Foundries.defaultInstance().createValidator(FLAVOURS)) {
			for (ValidationResult result : validator.validateAll(parser)) {
				String flavour = result.getPDFAFlavour().getId();
				result.getFailedChecks().forEach((rule, count) -> {
					TestAssertion first = result.getTestAssertions()
						.stream()
						.filter(a -> a.getRuleId().equals(rule) && a.getStatus() == TestAssertion.Status.FAILED)
						.findFirst()
						.orElse(null);
					failures
						.add(new Failure(flavour, rule.getClause() + "-" + rule.getTestNumber(),
								first == null ? "" : first.getMessage()
										+ (first.getErrorMessage() == null ? "" : " — " + first.getErrorMessage()),
								first == null ? "" : first.getLocation().getContext(), count));
				});
			}
		}
		return failures;
	}

}
