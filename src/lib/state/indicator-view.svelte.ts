import type { Iso3 } from '$lib/countries/members';
import type { Point, RankedRow, Sex } from '$lib/dataset/types';
import { buildLineSeriesQuery } from '$lib/queries/line-series';
import { buildRankedYearQuery } from '$lib/queries/ranked-year';
import { buildMedianByYearQuery } from '$lib/queries/median-by-year';
import type { MedianPoint } from '$lib/dataset/views';
import type { IndicatorView, IndicatorViewDefaults, SexChoice } from './view-params';

export function sexesFor(choice: SexChoice): Sex[] {
	return choice === 'compare' ? ['female', 'male'] : [choice];
}

interface Shown<T> {
	rows: T;
	/** The view these rows answer; titles are drawn from this, so they never mismatch the marks */
	view: IndicatorView;
}

/**
 * One indicator page: what the user asked for (`view`), and what is on screen. The default view
 * arrives prerendered; any other view is answered by DuckDB in the browser.
 */
export class IndicatorViewState {
	view = $state<IndicatorView>() as IndicatorView;
	line = $state<Shown<Point[]>>() as Shown<Point[]>;
	ranked = $state<Shown<RankedRow[]>>() as Shown<RankedRow[]>;
	/** Female and male for every member in the chosen year, where the indicator has both */
	gap = $state<Shown<RankedRow[]>>() as Shown<RankedRow[]>;
	/** ASEAN median per year for the shown sex; empty when female and male are compared */
	median = $state<MedianPoint[]>([]);
	/** The last view DuckDB fully answered; parts it did not change keep their older objects */
	answered = $state<IndicatorView>() as IndicatorView;
	pending = $state(0);
	error = $state('');
	#request = 0;

	constructor(
		readonly indicatorId: string,
		readonly defaults: IndicatorViewDefaults,
		initial: { line: Point[]; ranked: RankedRow[]; gap: RankedRow[]; median: MedianPoint[] },
		readonly hasBreakdown: boolean
	) {
		const view = { countries: defaults.countries, year: defaults.year, sex: defaults.sex };
		this.view = view;
		this.line = { rows: initial.line, view };
		this.ranked = { rows: initial.ranked, view };
		this.gap = { rows: initial.gap, view };
		this.answered = view;
		this.median = initial.median;
	}

	setCountries(countries: Iso3[]) {
		this.view = { ...this.view, countries };
	}

	setYear(year: IndicatorView['year']) {
		this.view = { ...this.view, year };
	}

	setSex(sex: SexChoice) {
		this.view = { ...this.view, sex };
	}

	/**
	 * Asks DuckDB for what the current view changed: a new year re-queries the ranking only, a new
	 * country set the trend only, so the other charts keep their rows and are not redrawn. Answers
	 * that arrive after a newer request are dropped.
	 */
	async refresh(run: <T>(q: { sql: string; params: (string | number)[] }) => Promise<T[]>) {
		const view = this.view;
		const request = ++this.#request;
		const before = { line: this.line.view, ranked: this.ranked.view };
		const lineChanged =
			before.line.sex !== view.sex || before.line.countries.join() !== view.countries.join();
		const rankedChanged = before.ranked.sex !== view.sex || before.ranked.year !== view.year;
		const gapChanged = this.gap.view.year !== view.year;
		this.pending++;
		try {
			const sexes = sexesFor(view.sex);
			const [line, ranked, median, gap] = await Promise.all([
				!lineChanged
					? null
					: view.countries.length
						? run<Point>(
								buildLineSeriesQuery({
									indicatorId: this.indicatorId,
									countries: view.countries,
									sexes
								})
							)
						: ([] as Point[]),
				rankedChanged
					? run<RankedRow>(
							buildRankedYearQuery({ indicatorId: this.indicatorId, sexes, year: view.year })
						)
					: null,
				before.line.sex === view.sex
					? null
					: view.sex === 'compare'
						? ([] as MedianPoint[])
						: run<MedianPoint>(buildMedianByYearQuery(this.indicatorId, view.sex)),
				this.hasBreakdown && gapChanged
					? run<RankedRow>(
							buildRankedYearQuery({
								indicatorId: this.indicatorId,
								sexes: ['female', 'male'],
								year: view.year
							})
						)
					: null
			]);
			if (request !== this.#request) return;
			// Untouched parts keep their objects, so their charts are not drawn again.
			if (line) this.line = { rows: line, view };
			if (ranked) this.ranked = { rows: ranked, view };
			if (median) this.median = median;
			if (gap) this.gap = { rows: gap, view };
			this.answered = view;
			this.error = '';
		} catch (error) {
			if (request === this.#request)
				this.error = error instanceof Error ? error.message : String(error);
		} finally {
			this.pending--;
		}
	}
}
