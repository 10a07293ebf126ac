import { en, type MessageKey } from './messages.en';
import { th } from './messages.th';

export type Lang = 'en' | 'th';
export type Era = 'ce' | 'be';
export type Localized = { en: string; th: string };

export const LANGS: readonly Lang[] = ['en', 'th'];

const catalogs: Record<Lang, Record<MessageKey, string>> = { en, th };

export function isLang(value: string | undefined | null): value is Lang {
	return value === 'en' || value === 'th';
}

/** Looks up a UI string and fills `{name}` placeholders; a missing placeholder stays visible. */
export function translate(
	lang: Lang,
	key: MessageKey,
	params: Record<string, string | number> = {}
): string {
	const template = catalogs[lang][key];
	return template.replace(/\{(\w+)\}/g, (whole, name: string) =>
		name in params ? String(params[name]) : whole
	);
}

export function pick(text: Localized, lang: Lang): string {
	return text[lang] || text.en;
}

/** Thai readers default to the Buddhist Era; everyone else to the Common Era. */
export function defaultEra(lang: Lang): Era {
	return lang === 'th' ? 'be' : 'ce';
}

export type { MessageKey };
