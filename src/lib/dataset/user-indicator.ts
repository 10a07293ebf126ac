import type { Indicator, Sex } from './types';

/** What the upload store says about one of the analyst's indicators. */
export interface UploadedIndicator {
	id: string;
	name: string;
	unit: string;
	code?: string;
	/** Display precision the user set at import */
	decimals?: number;
	datasetName: string;
	fileName: string;
}

export interface UserTexts {
	source: string;
	licence: string;
	definition: string;
}

/**
 * The analyst's indicator in the catalogue's shape, so every view draws it like a shared one.
 * Names and units are the user's own text, the same in both languages; decimals are not limited
 * because an upload's precision is whatever the file had.
 */
export function indicatorFromUpload(upload: UploadedIndicator, texts: UserTexts): Indicator {
	const same = (text: string) => ({ en: text, th: text });
	return {
		id: upload.id,
		group: 'context',
		name: same(upload.name),
		unit: same(upload.unit),
		definition: same(texts.definition),
		decimals: upload.decimals ?? 6,
		direction: 'neutral',
		source: {
			publisher: texts.source,
			dataset: upload.fileName,
			series: upload.code ?? upload.name,
			url: '',
			licence: texts.licence
		},
		user: { datasetName: upload.datasetName, fileName: upload.fileName }
	};
}

/**
 * What a country profile asks about an uploaded indicator: the same at import, when its lines
 * are stored, as on the page that shows them (total where published, else the first sex).
 */
export function uploadProfileIndicator(upload: { id: string; sexes: readonly Sex[] }): {
	id: string;
	direction: Indicator['direction'];
	sex: Sex;
} {
	const sex = upload.sexes.includes('total') ? 'total' : (upload.sexes[0] ?? 'total');
	return { id: upload.id, direction: 'neutral', sex };
}
