package uk.gov.london.planreview.report.chart;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Dimension;
import java.awt.Font;
import java.awt.FontFormatException;
import java.awt.Paint;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.List;
import java.util.Locale;

import org.apache.batik.dom.GenericDOMImplementation;
import org.apache.batik.svggen.SVGGeneratorContext;
import org.apache.batik.svggen.SVGGraphics2D;
import org.apache.batik.svggen.SVGGraphics2DIOException;
import org.apache.batik.svggen.SVGIDGenerator;
import org.jfree.chart.JFreeChart;
import org.jfree.chart.StandardChartTheme;
import org.jfree.chart.axis.AxisLocation;
import org.jfree.chart.axis.CategoryAxis;
import org.jfree.chart.axis.NumberAxis;
import org.jfree.chart.axis.NumberTickUnit;
import org.jfree.chart.block.BlockBorder;
import org.jfree.chart.labels.ItemLabelAnchor;
import org.jfree.chart.labels.ItemLabelPosition;
import org.jfree.chart.labels.StandardCategoryItemLabelGenerator;
import org.jfree.chart.plot.CategoryPlot;
import org.jfree.chart.plot.PlotOrientation;
import org.jfree.chart.renderer.category.BarRenderer;
import org.jfree.chart.renderer.category.StandardBarPainter;
import org.jfree.chart.title.LegendTitle;
import org.jfree.chart.ui.RectangleEdge;
import org.jfree.chart.ui.RectangleInsets;
import org.jfree.chart.ui.TextAnchor;
import org.jfree.data.category.CategoryDataset;
import org.jfree.data.category.DefaultCategoryDataset;
import org.w3c.dom.Document;
import org.w3c.dom.Element;

import org.springframework.stereotype.Component;

/**
 * Draws the documents' charts with JFreeChart onto Batik's SVG generator. Text is drawn
 * as outlines of the bundled Noto Sans, so a chart looks the same in the PDF and the
 * HTML, on every machine, and needs no font of its own in the PDF. Every bar carries its
 * value as a label and its category name on the axis, so colour is never the only way a
 * reading is told. The same numbers give the same SVG, byte for byte.
 */
@Component
public final class SvgCharts {

	private static final String SVG_NS = "http://www.w3.org/2000/svg";

	/**
	 * Charts are drawn in CSS pixels (1/96 inch) and shown at that size: this is the
	 * width of the text column of an A4 portrait page (174 mm).
	 */
	public static final int WIDTH = 650;

	/** The width of a chart with its table beside it. */
	public static final int HALF_WIDTH = 360;

	private static final Color INK = new Color(0x1a, 0x1a, 0x1a);

	private static final Color GRID = new Color(0xc8, 0xc8, 0xc8);

	/** The colour of a single-series bar: a dark blue with good contrast on white. */
	public static final Color BAR = new Color(0x1d, 0x4f, 0x91);

	/** A second series, for comparison (e.g. the London median). */
	public static final Color COMPARISON = new Color(0x9a, 0x9a, 0x9a);

	private final Font base;

