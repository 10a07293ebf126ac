/**
 * The files the chart toolbar downloads, made from the chart as drawn: PNG and SVG with their
 * texts, the 16:9 slide (drawn again with larger text when the chart can), and the CSV of the
 * values shown. The component only asks for one and saves it.
 */
import { taggedPng } from '$lib/export/png';
import { SLIDE_HEIGHT, SLIDE_WIDTH, buildScaledSlideSvg, buildSlideSvg } from '$lib/export/slide';
import { buildStandaloneSvg } from '$lib/export/svg';

export type ChartFileKind = 'png' | 'svg' | 'slide-png' | 'slide-svg' | 'csv';

export interface ChartFileSource {
	/** The chart to export; null while none is drawn */
	getSvg: () => SVGSVGElement | null;
	/** The chart drawn again off screen with its text `scale` times as large, for slides */
	getScaledSvg?: (scale: number) => Promise<SVGSVGElement | null>;
	/** Removes that copy */
	doneScaled?: () => void;
	/** Drawn into the PNG and SVG above and below the chart */
	title: string;
	subtitle: string;
	source: string;
	/** Printed on slides under the chart, with the source */
	caveat: string;
	/** The credit line: site name, the chart's address and the access date */
	credit: string;
	/** The chart's address, kept in the PNG's own text */
	link: string;
	/** CSV text of the data shown, built by the caller (see $lib/export/csv) */
	csv: () => string;
	/** File name without extension */
	filename: string;
}

function drawn(chart: ChartFileSource): SVGSVGElement {
	const svg = chart.getSvg();
	if (!svg) throw new Error('there is no chart to export yet');
	return svg;
}

function standalone(chart: ChartFileSource) {
	const { title, subtitle, source, credit } = chart;
	return buildStandaloneSvg(drawn(chart), { title, subtitle, source, credit });
}

function slide(chart: ChartFileSource): Promise<string> {
	const svg = drawn(chart);
	const { title, subtitle, source, caveat, credit } = chart;
	const texts = { title, subtitle, source, caveat, credit };
	if (!chart.getScaledSvg) return Promise.resolve(buildSlideSvg(svg, texts));
	return buildScaledSlideSvg(svg, texts, chart.getScaledSvg).finally(() => chart.doneScaled?.());
}

/** The PNG's own text: what it shows, where from, and its address. */
const pngText = (chart: ChartFileSource) => ({
	Title: chart.title,
	Description: chart.subtitle,
	Source: chart.source,
	Comment: chart.credit,
	URL: chart.link
});

export async function chartFile(
	kind: ChartFileKind,
	chart: ChartFileSource
): Promise<{ blob: Blob; name: string }> {
	const { filename } = chart;
	if (kind === 'slide-svg') {
		return {
			blob: new Blob([await slide(chart)], { type: 'image/svg+xml' }),
			name: `${filename}-slide.svg`
		};
	}
	if (kind === 'slide-png') {
		const size = { width: SLIDE_WIDTH, height: SLIDE_HEIGHT, scale: 1 };
		const tagged = await taggedPng(await slide(chart), size, pngText(chart));
		return { blob: new Blob([tagged], { type: 'image/png' }), name: `${filename}-slide.png` };
	}
	if (kind === 'svg') {
		const { markup } = standalone(chart);
		return { blob: new Blob([markup], { type: 'image/svg+xml' }), name: `${filename}.svg` };
	}
	if (kind === 'png') {
		const { markup, width, height } = standalone(chart);
		const tagged = await taggedPng(markup, { width, height }, pngText(chart));
		return { blob: new Blob([tagged], { type: 'image/png' }), name: `${filename}.png` };
	}
	// The byte order mark makes Excel read the file as UTF-8 (Thai names).
	return { blob: new Blob(['\uFEFF', chart.csv()], { type: 'text/csv' }), name: `${filename}.csv` };
}
