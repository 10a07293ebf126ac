import { approximateMeasure, wrapText, type MeasureText } from './wrap';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** The computed properties that make a chart look as on screen once the page's CSS is gone. */
export const INLINED_PROPERTIES = [
	'fill',
	'stroke',
	'stroke-width',
	'stroke-dasharray',
	'font-size',
	'font-family',
	'font-weight',
	'font-style',
	'opacity',
	'text-anchor',
	// Without these a label's white halo is painted over its letters: white on white.
	'paint-order',
	'stroke-linejoin'
] as const;

// Characters XML 1.0 forbids anywhere, even escaped; an uploaded name may carry them.
const NOT_XML =
	// eslint-disable-next-line no-control-regex -- matching control characters is the point
	/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/gu;

/** Removes characters XML cannot carry. */
export function stripNonXml(text: string): string {
	return text.replace(NOT_XML, '');
}

/** Text safe inside an XML element or a double- or single-quoted attribute. */
export function escapeXml(text: string): string {
	return stripNonXml(text)
		.replace(/&/g, '&amp;')
		.replace(/</g, '&lt;')
		.replace(/>/g, '&gt;')
		.replace(/"/g, '&quot;')
		.replace(/'/g, '&apos;');
}

export interface ExportTexts {
	title: string;
	subtitle: string;
	/** The source and licence line */
	source: string;
	/** Who published the image, where and when: site name, link and access date */
	credit?: string;
}

export interface ComposeOptions extends ExportTexts {
	/** The chart as an `<svg>` element serialised to text */
	chartMarkup: string;
	chartWidth: number;
	chartHeight: number;
	fontFamily?: string;
	textColor?: string;
	mutedColor?: string;
	/** Text widths; an estimate when absent */
	measure?: (weight: 'normal' | 'bold') => MeasureText;
}

export interface StandaloneSvg {
	markup: string;
	width: number;
	height: number;
}

const PADDING = 16;
const LINE_HEIGHT = 1.5;
// Baseline within a line box: room above for stacked Thai marks, below for descenders.
const BASELINE = 1.12;
const TEXT_STYLES = {
	title: { size: 18, minSize: 12, weight: 'bold' },
	subtitle: { size: 14, minSize: 10, weight: 'normal' },
	source: { size: 12, minSize: 9, weight: 'normal' },
	credit: { size: 12, minSize: 9, weight: 'normal' }
} as const;

/**
 * The exported image: white background, title (bold) and subtitle above the chart, the source
 * and licence line below it, each wrapped to the chart's width. Pure: works on strings.
 */
export function composeSvg(options: ComposeOptions): StandaloneSvg {
	const measure = options.measure ?? approximateMeasure;
	const fontFamily = options.fontFamily ?? 'system-ui, sans-serif';
	const textColor = options.textColor ?? '#1a1a1a';
	const mutedColor = options.mutedColor ?? '#4d5560';
	const chartWidth = Math.max(1, Math.round(options.chartWidth));
	const chartHeight = Math.max(1, Math.round(options.chartHeight));
	const width = chartWidth + 2 * PADDING;
	const textWidth = Math.max(120, chartWidth);
	const parts: string[] = [];
	let y = PADDING;

	const block = (text: string, kind: keyof typeof TEXT_STYLES, fill: string) => {
		const style = TEXT_STYLES[kind];
		const { lines, size } = wrapText(text, textWidth, measure(style.weight), style);
		const weight = style.weight === 'bold' ? ' font-weight="700"' : '';
		for (const line of lines) {
			const baseline = round(y + size * BASELINE);
			parts.push(
				`<text x="${PADDING}" y="${baseline}" font-size="${size}"${weight} fill="${fill}" class="export-${kind}">${escapeXml(line)}</text>`
			);
			y += size * LINE_HEIGHT;
		}
	};

	block(options.title, 'title', textColor);
	block(options.subtitle, 'subtitle', mutedColor);
	y += 8;
	const chartY = round(y);
	y += chartHeight + 8;
	block(options.source, 'source', mutedColor);
	if (options.credit) block(options.credit, 'credit', mutedColor);
	const height = Math.ceil(y + PADDING);

	const chart = placeChart(options.chartMarkup, PADDING, chartY, chartWidth, chartHeight);
	const markup =
		`<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
		` font-family="${escapeXml(fontFamily)}">` +
		`<title>${escapeXml(options.title)}</title>` +
		`<rect width="${width}" height="${height}" fill="#ffffff"/>` +
		parts.join('') +
		chart +
		'</svg>';
	return { markup, width, height };
}

/** Positions the serialised chart `<svg>` by rewriting its opening tag's x, y and size. */
function placeChart(markup: string, x: number, y: number, width: number, height: number): string {
	const open = /^<svg\b[^>]*>/u.exec(markup);
	if (!open) throw new Error('The chart markup does not start with an <svg> element.');
	const attributes = open[0]
		.slice(4, -1)
		.replace(/\s(x|y|width|height)="[^"]*"/gu, '')
		.replace(/\/$/u, '');
	const viewBox = /\sviewBox="/u.test(attributes) ? '' : ` viewBox="0 0 ${width} ${height}"`;
	const selfClosing = open[0].endsWith('/>');
	// A label or tick a few px past the chart's edge is drawn in the padding, not cut off.
	const overflow = /\soverflow="/u.test(attributes) ? '' : ' overflow="visible"';
	const tag = `<svg${attributes} x="${x}" y="${y}" width="${width}" height="${height}"${viewBox}${overflow}`;
	return selfClosing ? `${tag}/>` : `${tag}>${markup.slice(open[0].length)}`;
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}

export interface StandaloneOptions extends ExportTexts {
	/** Chart size in px; read from the element when absent */
	width?: number;
	height?: number;
}

/**
 * A copy of a live chart that renders the same outside the page (file, image, other tools):
 * computed styles written as attributes, with title, subtitle and source drawn in the image.
 */
export function buildStandaloneSvg(svg: SVGSVGElement, options: StandaloneOptions): StandaloneSvg {
	const box = svg.getBoundingClientRect();
	const chartWidth = options.width ?? (svg.width.baseVal.value || box.width);
	const chartHeight = options.height ?? (svg.height.baseVal.value || box.height);
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineComputedStyles(svg, clone);
	const rootStyle = getComputedStyle(svg);
	const fontFamily = rootStyle.fontFamily || undefined;
	return composeSvg({
		...options,
		chartMarkup: stripNonXml(new XMLSerializer().serializeToString(clone)),
		chartWidth,
		chartHeight,
		fontFamily,
		textColor: rootStyle.getPropertyValue('--text').trim() || undefined,
		mutedColor: rootStyle.getPropertyValue('--muted').trim() || undefined,
		measure: canvasMeasure(fontFamily ?? 'sans-serif')
	});
}

/** The standalone SVG document as text. */
export function standaloneSvg(svg: SVGSVGElement, options: StandaloneOptions): string {
	return buildStandaloneSvg(svg, options).markup;
}

/**
 * Copies computed styles from `source` onto its deep clone `target`. A value equal to the
 * parent's is left to inheritance (opacity, which does not inherit, only when not 1), which
 * keeps the file small; elements the page hides are dropped.
 */
export function inlineComputedStyles(source: Element, target: Element): void {
	const sources = [source, ...source.querySelectorAll('*')];
	const targets = [target, ...target.querySelectorAll('*')];
	const computed = new Map<Element, Map<string, string>>();
	const hidden: Element[] = [];
	sources.forEach((element, i) => {
		const copy = targets[i];
		const style = getComputedStyle(element);
		const values = new Map(INLINED_PROPERTIES.map((p) => [p, style.getPropertyValue(p)]));
		computed.set(element, values);
		if (style.display === 'none') hidden.push(copy);
		const parent = element === source ? undefined : computed.get(element.parentElement!);
		for (const [property, value] of values) {
			if (!value) continue;
			const inherited = property === 'opacity' ? value === '1' : parent?.get(property) === value;
			if (!inherited || copy.hasAttribute(property)) copy.setAttribute(property, value);
		}
	});
	for (const element of hidden) element.remove();
}

/** Text widths from a 2D canvas in the chart's own font; falls back to an estimate. */
export function canvasMeasure(fontFamily: string): (weight: 'normal' | 'bold') => MeasureText {
	const context = document.createElement('canvas').getContext('2d');
	if (!context) return approximateMeasure;
	return (weight) => (text, size) => {
		context.font = `${weight === 'bold' ? 700 : 400} ${size}px ${fontFamily}`;
		return context.measureText(text).width;
	};
}
