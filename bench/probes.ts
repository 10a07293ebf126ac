/**
 * Scripts that run inside the page (installed with `page.addInitScript`, so they are serialised:
 * no closures over this module). Every time is `performance.now()`, i.e. milliseconds since the
 * navigation started.
 */

export interface PageMarks {
	fcp?: number;
	lcp?: number;
	/** `[data-chart="ranked"] svg` is in the DOM / the next animation frame after that */
	chartInDom?: number;
	chartFrame?: number;
	/** Home: the first indicator card with its headline figure */
	cardInDom?: number;
	cardFrame?: number;
	/** `footer .db-status[data-phase="ready"]` */
	dbReady?: number;
	/** Upload section phase changes, in order */
	uploadPhases?: { phase: string; at: number }[];
	/** The file input's change event */
	fileChosen?: number;
	/** Country profile: the "My data" section (`section[data-group="mine"]`) / the frame after */
	mineInDom?: number;
	mineFrame?: number;
	/** Scatter: a point drawn (`[data-chart="scatter"] svg circle`) / the frame after */
	scatterInDom?: number;
	scatterFrame?: number;
	/** Scatter: the uploads offered on an axis (`optgroup[data-group="mine"]`; past 200 its options
	 * are made when the select is focused) / the frame after */
	mineOptionInDom?: number;
	mineOptionFrame?: number;
	/** The site's layout has mounted: the first page is hydrated and answers input */
	hydrated?: number;
	/** The longest main-thread task seen so far (long tasks are those over 50 ms) */
	longestTask?: number;
}

export type InteractionKind = 'year' | 'countries' | 'sex' | 'indicator';

export interface InteractionTiming {
	/** Dispatch → the chart's DOM holds the new marks and `aria-busy="false"` */
	updated: number;
	/** Dispatch → the next frame after that (rAF, then a task) */
	painted: number;
	/** The marks differ from before (false: same marks, e.g. a year without data either way) */
	changed: boolean;
	timedOut: boolean;
}

declare global {
	interface Window {
		__bench: PageMarks;
		__benchInteract: (kind: InteractionKind, arg: string) => Promise<InteractionTiming>;
		/** When the bench's delete left My data's list without the dataset */
		__benchDeleted?: number;
	}
}

export function installMarks(): void {
	const marks: PageMarks = {};
	window.__bench = marks;
	const once = (name: keyof PageMarks, frame?: keyof PageMarks) => {
		if (marks[name] !== undefined) return;
		(marks as Record<string, number>)[name] = performance.now();
		if (frame) {
			requestAnimationFrame(() => ((marks as Record<string, number>)[frame] = performance.now()));
		}
	};
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			if (entry.name === 'first-contentful-paint') marks.fcp = entry.startTime;
		}
	}).observe({ type: 'paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries())
			if (entry.name === 'hydrated') marks.hydrated ??= entry.startTime;
	}).observe({ type: 'mark', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) marks.lcp = entry.startTime;
	}).observe({ type: 'largest-contentful-paint', buffered: true });
	new PerformanceObserver((list) => {
		for (const entry of list.getEntries()) {
			marks.longestTask = Math.max(marks.longestTask ?? 0, entry.duration);
		}
	}).observe({ type: 'longtask', buffered: true });
	let lastPhase = '';
	const check = () => {
		if (marks.chartInDom === undefined && document.querySelector('[data-chart="ranked"] svg')) {
			once('chartInDom', 'chartFrame');
		}
		if (marks.cardInDom === undefined && document.querySelector('.card .headline')) {
			once('cardInDom', 'cardFrame');
		}
		if (marks.mineInDom === undefined && document.querySelector('section[data-group="mine"]')) {
			once('mineInDom', 'mineFrame');
		}
		if (
			marks.scatterInDom === undefined &&
			document.querySelector('[data-chart="scatter"] svg circle')
		) {
			once('scatterInDom', 'scatterFrame');
		}
		if (
			marks.mineOptionInDom === undefined &&
			document.querySelector('optgroup[data-group="mine"]')
		) {
			once('mineOptionInDom', 'mineOptionFrame');
		}
		const db = document.querySelector<HTMLElement>('footer .db-status');
		if (db?.dataset.phase === 'ready') once('dbReady');
		const upload = document.querySelector<HTMLElement>('section.upload');
		const phase = upload?.dataset.phase;
		if (phase && phase !== lastPhase) {
			lastPhase = phase;
			(marks.uploadPhases ??= []).push({ phase, at: performance.now() });
		}
	};
	new MutationObserver(check).observe(document, {
		subtree: true,
		childList: true,
		attributes: true,
		attributeFilter: ['data-phase']
	});
	document.addEventListener(
		'change',
		(event) => {
			if ((event.target as HTMLInputElement | null)?.type === 'file') {
				marks.fileChosen = performance.now();
				marks.uploadPhases = [];
			}
		},
		true
	);

	window.__benchInteract = (kind, arg) =>
		new Promise((resolve) => {
			const figure = () =>
				document.querySelector(
					kind === 'countries' ? '[data-chart="trend"]' : '[data-chart="ranked"]'
				);
			const marksOf = () => figure()?.querySelector('.plot')?.innerHTML ?? '';
			const heading = () => document.querySelector('main h1')?.textContent ?? '';
			const before = kind === 'indicator' ? heading() : marksOf();
			let sawBusy = false;
			let finished = false;
			const started = performance.now();
			const finish = (timedOut: boolean, changed: boolean) => {
				if (finished) return;
				finished = true;
				const updated = performance.now() - started;
				observer.disconnect();
				clearTimeout(timer);
				requestAnimationFrame(() =>
					setTimeout(() =>
						resolve({ updated, painted: performance.now() - started, changed, timedOut })
					)
				);
			};
			const check = () => {
				const busy = figure()?.getAttribute('aria-busy');
				if (busy === 'true') sawBusy = true;
				if (busy !== 'false') return;
				if (kind === 'indicator') {
					if (heading() !== before && figure()?.querySelector('svg')) finish(false, true);
					return;
				}
				const changed = marksOf() !== before;
				if (changed || sawBusy) finish(false, changed);
			};
			const observer = new MutationObserver(check);
			observer.observe(document.body, {
				subtree: true,
				childList: true,
				attributes: true,
				characterData: true
			});
			const timer = setTimeout(() => finish(true, false), 10_000);
			if (kind === 'year') {
				const select = document.querySelector<HTMLSelectElement>('#year-select')!;
				select.value = arg;
				select.dispatchEvent(new Event('change', { bubbles: true }));
			} else if (kind === 'countries') {
				const target = arg.startsWith('box:')
					? document.querySelector<HTMLElement>(`.country-picker input[value="${arg.slice(4)}"]`)
					: [...document.querySelectorAll<HTMLElement>('.country-picker .quick button')][
							Number(arg.slice(6))
						];
				target?.click();
			} else if (kind === 'sex') {
				const buttons = [...document.querySelectorAll<HTMLElement>('fieldset.sex button')];
				const unpressed = buttons.filter((b) => b.getAttribute('aria-pressed') !== 'true');
				unpressed[Number(arg) % Math.max(unpressed.length, 1)]?.click();
			} else {
				const link = document.createElement('a');
				link.href = arg;
				document.body.append(link);
				link.click();
				link.remove();
			}
		});
}
