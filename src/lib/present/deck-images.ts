import { chartSvg } from '$lib/charts/ChartFrame.svelte';
import type { Slide } from '$lib/deck/types';
import { slugify } from '$lib/export/download';
import { taggedPng } from '$lib/export/png';
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
 * The presenter page's slides (`section.slide` under `root`, in deck order) as drawn, or the
 * number of the first one whose chart is not drawn yet or still busy.
 */
export function drawnSlides(
	root: Element | undefined,
	slides: readonly Slide[],
	infos: readonly (SlideInfo | undefined)[]
): DrawnSlide[] | number {
	const sections = root?.querySelectorAll<HTMLElement>('section.slide') ?? [];
	const drawn: DrawnSlide[] = [];
	for (const [i, slide] of slides.entries()) {
		const chart = sections[i]?.querySelector('[data-slide-chart]');
		const svg = chartSvg(chart);
		const info = infos[i];
		if (!svg || !info || sections[i].querySelector('[aria-busy="true"]')) return i + 1;
		const subtitle = chart?.querySelector('.chart-subtitle')?.textContent?.trim() ?? '';
		drawn.push({ title: slide.title, note: slide.note, subtitle, svg, info });
	}
	return drawn;
}

/** `read()` again every 300 ms until it gives the slides, or for at most 20 s. */
export async function whenDrawn(read: () => DrawnSlide[] | number): Promise<DrawnSlide[] | number> {
	let slides = read();
	for (let waited = 0; typeof slides === 'number' && waited < 20000; waited += 300) {
		await new Promise((resolve) => setTimeout(resolve, 300));
		slides = read();
	}
	return slides;
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
		const data = await taggedPng(
			buildSlideSvg(slide.svg, texts),
			{ width: SLIDE_WIDTH, height: SLIDE_HEIGHT, scale: 1 },
			{
				Title: slide.title,
				Description: slide.note,
				Source: source,
				Comment: texts.credit,
				URL: info.link
			}
		);
		entries.push({ name: slideFileName(i + 1, slides.length, slide.title), data });
		onprogress?.(i + 1);
	}
	return new Blob([zip(entries)], { type: 'application/zip' });
}
