import { approximateMeasure, wrapText } from '$lib/export/wrap';

/** Where each legend entry sits: entries flow left to right and wrap to the map's width. */
export interface LegendSlot {
	x: number;
	y: number;
}

export interface LegendLayout {
	/** The title (the unit) broken into lines by words */
	titleLines: string[];
	/** Top of the first row of entries, below the title */
	entriesTop: number;
	slots: LegendSlot[];
	/** The whole legend's height: title and entries */
	height: number;
	/** Font size of its text, and the step between title lines */
	font: number;
	titleLine: number;
}

export const SWATCH = { width: 18, height: 12, gap: 6 };
export const LEGEND_FONT = 12;
const ROW = 20;
const TITLE_LINE = 16;
const ENTRY_GAP = 16;

/**
 * Pure: the legend's title and entry labels in, the position of every piece out, wrapped to
 * `width`. Widths are estimates (no canvas at prerender), generous for Latin and Thai. `textScale`
 * enlarges the text and its rows (presenter mode); swatches keep their size.
 */
export function legendLayout(
	title: string,
	labels: readonly string[],
	width: number,
	measure = approximateMeasure(),
	textScale = 1
): LegendLayout {
	const font = LEGEND_FONT * textScale;
	const row = Math.max(ROW, font + 8);
	const titleLine = TITLE_LINE * textScale;
	const titleLines = title ? wrapText(title, width, measure, { size: font }).lines : [];
	const entriesTop = titleLines.length * titleLine + (titleLines.length ? 4 : 0);
	const slots: LegendSlot[] = [];
	let x = 0;
	let y = 0;
	for (const label of labels) {
		const w = SWATCH.width + SWATCH.gap + measure(label, font);
		if (x > 0 && x + w > width) {
			x = 0;
			y += row;
		}
		slots.push({ x, y: entriesTop + y });
		x += w + ENTRY_GAP * textScale;
	}
	return {
		titleLines,
		entriesTop,
		slots,
		height: entriesTop + (labels.length ? y + row : 0),
		font,
		titleLine
	};
}
