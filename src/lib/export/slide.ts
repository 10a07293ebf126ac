import {
	canvasMeasure,
	escapeXml,
	stripNonXml,
	inlineComputedStyles,
	type ExportTexts
} from './svg';
import { approximateMeasure, wrapText, type MeasureText } from './wrap';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** A 16:9 slide at full HD: what a projector shows and what a presentation tool expects. */
export const SLIDE_WIDTH = 1920;
export const SLIDE_HEIGHT = 1080;
/** The smallest text that reads from the back of a room on a 1080p (or 720p) projector */
export const SLIDE_MIN_FONT = 28;

const PADDING = 64;
const LINE_HEIGHT = 1.3;
const SLIDE_TEXT = {
	title: { size: 56, minSize: 40, weight: 'bold', lines: 2 },
	subtitle: { size: 36, minSize: 30, weight: 'normal', lines: 2 },
	caveat: { size: 30, minSize: SLIDE_MIN_FONT, weight: 'normal', lines: 2 },
	source: { size: 30, minSize: SLIDE_MIN_FONT, weight: 'normal', lines: 2 },
	credit: { size: SLIDE_MIN_FONT, minSize: SLIDE_MIN_FONT, weight: 'normal', lines: 1 }
} as const;
type SlideTextKind = keyof typeof SLIDE_TEXT;

export interface SlideTexts extends ExportTexts {
	/** A caveat the audience must see with the figures (e.g. not comparable across members) */
	caveat?: string;
}

export interface SlideChartBox {
	/** Where the chart's top-left corner goes on the slide */
	x: number;
	y: number;
	/** How much the chart is enlarged: its px become `scale` slide px */
	scale: number;
	width: number;
	height: number;
}

/**
 * Fits a chart of `width`×`height` into the box between the slide's header and footer, as large
 * as it goes without distortion, centred horizontally.
 */
export function fitChart(
	width: number,
	height: number,
	area: { top: number; bottom: number; left?: number; right?: number }
): SlideChartBox {
	const left = area.left ?? PADDING;
	const right = area.right ?? SLIDE_WIDTH - PADDING;
	const roomWidth = Math.max(1, right - left);
	const roomHeight = Math.max(1, area.bottom - area.top);
	const scale = Math.min(roomWidth / Math.max(1, width), roomHeight / Math.max(1, height));
	const w = width * scale;
	const h = height * scale;
	return { x: round(left + (roomWidth - w) / 2), y: round(area.top), scale, width: w, height: h };
}

/**
 * The font size a chart's text must have before it is enlarged by `scale` so that it is drawn at
 * least `SLIDE_MIN_FONT` px on the slide.
 */
export function minimumChartFont(scale: number): number {
	return Math.ceil((SLIDE_MIN_FONT / Math.max(scale, 0.01)) * 10) / 10;
}

const FONT_SIZE_ATTRIBUTE = /\sfont-size="([\d.]+)(px)?"/gu;
const FONT_SIZE_STYLE = /font-size:\s*([\d.]+)px/gu;

/**
 * Raises every font size in serialised chart markup (attributes and inline styles) to at least
 * `min`, so no text is smaller than the projector needs; larger sizes are left as drawn.
 */
export function raiseFontSizes(markup: string, min: number): string {
	const raise = (size: string) => String(Math.max(Number(size), min));
	return markup
		.replace(FONT_SIZE_ATTRIBUTE, (_all, size: string) => ` font-size="${raise(size)}"`)
		.replace(FONT_SIZE_STYLE, (_all, size: string) => `font-size: ${raise(size)}px`);
}

export interface SlideOptions extends SlideTexts {
	/** The chart as a serialised `<svg>` with its styles inlined */
	chartMarkup: string;
	chartWidth: number;
	chartHeight: number;
	fontFamily?: string;
	textColor?: string;
	mutedColor?: string;
	measure?: (weight: 'normal' | 'bold') => MeasureText;
}

