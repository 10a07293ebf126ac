import type { Lang } from '$lib/i18n/locale';

const locales: Record<Lang, string> = { en: 'en-GB', th: 'th-TH' };

/** Bytes as the browser reports them, in megabytes (10^6, as storage settings show them). */
export function storageSize(bytes: number, lang: Lang): string {
	const megabytes = bytes / 1e6;
	return new Intl.NumberFormat(locales[lang], {
		style: 'unit',
		unit: 'megabyte',
		// Thai readers know the word better than the Latin abbreviation.
		unitDisplay: lang === 'th' ? 'long' : 'short',
		maximumFractionDigits: megabytes < 10 ? 1 : 0
	}).format(megabytes);
}
