import { getContext, setContext } from 'svelte';
import { base } from '$app/paths';
import { defaultEra, pick, translate, type Era, type Lang, type Localized } from '$lib/i18n/locale';
import type { MessageKey } from '$lib/i18n/messages.en';
import {
	formatAccessDate,
	formatExact,
	formatNumber,
	formatValue,
	formatYear,
	formatYearLabel
} from '$lib/i18n/format';
import { member } from '$lib/countries/members';
import { chartText, type ChartText } from '$lib/charts/text';

/**
 * Language (from the route) and year era (from `?era=`), with the formatters every view uses.
 * Methods are arrow properties so they can be passed around detached from the instance.
 */
export class Prefs {
	#lang: () => Lang;
	/** `?era=` as found in the URL; null means the language's default. */
	eraParam = $state<Era | null>(null);

	constructor(lang: () => Lang) {
		this.#lang = lang;
	}

	get lang(): Lang {
		return this.#lang();
	}

	get era(): Era {
		return this.eraParam ?? defaultEra(this.lang);
	}

	t = (key: MessageKey, params?: Record<string, string | number>) =>
		translate(this.lang, key, params);

	text = (value: Localized) => pick(value, this.lang);

	num = (value: number | null | undefined, decimals?: number) =>
		formatNumber(value, this.lang, decimals);

	exact = (value: number | null | undefined) => formatExact(value, this.lang);

	/** A published value at its indicator's display precision: the one rule for what is shown. */
	value = (value: number | null | undefined, decimals: number) =>
		formatValue(value, this.lang, decimals);

	year = (year: number) => formatYear(year, this.era);

	/** Words and number formats of one chart, at its indicator's display precision. */
	chartText = (decimals: number): ChartText =>
		chartText({
			lang: this.lang,
			decimals,
			year: this.year,
			country: this.country,
			sex: (sex) => this.t(`sex.${sex}`),
			noData: this.t('chart.nodata')
		});

	yearLabel = (year: number) => formatYearLabel(year, this.era, this.lang);

	/** The chart toolbar's button names in the page language. */
	get toolbarLabels() {
		return {
			toolbar: this.t('export.toolbar'),
			png: this.t('export.png'),
			svg: this.t('export.svg'),
			csv: this.t('export.csv'),
			copy: this.t('export.copy'),
			copied: this.t('export.copied'),
			failed: this.t('export.failed'),
			slidePng: this.t('export.slidePng'),
			slideSvg: this.t('export.slideSvg'),
			embed: this.t('export.embed'),
			embedUrl: this.t('export.embedUrl'),
			embedCode: this.t('export.embedCode'),
			credit: (link: string) =>
				this.t('export.credit', {
					site: this.t('site.title'),
					link,
					date: formatAccessDate(new Date(), this.lang, this.era)
				})
		};
	}

	/** How an analyst's upload is credited wherever it is drawn. */
	uploadTexts = (fileName: string) => ({
		source: this.t('mine.source'),
		licence: this.t('mine.licence'),
		definition: this.t('mine.definition', { file: fileName })
	});

	country = (iso3: string) => {
		const found = member(iso3);
		return found ? found.name[this.lang] : iso3;
	};

	/** A link inside the site in the current language, keeping a non-default era. */
	href = (path: string, params?: URLSearchParams, lang: Lang = this.lang) => {
		const query = new URLSearchParams(params);
		if (this.eraParam && this.eraParam !== defaultEra(lang)) query.set('era', this.eraParam);
		const prefix = lang === 'th' ? '/th' : '';
		const trimmed = path === '/' ? '/' : `/${path.replace(/^\/|\/$/g, '')}/`;
		const search = query.toString();
		return `${base}${prefix}${trimmed}${search ? `?${search}` : ''}`;
	};
}

const key = Symbol('prefs');

export function setPrefs(prefs: Prefs): Prefs {
	return setContext(key, prefs);
}

export function getPrefs(): Prefs {
	const prefs = getContext<Prefs | undefined>(key);
	if (!prefs) throw new Error('Prefs context is missing: set it in the language layout');
	return prefs;
}