/** Where the text blocks and the chart go on a slide: pure, from the texts alone. */
function layoutSlide(options: SlideTexts & Pick<SlideOptions, 'measure'>) {
	const measure = options.measure ?? approximateMeasure;
	const textWidth = SLIDE_WIDTH - 2 * PADDING;

	const laid = (text: string | undefined, kind: SlideTextKind) => {
		const style = SLIDE_TEXT[kind];
		if (!text) return { kind, lines: [] as string[], size: style.size };
		const { lines, size } = wrapText(text, textWidth, measure(style.weight), style);
		// Past its line budget a heading's rest is joined onto its last line, never dropped; the
		// source, caveat and credit keep every line (the chart gives up the room), since a joined
		// line of a long licence ran off the slide's edge.
		const kept =
			lines.length > style.lines && (kind === 'title' || kind === 'subtitle')
				? [...lines.slice(0, style.lines - 1), lines.slice(style.lines - 1).join(' ')]
				: lines;
		return { kind, lines: kept, size };
	};
	const head = [laid(options.title, 'title'), laid(options.subtitle, 'subtitle')];
	const foot = [
		laid(options.caveat, 'caveat'),
		laid(options.source, 'source'),
		laid(options.credit, 'credit')
	];
	const heightOf = (blocks: typeof head) =>
		blocks.reduce((h, b) => h + b.lines.length * b.size * LINE_HEIGHT, 0);
	const footHeight = heightOf(foot);
	return {
		head,
		foot,
		chartTop: PADDING + heightOf(head) + 24,
		chartBottom: SLIDE_HEIGHT - PADDING - footHeight - 24,
		footTop: SLIDE_HEIGHT - PADDING - footHeight
	};
}

/**
 * How much a chart of `width`×`height` is enlarged on a slide with these texts: a chart whose
 * smallest text is `font` px needs its text drawn `SLIDE_MIN_FONT / (font × scale)` times larger.
 */
export function slideChartScale(
	texts: SlideTexts & Pick<SlideOptions, 'measure'>,
	width: number,
	height: number
): number {
	const { chartTop, chartBottom } = layoutSlide(texts);
	return fitChart(width, height, { top: chartTop, bottom: chartBottom }).scale;
}

/**
 * A 1920×1080 slide of one chart: title and subtitle above, caveat, source and credit below, all
 * at projector sizes and wrapped by words (Thai too); the chart is enlarged into the space left
 * and its own text raised to at least 28 px as drawn. Pure: works on strings.
 */
export function composeSlide(options: SlideOptions): string {
	const textColor = options.textColor ?? '#1a1a1a';
	const mutedColor = options.mutedColor ?? '#4d5560';
	const fontFamily = options.fontFamily ?? 'system-ui, sans-serif';
	const { head, foot, chartTop, chartBottom, footTop } = layoutSlide(options);

	const parts: string[] = [];
	let y = PADDING;
	const draw = (blocks: typeof head) => {
		for (const block of blocks) {
			const fill = block.kind === 'title' ? textColor : mutedColor;
			const weight = SLIDE_TEXT[block.kind].weight === 'bold' ? ' font-weight="700"' : '';
			for (const line of block.lines) {
				const baseline = round(y + block.size);
				parts.push(
					`<text x="${PADDING}" y="${baseline}" font-size="${block.size}"${weight} fill="${fill}" class="slide-${block.kind}">${escapeXml(line)}</text>`
				);
				y += block.size * LINE_HEIGHT;
			}
		}
	};
	draw(head);
	const box = fitChart(options.chartWidth, options.chartHeight, {
		top: chartTop,
		bottom: chartBottom
	});
	y = footTop;
	draw(foot);

	const chart = placeScaledChart(
		raiseFontSizes(stripNonXml(options.chartMarkup), minimumChartFont(box.scale)),
		box,
		options.chartWidth,
		options.chartHeight
	);
	return (
		`<svg xmlns="${SVG_NS}" width="${SLIDE_WIDTH}" height="${SLIDE_HEIGHT}" viewBox="0 0 ${SLIDE_WIDTH} ${SLIDE_HEIGHT}"` +
		` font-family="${escapeXml(fontFamily)}" font-size="${SLIDE_MIN_FONT}" class="slide">` +
		`<title>${escapeXml(options.title)}</title>` +
		`<rect width="${SLIDE_WIDTH}" height="${SLIDE_HEIGHT}" fill="#ffffff"/>` +
		parts.join('') +
		chart +
		'</svg>'
	);
}

