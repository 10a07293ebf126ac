import type { Sex } from '$lib/dataset/types';
import { sexesOfChoice } from '$lib/queries/view-queries';
import type { ViewSpec } from '$lib/spec';
import type { IndicatorPageState } from './indicator-page.svelte';
import type { Prefs } from './prefs.svelte';

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
		const { source } = this.page.data.indicator;
		return this.prefs.t('chart.sourceLine', {
			source: `${source.publisher}, ${source.dataset}`,
			licence: source.licence
		});
	}

	yearText(spec: ViewSpec) {
		return spec.year === 'latest'
			? this.prefs.t('controls.latest')
			: this.prefs.yearLabel(spec.year);
	}

	sexes(spec: ViewSpec): Sex[] {
		return sexesOfChoice(spec.sex);
	}

	sexName = (sex: Sex) => this.prefs.t(`sex.${sex}`);

	flagLabel = (flag: string) =>
		flag ? this.prefs.text(this.page.data.flags[flag] ?? { en: flag, th: flag }) : '';
}
