package uk.gov.london.planreview.document;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;

/**
 * A font the program carries (src/main/resources/fonts, SIL Open Font License), as the
 * PDF renderer and the HTML's stylesheet both declare it.
 *
 * @param file its file among the bundled fonts
 * @param family the CSS font family it is a face of
 */
public record BundledFont(String file, String family, int weight, boolean italic) {

	/**
	 * The text family's faces first, then the symbol font used where they lack a glyph.
	 */
	public static final List<BundledFont> ALL = List.of(
			new BundledFont("NotoSans-Regular.ttf", "Noto Sans", 400, false),
			new BundledFont("NotoSans-Bold.ttf", "Noto Sans", 700, false),
			new BundledFont("NotoSans-Italic.ttf", "Noto Sans", 400, true),
			new BundledFont("NotoSansSymbols2-Regular.ttf", "Noto Sans Symbols 2", 400, false));

	/** How many of {@link #ALL}, from the start, are faces of the text family. */
	public static final int TEXT_FACES = 3;

	public byte[] read() {
		try (InputStream in = BundledFont.class.getResourceAsStream("/fonts/" + this.file)) {
			if (in == null) {
				throw new IllegalStateException("The bundled font " + this.file + " is missing from the program");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** The symbol font, which holds only symbols the text faces lack. */
	public boolean symbols() {
		return ALL.indexOf(this) >= TEXT_FACES;
	}

}