/** The chart's `<svg>` placed at the box, keeping its own coordinates through a viewBox. */
function placeScaledChart(markup: string, box: SlideChartBox, width: number, height: number) {
	const open = /^<svg\b[^>]*>/u.exec(markup);
	if (!open) throw new Error('The chart markup does not start with an <svg> element.');
	// The chart's own class is kept beside ours: an attribute written twice makes the SVG unreadable.
	const own = /\sclass="([^"]*)"/u.exec(open[0])?.[1];
	const attributes = open[0]
		.slice(4, -1)
		.replace(/\s(x|y|width|height|viewBox|overflow|class)="[^"]*"/gu, '')
		.replace(/\/$/u, '');
	const tag =
		`<svg${attributes} x="${box.x}" y="${box.y}" width="${round(box.width)}" height="${round(box.height)}"` +
		` viewBox="0 0 ${round(width)} ${round(height)}" overflow="visible" class="${own ? `${own} ` : ''}slide-chart"`;
	return open[0].endsWith('/>') ? `${tag}/>` : `${tag}>${markup.slice(open[0].length)}`;
}

/** A slide of a live chart: its computed styles inlined, then composed as `composeSlide`. */
export function buildSlideSvg(svg: SVGSVGElement, texts: SlideTexts): string {
	const box = svg.getBoundingClientRect();
	const chartWidth = svg.width.baseVal.value || box.width;
	const chartHeight = svg.height.baseVal.value || box.height;
	const clone = svg.cloneNode(true) as SVGSVGElement;
	inlineComputedStyles(svg, clone);
	const rootStyle = getComputedStyle(svg);
	const fontFamily = rootStyle.fontFamily || undefined;
	return composeSlide({
		...texts,
		chartMarkup: new XMLSerializer().serializeToString(clone),
		chartWidth,
		chartHeight,
		fontFamily,
		textColor: rootStyle.getPropertyValue('--text').trim() || undefined,
		mutedColor: rootStyle.getPropertyValue('--muted').trim() || undefined,
		measure: canvasMeasure(fontFamily ?? 'sans-serif')
	});
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}

/**
 * A slide drawn from a copy of the chart whose text is already large enough (28 px as
 * projected), so that its labels and legend are laid out for that size: `drawScaled(k)` draws
 * the chart again with its text k times as large. Two tries, since larger text makes the chart
 * larger and so shrinks it on the slide; what still falls short is raised as `composeSlide` does.
 */
export async function buildScaledSlideSvg(
	svg: SVGSVGElement,
	texts: SlideTexts,
	drawScaled: (scale: number) => Promise<SVGSVGElement | null>
): Promise<string> {
	const measure = canvasMeasure(getComputedStyle(svg).fontFamily || 'sans-serif');
	const fonts = [...svg.querySelectorAll('text')]
		.filter((t) => t.textContent?.trim())
		.map((t) => parseFloat(getComputedStyle(t).fontSize))
		.filter((size) => size > 0);
	const smallest = fonts.length ? Math.min(...fonts) : SLIDE_MIN_FONT;
	let drawn = svg;
	let scale = 1;
	for (let attempt = 0; attempt < 2; attempt++) {
		const enlarged = slideChartScale(
			{ ...texts, measure },
			drawn.width.baseVal.value,
			drawn.height.baseVal.value
		);
		const need = SLIDE_MIN_FONT / (smallest * scale * enlarged);
		if (need <= 1.02) break;
		scale = Math.min(4, scale * need);
		drawn = (await drawScaled(scale)) ?? drawn;
	}
	return buildSlideSvg(drawn, texts);
}
