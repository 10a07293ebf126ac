import { slugify } from '$lib/export/download';
import { svgToPng } from '$lib/export/png';
import { withPngText } from '$lib/export/png-text';
import { buildSlideSvg, SLIDE_HEIGHT, SLIDE_WIDTH } from '$lib/export/slide';
import { zip } from '$lib/export/zip';
import type { SlideInfo } from './slide-info';

/** A slide as the presenter page draws it: its words, its chart and what its footer says. */
export interface DrawnSlide {
	title: string;
	note: string;
	/** The chart's own subtitle: its unit and how to read it */
	subtitle: string;
	svg: SVGSVGElement;
	info: SlideInfo;
}

/**
 * Pure: the file name of slide `n` of `total`, numbered with leading zeros so that a file manager
 * and a presentation tool's "insert pictures" keep the deck's order.
 */
export function slideFileName(n: number, total: number, title: string): string {
	const digits = String(Math.max(total, 9)).length;
	return `${String(n).padStart(digits, '0')}-${slugify(title, 'slide')}`.slice(0, 100) + '.png';
}

/** Every slide as a 1920×1080 PNG, as the single-chart "Slide PNG" export makes it, in one zip. */
export async function deckPngZip(
	slides: readonly DrawnSlide[],
	credit: (link: string) => string,
	onprogress?: (done: number) => void
): Promise<Blob> {
	const entries = [];
	for (const [i, slide] of slides.entries()) {
		const { info } = slide;
		const source = info.dataYear ? `${info.source} · ${info.dataYear}` : info.source;
		const texts = {
			title: slide.title,
			subtitle: [slide.note, slide.subtitle].filter(Boolean).join(' · '),
			source,
			caveat: info.caveat,
			credit: credit(info.link)
		};
		const png = await svgToPng(buildSlideSvg(slide.svg, texts), SLIDE_WIDTH, SLIDE_HEIGHT, 1);
		const data = withPngText(new Uint8Array(await png.arrayBuffer()), {
			Title: slide.title,
			Description: slide.note,
			Source: source,
			Comment: texts.credit,
			URL: info.link
		});
		entries.push({ name: slideFileName(i + 1, slides.length, slide.title), data });
		onprogress?.(i + 1);
	}
	return new Blob([zip(entries)], { type: 'application/zip' });
}
