package uk.gov.london.planreview.xml;

import java.util.Map;

/**
 * Names the JDK's own XML factories, which are the ones the application uses anyway: none
 * of its libraries brings another. Without the names, every new factory (POI, PDFBox and
 * openhtmltopdf make them per file) searches every jar of the classpath for a provider
 * first, which took a fifth of the time spent rendering (and most of the time the sample
 * generator spends writing a small workbook).
 */
public final class XmlFactories {

	private static final Map<String, String> JDK = Map.of("javax.xml.transform.TransformerFactory",
			"com.sun.org.apache.xalan.internal.xsltc.trax.TransformerFactoryImpl",
			"javax.xml.parsers.DocumentBuilderFactory",
			"com.sun.org.apache.xerces.internal.jaxp.DocumentBuilderFactoryImpl", "javax.xml.parsers.SAXParserFactory",
			"com.sun.org.apache.xerces.internal.jaxp.SAXParserFactoryImpl", "javax.xml.stream.XMLInputFactory",
			"com.sun.xml.internal.stream.XMLInputFactoryImpl", "javax.xml.stream.XMLOutputFactory",
			"com.sun.xml.internal.stream.XMLOutputFactoryImpl", "javax.xml.stream.XMLEventFactory",
			"com.sun.xml.internal.stream.events.XMLEventFactoryImpl");

	private XmlFactories() {
	}

	/** Uses the JDK's factories unless a setting already names others. */
	public static void useJdkDefaults() {
		JDK.forEach((property, factory) -> {
			if (System.getProperty(property) == null) {
				System.setProperty(property, factory);
			}
		});
	}

}
