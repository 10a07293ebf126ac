import { escapeXml } from './svg';
import { approximateMeasure, wrapText, type MeasureText } from './wrap';

const SVG_NS = 'http://www.w3.org/2000/svg';

/** One table of a page as it reads on screen: every cell's text, as displayed. */
export interface TableSection {
	heading: string;
	header: string[];
	rows: string[][];
	/** Columns whose cells are numbers: set right-aligned */
	numeric: boolean[];
}

export interface TableImageOptions {
	title: string;
	subtitle?: string;
	sections: TableSection[];
	source: string;
	credit?: string;
	measure?: (weight: 'normal' | 'bold') => MeasureText;
	fontFamily?: string;
}

const PADDING = 24;
const CELL_PAD = 10;
const FONT = 14;
const LINE = 20;
/** A column never grows past this; longer texts wrap by words (Thai too) */
const MAX_COLUMN = 420;

/**
 * A page's tables as one image (the country profile, the data-gaps matrix): the texts exactly as
 * the page shows them (display precision, B.E. years when chosen), title above, source and credit
 * below. Pure: works on strings.
 */
export function composeTableSvg(options: TableImageOptions): {
	markup: string;
	width: number;
	height: number;
} {
	const measure = options.measure ?? approximateMeasure;
	const normal = measure('normal');
	const bold = measure('bold');
	const columns = Math.max(1, ...options.sections.map((s) => s.header.length));
	const widths = Array.from({ length: columns }, (_, c) =>
		Math.min(
			MAX_COLUMN,
			Math.max(
				40,
				...options.sections.flatMap((s) => [
					bold(s.header[c] ?? '', FONT),
					...s.rows.map((r) => normal(r[c] ?? '', FONT))
				])
			)
		)
	);
	const tableWidth = widths.reduce((a, w) => a + w + 2 * CELL_PAD, 0);
	const width = Math.ceil(Math.max(tableWidth, 640) + 2 * PADDING);
	const textWidth = width - 2 * PADDING;
	const parts: string[] = [];
	let y = PADDING;

	const text = (x: number, line: string, size: number, extra = '') =>
		parts.push(
			`<text x="${round(x)}" y="${round(y + size)}" font-size="${size}"${extra}>${escapeXml(line)}</text>`
		);
	const paragraph = (value: string | undefined, size: number, extra = '') => {
		if (!value) return;
		for (const line of wrapText(value, textWidth, measure(extra ? 'bold' : 'normal'), { size })
			.lines) {
			text(PADDING, line, size, extra);
			y += size * 1.4;
		}
	};
	const row = (cells: string[], numeric: boolean[], weight: 'normal' | 'bold') => {
		const wrapped = cells.map(
			(cell, c) => wrapText(cell, widths[c] ?? MAX_COLUMN, measure(weight), { size: FONT }).lines
		);
		const lines = Math.max(1, ...wrapped.map((l) => l.length));
		let x = PADDING;
		const top = y;
		wrapped.forEach((cellLines, c) => {
			const right = numeric[c];
			const at = right ? x + CELL_PAD + (widths[c] ?? 0) : x + CELL_PAD;
			cellLines.forEach((line, k) => {
				y = top + 4 + k * LINE;
				text(
					at,
					line,
					FONT,
					`${right ? ' text-anchor="end"' : ''}${weight === 'bold' ? ' font-weight="700"' : ''}`
				);
			});
			x += (widths[c] ?? 0) + 2 * CELL_PAD;
		});
		y = top + lines * LINE + 8;
		parts.push(
			`<line x1="${PADDING}" x2="${round(PADDING + tableWidth)}" y1="${round(y - 2)}" y2="${round(y - 2)}" stroke="#d0d5db"/>`
		);
	};

	paragraph(options.title, 22, ' font-weight="700"');
	paragraph(options.subtitle, 15);
	for (const section of options.sections) {
		y += 12;
		paragraph(section.heading, 17, ' font-weight="700"');
		row(section.header, section.numeric, 'bold');
		for (const cells of section.rows) row(cells, section.numeric, 'normal');
	}
	y += 8;
	paragraph(options.source, 13);
	paragraph(options.credit, 13);
	const height = Math.ceil(y + PADDING);
	const markup =
		`<svg xmlns="${SVG_NS}" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}"` +
		` font-family="${escapeXml(options.fontFamily ?? 'system-ui, sans-serif')}" fill="#1a1a1a">` +
		`<title>${escapeXml(options.title)}</title>` +
		`<rect width="${width}" height="${height}" fill="#ffffff"/>` +
		parts.join('') +
		'</svg>';
	return { markup, width, height };
}

/**
 * The text a reader sees in a cell: its text pieces joined by spaces, leaving out what is there
 * for screen readers only (`.visually-hidden`); `empty` when nothing is left.
 */
function visibleText(cell: Element, empty: string): string {
	const pieces: string[] = [];
	const walk = (node: Node) => {
		if (node.nodeType === 3) pieces.push(node.textContent ?? '');
		else if (!(node instanceof Element && node.classList.contains('visually-hidden')))
			node.childNodes.forEach(walk);
	};
	walk(cell);
	return pieces.join(' ').replace(/\s+/g, ' ').trim() || empty;
}

/** Reads the tables under `root` as displayed: each section's heading, header and cell texts. */
export function readTables(
	root: ParentNode,
	sectionSelector = 'section',
	empty = ''
): TableSection[] {
	return [...root.querySelectorAll(sectionSelector)].flatMap((section) => {
		const table = section.querySelector('table');
		if (!table) return [];
		const header = [...table.querySelectorAll('thead th')].map((th) => visibleText(th, ''));
		const rows = [...table.querySelectorAll('tbody tr')].map((tr) =>
			[...tr.querySelectorAll('th, td')].map((cell) => visibleText(cell, empty))
		);
		const numeric = [...table.querySelectorAll('thead th')].map((th) =>
			th.classList.contains('num')
		);
		const headingElement = section.querySelector('h2, h3, caption');
		const heading = headingElement ? (headingElement.textContent ?? '').trim() : '';
		return [{ heading, header, rows, numeric }];
	});
}

function round(n: number): number {
	return Math.round(n * 10) / 10;
}

/** The tables under `root` as a PNG at twice their size, on white, with their texts as shown. */
export async function tablesPng(
	root: ParentNode,
	texts: Omit<TableImageOptions, 'sections' | 'measure'>,
	sectionSelector = 'section',
	/** Written in a cell that shows nothing (a gap in the matrix) */
	empty = ''
): Promise<Blob> {
	const { svgToPng } = await import('./png');
	const context = document.createElement('canvas').getContext('2d');
	const family = texts.fontFamily ?? 'system-ui, sans-serif';
	const measure = context
		? (weight: 'normal' | 'bold'): MeasureText =>
				(text, size) => {
					context.font = `${weight === 'bold' ? 700 : 400} ${size}px ${family}`;
					return context.measureText(text).width;
				}
		: undefined;
	const { markup, width, height } = composeTableSvg({
		...texts,
		sections: readTables(root, sectionSelector, empty),
		measure
	});
	return svgToPng(markup, width, height, 2);
}
