package uk.gov.london.planreview.review;

import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A document's text as a reader's tool extracts it, on one line, so a sentence can be
 * found wherever it wraps.
 */
public final class ReviewPdf {

	private ReviewPdf() {
	}

	public static String text(Path pdf) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
			return Normalizer.normalize(new PDFTextStripper().getText(document), Normalizer.Form.NFKC)
				.replaceAll("\\s+", " ");
		}
	}

}
