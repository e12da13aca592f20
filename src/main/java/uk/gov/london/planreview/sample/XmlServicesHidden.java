package uk.gov.london.planreview.sample;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;
import java.util.function.Supplier;

/**
 * POI asks JAXP for a new TransformerFactory for every part it saves, and JAXP looks for
 * one through the service files of every jar on the context class path, each time. On an
 * application's class path that search is most of the cost of writing a small workbook
 * (and may find a heavyweight XSLT engine). This loader hides only the javax.xml service
 * files, so JAXP takes the JDK's own implementation at once; everything else is delegated
 * unchanged.
 */
final class XmlServicesHidden extends ClassLoader {

	private static final XmlServicesHidden INSTANCE = new XmlServicesHidden(XmlServicesHidden.class.getClassLoader());

	private XmlServicesHidden(ClassLoader parent) {
		super(parent);
	}

	/** Runs the work with this loader as the thread's context class loader. */
	static <T> T around(Supplier<T> work) {
		Thread thread = Thread.currentThread();
		ClassLoader previous = thread.getContextClassLoader();
		thread.setContextClassLoader(INSTANCE);
		try {
			return work.get();
		}
		finally {
			thread.setContextClassLoader(previous);
		}
	}

	@Override
	public Enumeration<URL> getResources(String name) throws IOException {
		return name.startsWith("META-INF/services/javax.xml.") ? Collections.emptyEnumeration()
				: super.getResources(name);
	}

}
