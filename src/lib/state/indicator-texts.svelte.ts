import type { ChartText } from '$lib/charts/text';
import { withProvenance } from '$lib/dataset/provenance';
import type { Sex } from '$lib/dataset/types';
import { sexesOfChoice } from '$lib/queries/view-queries';
import type { ViewSpec } from '$lib/spec';
import type { IndicatorPageState } from './indicator-page.svelte';
import type { Prefs } from './prefs.svelte';
import { sourceTexts } from '$lib/i18n/sources';

/**
 * Titles, units and source lines of one indicator page in the page language, each drawn from the
 * spec its chart's rows answer, so a title never describes a view other than the marks.
 */
export class IndicatorTexts {
	constructor(
		private readonly page: IndicatorPageState,
		private readonly prefs: Prefs
	) {}

	get name() {
		return this.prefs.text(this.page.data.indicator.name);
	}

	get unit() {
		return this.prefs.text(this.page.data.indicator.unit);
	}

	get source() {
		const { publisher, dataset, licence } = sourceTexts(
			this.page.data.indicator.source,
			this.prefs.lang
		);
		return this.prefs.t('chart.sourceLine', { source: `${publisher}, ${dataset}`, licence });
	}

	/**
	 * The charts' words and formats; where the catalogue names a survey per member (DDI), every
	 * tooltip and aria-label also says which survey and year a figure comes from.
	 */
	get chartText(): ChartText {
		const text = this.prefs.chartText(this.page.data.indicator.decimals);
		const surveys = withProvenance(this.page.data.indicator).surveys;
		if (!surveys) return text;
		return {
			...text,
			note: (iso3, year) => {
				const survey = surveys[iso3];
				return survey
					? this.prefs.t('chart.survey', {
							survey: this.prefs.text(survey.name),
							year: this.prefs.yearLabel(year)
						})
					: null;
			}
		};
	}

	/** The indicator's name with the sex shown, so women's figures are never quoted as national. */
	title(spec: ViewSpec) {
		return spec.sex === 'total'
			? this.name
			: this.prefs.t(`title.sex.${spec.sex}`, { name: this.name });
	}

	/**
	 * The year of a one-year view; for each member's latest value, the years its rows come from
	 * ("latest per member, 2015–2022").
	 */
	yearText(spec: ViewSpec, rows: readonly { year: number | null }[]) {
		if (spec.year !== 'latest') {
			return this.prefs.t('title.year', { year: this.prefs.yearLabel(spec.year) });
		}
		const years = rows.flatMap((r) => (r.year === null ? [] : [r.year]));
		if (!years.length) return this.prefs.t('controls.latest');
		const from = Math.min(...years);
		const to = Math.max(...years);
		return from === to
			? this.prefs.t('title.latestOne', { year: this.prefs.yearLabel(to) })
			: this.prefs.t('title.latestRange', {
					from: this.prefs.yearLabel(from),
					to: this.prefs.year(to)
				});
	}

	sexes(spec: ViewSpec): Sex[] {
		return sexesOfChoice(spec.sex);
	}

	sexName = (sex: Sex) => this.prefs.t(`sex.${sex}`);

	flagLabel = (flag: string) =>
		flag ? this.prefs.text(this.page.data.flags[flag] ?? { en: flag, th: flag }) : '';
}
