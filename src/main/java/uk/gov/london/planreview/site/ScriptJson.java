package uk.gov.london.planreview.site;

import java.io.IOException;
import java.io.Writer;
import java.util.Locale;

/**
 * JSON written inside an HTML page's script element, where the page reads it as data.
 * Besides JSON's own escapes, "&lt;", "&gt;" and "&amp;" are written as \\u escapes, so
 * no text can close the element or open a comment; line and paragraph separators too, for
 * older script engines. An unpaired surrogate becomes U+FFFD.
 */
final class ScriptJson {

	private ScriptJson() {
	}

	static void string(Writer out, String text) throws IOException {
		if (text == null) {
			out.write("null");
			return;
		}
		out.write('"');
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '"' -> out.write("\\\"");
				case '\\' -> out.write("\\\\");
				case '\n' -> out.write("\\n");
				case '\r' -> out.write("\\r");
				case '\t' -> out.write("\\t");
				default -> {
					if (c < 0x20 || c == '<' || c == '>' || c == '&' || c == '\u2028' || c == '\u2029') {
						out.write(String.format(Locale.ROOT, "\\u%04x", (int) c));
					}
					else if (Character.isHighSurrogate(c) && i + 1 < text.length()
							&& Character.isLowSurrogate(text.charAt(i + 1))) {
						out.write(c);
						out.write(text.charAt(++i));
					}
					else if (Character.isSurrogate(c)) {
						out.write('\uFFFD');
					}
					else {
						out.write(c);
					}
				}
			}
		}
		out.write('"');
	}

}
