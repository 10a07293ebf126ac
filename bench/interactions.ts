/**
 * 100 interactions on the indicator page, timed inside the page from the input event to the frame
 * after the chart holds its new marks (probes.ts). Every tenth step: 3 year changes, 3 country
 * changes, 2 sex changes, 2 indicators (client-side navigation among indicators broken down by
 * sex, so that the next sex change has buttons to press).
 */
import type { Browser } from '@playwright/test';
import { readFileSync } from 'node:fs';
import { BUILD, INDICATOR, newContext, waitForMarks } from './browser';
import type { InteractionKind, InteractionTiming } from './probes';
import { summarise, type Summary } from './stats';

const KINDS: InteractionKind[] = ['year', 'countries', 'sex', 'indicator'];
const SLOTS: InteractionKind[] = [
	'year',
	'countries',
	'sex',
	'year',
	'countries',
	'indicator',
	'year',
	'countries',
	'sex',
	'indicator'
];
const COUNTRY_ARGS = ['quick:1', 'box:THA', 'quick:2', 'box:IDN', 'quick:0', 'box:VNM'];

function indicatorsWithSexes(): string[] {
	const catalog = JSON.parse(readFileSync(`${BUILD}/data/catalog.json`, 'utf8')) as {
		id: string;
		sexes: string[];
	}[];
	const broken = catalog.filter((i) => i.sexes.length > 1).map((i) => i.id);
	return broken.length > 1 ? broken : catalog.map((i) => i.id);
}

export async function interactions(browser: Browser, base: string, count: number) {
	const indicators = indicatorsWithSexes().filter((id) => `/indicator/${id}/` !== INDICATOR);
	const context = await newContext(browser);
	const page = await context.newPage();
	await page.goto(base + INDICATOR);
	await waitForMarks(page, ['dbReady'], 60_000);
	const counters = { countries: 0, sex: 0, indicator: 0 };
	const timings = Object.fromEntries(KINDS.map((k) => [k, [] as InteractionTiming[]]));
	for (let k = 0; k < count; k++) {
		const kind = SLOTS[k % SLOTS.length];
		let arg: string;
		if (kind === 'year') {
			arg = await page.evaluate(() => {
				const select = document.querySelector<HTMLSelectElement>('#year-select')!;
				const options = [...select.options].map((o) => o.value).filter((v) => v !== select.value);
				return options[Math.floor(Math.random() * Math.min(options.length, 15))];
			});
		} else if (kind === 'countries') {
			arg = COUNTRY_ARGS[counters.countries++ % COUNTRY_ARGS.length];
		} else if (kind === 'sex') {
			arg = String(counters.sex++);
		} else {
			arg = `${base}/indicator/${indicators[counters.indicator++ % indicators.length]}/`;
		}
		const timing = await page.evaluate(([kd, a]) => window.__benchInteract(kd, a), [
			kind,
			arg
		] as const);
		timings[kind].push(timing);
		if (kind === 'indicator') await page.waitForTimeout(50);
	}
	await context.close();
	const all = Object.values(timings).flat();
	const describe = (list: InteractionTiming[]) => ({
		updated: summarise(list.map((t) => t.updated)),
		painted: summarise(list.map((t) => t.painted)),
		unchanged: list.filter((t) => !t.changed).length,
		timedOut: list.filter((t) => t.timedOut).length
	});
	return {
		count: all.length,
		all: describe(all),
		...(Object.fromEntries(KINDS.map((k) => [k, describe(timings[k])])) as Record<
			InteractionKind,
			Described
		>)
	};
}

interface Described {
	updated: Summary;
	painted: Summary;
	unchanged: number;
	timedOut: number;
}

export type Interactions = Awaited<ReturnType<typeof interactions>>;