	public SvgCharts() {
		try (InputStream in = SvgCharts.class.getResourceAsStream("/fonts/NotoSans-Regular.ttf")) {
			if (in == null) {
				throw new IllegalStateException("The bundled font NotoSans-Regular.ttf is missing from the program");
			}
			this.base = Font.createFont(Font.TRUETYPE_FONT, in);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (FontFormatException ex) {
			throw new IllegalStateException("The bundled font could not be read", ex);
		}
	}

	/** One bar's category, value and the label printed at its end. */
	public record Bar(String category, double value, String label, Color colour) {
	}

	/**
	 * Horizontal bars, one per category, each labelled with its value.
	 * @param axisLabel what the values are ("Completeness, out of 100")
	 * @param max the value axis's upper end (100 for scores), or 0 to fit the data
	 */
	public String horizontalBars(String id, String alt, List<Bar> bars, String axisLabel, double max, int width) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (Bar bar : bars) {
			data.addValue(bar.value(), "value", bar.category());
		}
		JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT,
				new CategoryPlot(data, new CategoryAxis(null), new NumberAxis(axisLabel), new BarRenderer()), false);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		BarRenderer renderer = new BarRenderer() {
			@Override
			public Paint getItemPaint(int row, int column) {
				Color colour = bars.get(column).colour();
				return colour == null ? BAR : colour;
			}
		};
		renderer.setDefaultItemLabelGenerator(new LabelGenerator(bars.stream().map(Bar::label).toList()));
		style(chart, plot, renderer, max);
		roomForLabels((NumberAxis) plot.getRangeAxis(), bars, max, width);
		int height = 50 + Math.max(3, bars.size()) * 22;
		return svg(chart, id, alt, width, height);
	}

	/**
	 * Pairs of horizontal bars: one series beside another for each category ("this plan"
	 * and "London median"), with a legend naming the series and every bar labelled with
	 * its value.
	 */
	public String comparedBars(String id, String alt, List<String> categories, String firstName, List<Double> first,
			String secondName, List<Double> second, String axisLabel, double max) {
		DefaultCategoryDataset data = new DefaultCategoryDataset();
		for (int i = 0; i < categories.size(); i++) {
			data.addValue(first.get(i), firstName, categories.get(i));
			data.addValue(second.get(i), secondName, categories.get(i));
		}
		BarRenderer renderer = new BarRenderer();
		JFreeChart chart = new JFreeChart(null, JFreeChart.DEFAULT_TITLE_FONT,
				new CategoryPlot(data, new CategoryAxis(null), new NumberAxis(axisLabel), renderer), true);
		CategoryPlot plot = chart.getCategoryPlot();
		plot.setOrientation(PlotOrientation.HORIZONTAL);
		renderer.setItemMargin(0.05);
		renderer.setDefaultItemLabelGenerator(new StandardCategoryItemLabelGenerator("{2}", oneDecimal()));
		style(chart, plot, renderer, max);
		// After the theme, which would otherwise choose the series' colours.
		renderer.setSeriesPaint(0, BAR);
		renderer.setSeriesPaint(1, COMPARISON);
		LegendTitle legend = chart.getLegend();
		legend.setItemFont(font(11));
		legend.setFrame(BlockBorder.NONE);
		legend.setPosition(RectangleEdge.TOP);
		int height = 70 + Math.max(2, categories.size()) * 40;
		return svg(chart, id, alt, WIDTH, height);
	}

	private void style(JFreeChart chart, CategoryPlot plot, BarRenderer renderer, double max) {
		StandardChartTheme theme = (StandardChartTheme) StandardChartTheme.createJFreeTheme();
		theme.setExtraLargeFont(font(14));
		theme.setLargeFont(font(12));
		theme.setRegularFont(font(11));
		theme.setSmallFont(font(10));
		theme.setChartBackgroundPaint(Color.WHITE);
		theme.setPlotBackgroundPaint(Color.WHITE);
		theme.setDomainGridlinePaint(GRID);
		theme.setRangeGridlinePaint(GRID);
		theme.setAxisLabelPaint(INK);
		theme.setTickLabelPaint(INK);
		theme.setItemLabelPaint(INK);
		theme.setLegendItemPaint(INK);
		theme.setBarPainter(new StandardBarPainter());
		theme.setShadowVisible(false);
		theme.apply(chart);
		chart.setAntiAlias(true);
		chart.setTextAntiAlias(true);
		chart.setBackgroundPaint(Color.WHITE);
		chart.setPadding(new RectangleInsets(4, 4, 4, 12));
		plot.setOutlineVisible(false);
		plot.setRangeAxisLocation(AxisLocation.BOTTOM_OR_RIGHT);
		plot.setRangeGridlinesVisible(true);
		plot.setRangeGridlineStroke(new BasicStroke(0.5f));
		plot.setDomainGridlinesVisible(false);
		plot.setInsets(new RectangleInsets(4, 4, 4, 24));
		plot.setRenderer(renderer);
		renderer.setBarPainter(new StandardBarPainter());
		renderer.setShadowVisible(false);
		renderer.setDrawBarOutline(false);
		renderer.setMaximumBarWidth(0.8);
		renderer.setDefaultItemLabelsVisible(true);
		renderer.setDefaultItemLabelFont(font(10));
		renderer.setDefaultItemLabelPaint(INK);
		renderer.setDefaultPositiveItemLabelPosition(
				new ItemLabelPosition(ItemLabelAnchor.OUTSIDE3, TextAnchor.CENTER_LEFT));
		renderer.setItemLabelAnchorOffset(4);
		CategoryAxis categories = plot.getDomainAxis();
		categories.setTickLabelFont(font(10));
		categories.setMaximumCategoryLabelWidthRatio(0.45f);
		categories.setMaximumCategoryLabelLines(2);
		categories.setCategoryMargin(0.15);
		NumberAxis values = (NumberAxis) plot.getRangeAxis();
		values.setTickLabelFont(font(10));
		values.setLabelFont(font(11));
		values.setNumberFormatOverride(number());
		values.setLowerBound(0);
		if (max > 0) {
			// Room beyond the largest value for its label.
			values.setUpperBound(max * 1.12);
			values.setTickUnit(new NumberTickUnit(max >= 50 ? 20 : Math.max(1, Math.ceil(max / 5))));
		}
		else {
			// Room beyond the longest bar for its label ("1,204 (58%)").
			values.setUpperMargin(0.4);
			values.setStandardTickUnits(NumberAxis.createIntegerTickUnits());
		}
	}

	/**
	 * Makes the value axis long enough that the longest bar's label, printed beyond its
	 * end, stays inside the chart: measured in the labels' own font, so a label is never
	 * cut short ("70" for "702 (44%)").
	 */
	private void roomForLabels(NumberAxis values, List<Bar> bars, double max, int width) {
		FontRenderContext context = new FontRenderContext(null, true, true);
		double categories = bars.stream()
			.mapToDouble(b -> font(10).getStringBounds(b.category(), context).getWidth())
			.max()
			.orElse(0);
		// The category axis takes its labels' width (at most the share set in style), and
		// the chart's padding, insets and label offset take about 60 pixels.
		double plot = width - Math.min(categories + 12, width * 0.45) - 60;
		double longest = 0;
		for (Bar bar : bars) {
			double label = font(10).getStringBounds(bar.label(), context).getWidth() + 8;
			double top = max > 0 ? max : bars.stream().mapToDouble(Bar::value).max().orElse(0);
			if (top > 0 && plot > label) {
				// The bar's end plus its label must fit: value / upper * plot + label <=
				// plot.
				longest = Math.max(longest, bar.value() * plot / (plot - label));
			}
		}
		double upper = Math.max(max > 0 ? max : 0, longest);
		if (upper > 0) {
			values.setUpperBound(Math.max(values.getUpperBound(), upper));
		}
	}

	/** Scores as the CSV files print them. */
	private static DecimalFormat oneDecimal() {
		return new DecimalFormat("0.0", DecimalFormatSymbols.getInstance(Locale.UK));
	}

	private static DecimalFormat number() {
		return new DecimalFormat("0.#", DecimalFormatSymbols.getInstance(Locale.UK));
	}

	private Font font(float size) {
		return this.base.deriveFont(size);
	}

	/**
	 * The chart as an SVG element with its own id prefix, a title, and the size it is to
	 * be shown at.
	 */
	private String svg(JFreeChart chart, String id, String alt, int width, int height) {
		Document document = GenericDOMImplementation.getDOMImplementation().createDocument(SVG_NS, "svg", null);
		SVGGeneratorContext context = SVGGeneratorContext.createDefault(document);
		context.setComment(null);
		context.setPrecision(2);
		context.setIDGenerator(new PrefixedIds(id));
		SVGGraphics2D graphics = new SVGGraphics2D(context, true);
		graphics.setSVGCanvasSize(new Dimension(width, height));
		chart.draw(graphics, new Rectangle2D.Double(0, 0, width, height));
		Element root = graphics.getRoot();
		root.setAttribute("id", id);
		root.setAttribute("class", "chart");
		root.setAttribute("width", Integer.toString(width));
		root.setAttribute("height", Integer.toString(height));
		root.setAttribute("viewBox", "0 0 " + width + " " + height);
		root.setAttribute("role", "img");
		root.setAttribute("aria-labelledby", id + "-title");
		// openhtmltopdf takes a replaced element's alternate text from its alt attribute.
		root.setAttribute("alt", alt);
		Element title = document.createElementNS(SVG_NS, "title");
		title.setAttribute("id", id + "-title");
		title.setTextContent(alt);
		root.insertBefore(title, root.getFirstChild());
		StringWriter out = new StringWriter();
		try {
			graphics.stream(root, out, true, false);
		}
		catch (SVGGraphics2DIOException ex) {
			throw new IllegalStateException("A chart could not be drawn", ex);
		}
		finally {
			graphics.dispose();
		}
		String svg = out.toString();
		int start = svg.indexOf("<svg");
		return svg.substring(start).trim();
	}

	/**
	 * Ids unique in the document: each chart's internal ids (clip paths, gradients) start
	 * with its own id.
	 */
	private static final class PrefixedIds extends SVGIDGenerator {

		private final String prefix;

		PrefixedIds(String prefix) {
			this.prefix = prefix;
		}

		@Override
		public String generateID(String kind) {
			return super.generateID(this.prefix + "-" + kind);
		}

	}

	/** Labels each bar with text given by the caller (e.g. "812 (58%)"). */
	private static final class LabelGenerator extends StandardCategoryItemLabelGenerator {

		private static final long serialVersionUID = 1L;

		private final List<String> labels;

		LabelGenerator(List<String> labels) {
			this.labels = List.copyOf(labels);
		}

		@Override
		public String generateLabel(CategoryDataset dataset, int row, int column) {
			return this.labels.get(column);
		}

	}

}
