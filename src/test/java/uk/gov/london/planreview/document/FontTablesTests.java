package uk.gov.london.planreview.document;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.time.Instant;

import org.apache.fontbox.ttf.TTFParser;
import org.apache.fontbox.ttf.TrueTypeFont;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

class FontTablesTests {

	@Test
	void theFontKeepsEveryGlyphButLosesItsSubstitutions() throws Exception {
		byte[] original;
		try (InputStream in = FontTablesTests.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
			original = in.readAllBytes();
		}

		byte[] stripped = FontTables.withoutSubstitutions(original);

		try (TrueTypeFont before = new TTFParser().parse(new RandomAccessReadBuffer(original));
				TrueTypeFont after = new TTFParser().parse(new RandomAccessReadBuffer(stripped))) {
			assertThat(before.getTableMap()).containsKey("GSUB");
			assertThat(after.getTableMap()).doesNotContainKey("GSUB").hasSize(before.getTableMap().size() - 1);
			assertThat(after.getNumberOfGlyphs()).isEqualTo(before.getNumberOfGlyphs());
			assertThat(after.getUnicodeCmapLookup().getGlyphId('£'))
				.isEqualTo(before.getUnicodeCmapLookup().getGlyphId('£'));
		}
		assertThat(FontTables.withoutSubstitutions(stripped)).isSameAs(stripped);
	}

	@Test
	void fiAndFfAreWrittenAsLettersSoTheTextCanBeSearchedAndRead() throws Exception {
		ByteArrayOutputStream pdf = new ByteArrayOutputStream();
		new PdfRenderer()
			.render("""
					<html xmlns="http://www.w3.org/1999/xhtml" lang="en-GB"><head><title>t</title></head>
					<body style="font-family: 'Noto Sans'"><p>A specific, efficient office of first resort.</p></body></html>""",
					Instant.EPOCH, pdf);
		try (PDDocument document = Loader.loadPDF(pdf.toByteArray())) {
			assertThat(new PDFTextStripper().getText(document))
				.contains("A specific, efficient office of first resort.");
		}
	}

}
