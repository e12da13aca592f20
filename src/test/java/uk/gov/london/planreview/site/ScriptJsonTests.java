package uk.gov.london.planreview.site;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.StringWriter;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/**
 * Text from a workbook written as JSON inside a page's script element: nothing in it can
 * end the element or open a comment, and it reads back as it was.
 */
class ScriptJsonTests {

	@Test
	void markupCannotEscapeTheScriptElement() throws Exception {
		String hostile = "</script><script>alert(\"x\")</script> <!-- a & b --> \\ \n\t\u0001 \u2028";
		String json = json(hostile);
		assertThat(json).doesNotContain("<").doesNotContain(">").doesNotContain("&").doesNotContain("\u2028");
		assertThat(JsonMapper.builder().build().readValue(json, String.class)).isEqualTo(hostile);
	}

	@Test
	void charactersBeyondTheBasicPlaneStayWholeAndABrokenOneIsReplaced() throws Exception {
		assertThat(json("Ealing \uD83D\uDE00")).isEqualTo("\"Ealing \uD83D\uDE00\"");
		assertThat(json("half \uD83D of one")).isEqualTo("\"half \uFFFD of one\"");
		assertThat(json(null)).isEqualTo("null");
	}

	private static String json(String text) throws Exception {
		StringWriter out = new StringWriter();
		ScriptJson.string(out, text);
		return out.toString();
	}

}
