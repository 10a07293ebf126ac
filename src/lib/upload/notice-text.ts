import { translate, type Lang, type MessageKey } from '$lib/i18n/locale';
import { member } from '$lib/countries/members';
import type { Notice } from './notice';

/**
 * A notice in the reader's language: the importer writes English as it goes (with every detail);
 * other languages fill the code's template with the notice's line, column and params.
 */

const DELIMITER_NAMES: Record<Lang, Record<string, string>> = {
	en: { ',': 'commas (,)', ';': 'semicolons (;)', '\t': 'tabs', '|': 'pipes (|)' },
	th: { ',': 'จุลภาค (,)', ';': 'อัฒภาค (;)', '\t': 'แท็บ', '|': 'ขีดตั้ง (|)' }
};

/** The message key of a notice: `notice.more` for a closing "…and N more", else by code and variant. */
export function noticeKey(n: Notice): MessageKey {
	if (n.params?.more !== undefined) return 'notice.more';
	const variant = n.params?.variant;
	return (variant ? `notice.${n.code}.${variant}` : `notice.${n.code}`) as MessageKey;
}

/** A cell quoted in a message: one line, at most 60 characters. */
function clip(value: string | number): string | number {
	if (typeof value !== 'string') return value;
	const oneLine = value.trim().replace(/[\r\n\t]+/g, ' ');
	return oneLine.length > 60 ? `${oneLine.slice(0, 59)}…` : oneLine;
}

/** What a notice's template may name: its line, its column and its params. */
export function noticeParams(n: Notice, lang: Lang): Record<string, string | number> {
	const params: Record<string, string | number> = {};
	if (n.line !== undefined) params.line = n.line;
	if (n.column !== undefined) params.column = clip(n.column);
	for (const [name, value] of Object.entries(n.params ?? {})) params[name] = clip(value);
	const delimiter = n.params?.delimiter;
	if (typeof delimiter === 'string') {
		params.delimiterName = DELIMITER_NAMES[lang][delimiter] ?? `“${delimiter}”`;
	}
	return params;
}

export function noticeText(n: Notice, lang: Lang): string {
	if (lang === 'en') return n.message;
	return translate(lang, noticeKey(n), noticeParams(n, lang));
}

/** Why a row was skipped, in the reader's language (English keeps every detail it was written with). */
export function skippedText(
	entry: { detail: string; key?: MessageKey; params?: Record<string, string | number> },
	lang: Lang
): string {
	if (lang === 'en' || !entry.key) return entry.detail;
	const params = Object.fromEntries(
		Object.entries(entry.params ?? {}).map(([name, value]) => [name, clip(value)])
	);
	// A suggested member is stored as its code; the reader is given its name too.
	const suggested = typeof params.suggestion === 'string' && member(params.suggestion);
	if (suggested) params.suggestion = `${suggested.name[lang]} (${suggested.iso3})`;
	return translate(lang, entry.key, params);
}
