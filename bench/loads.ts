/**
 * Page loads, cold (fresh context) and warm (reload), alternated with the two references in every
 * run so that a slow spell of the machine hits all of them alike: run k loads the pages in the
 * order rotated by k.
 */
import type { Browser } from '@playwright/test';
import { INDICATOR, log, newContext, waitForMarks } from './browser';
import type { PageMarks } from './probes';
import { BARE_DUCKDB, BLANK } from './references';
import { summarise, type Summary } from './stats';

interface LoadTimes {
	firstContent: number[];
	fcp: number[];
	dbReady: number[];
}

interface PagePlan {
	path: string;
	/** Marks that end the load */
	wait: (keyof PageMarks)[];
	/** "First meaningful content" mark: painted is max(this mark, FCP) */
	content?: 'chartFrame' | 'cardFrame';
	warm: boolean;
}

const PAGES: Record<string, PagePlan> = {
	blank: { path: BLANK, wait: ['fcp'], warm: false },
	indicator: {
		path: INDICATOR,
		wait: ['chartFrame', 'fcp', 'dbReady'],
		content: 'chartFrame',
		warm: true
	},
	bareDuckDb: { path: BARE_DUCKDB, wait: ['fcp', 'dbReady'], warm: false },
	home: { path: '/', wait: ['cardFrame', 'fcp'], content: 'cardFrame', warm: true }
};

const empty = (): LoadTimes => ({ firstContent: [], fcp: [], dbReady: [] });

export type LoadSummary = Record<string, Summary>;
export type Loads = Record<
	string,
	{ cold: LoadSummary; warm?: LoadSummary; pairedRatios?: Record<string, Summary> }
>;

function summariseTimes(t: LoadTimes): LoadSummary {
	return Object.fromEntries(
		Object.entries(t)
			.filter(([, v]) => v.length)
			.map(([k, v]) => [k, summarise(v)])
	);
}

export async function pageLoads(browser: Browser, base: string, runs: number): Promise<Loads> {
	const names = Object.keys(PAGES);
	const times = Object.fromEntries(names.map((n) => [n, { cold: empty(), warm: empty() }]));
	for (let run = 0; run < runs; run++) {
		const order = names.map((_, k) => names[(k + run) % names.length]);
		for (const name of order) {
			const plan = PAGES[name];
			const context = await newContext(browser);
			const page = await context.newPage();
			try {
				const loads = plan.warm ? (['cold', 'warm'] as const) : (['cold'] as const);
				for (const temperature of loads) {
					if (temperature === 'cold') await page.goto(base + plan.path);
					else await page.reload();
					const marks = await waitForMarks(page, plan.wait, 60_000);
					const t = times[name][temperature];
					t.fcp.push(marks.fcp!);
					t.firstContent.push(
						Math.max(plan.content ? marks[plan.content]! : marks.fcp!, marks.fcp!)
					);
					if (marks.dbReady !== undefined) t.dbReady.push(marks.dbReady);
				}
			} finally {
				await context.close();
			}
		}
		log(`page loads: run ${run + 1}/${runs}`);
	}
	const out: Loads = {};
	for (const name of names) {
		const { cold, warm } = times[name];
		out[name] = {
			cold: summariseTimes(cold),
			...(PAGES[name].warm && { warm: summariseTimes(warm) })
		};
	}
	// Run k of the page against run k of its reference: less exposed to drift than medians alone.
	const paired = (a: number[], b: number[]) =>
		summarise(
			a.map((v, k) => v / b[k]),
			2
		);
	out.indicator.pairedRatios = {
		firstChartToBlankFcp: paired(times.indicator.cold.firstContent, times.blank.cold.fcp),
		fcpToBlankFcp: paired(times.indicator.cold.fcp, times.blank.cold.fcp),
		dbReadyToBareDuckDb: paired(times.indicator.cold.dbReady, times.bareDuckDb.cold.dbReady)
	};
	return out;
}
