import type { TextEncoding } from '$lib/upload/decode';
import type { ColumnMapping } from '$lib/upload/shape';
import type { ProfileEntry } from '$lib/dataset/profile';
import type { PackedProfile } from './profile-pack';
import type { Sex } from '$lib/upload/sex';
import type { SourceTable } from '$lib/upload/source-table';

/** One indicator of an uploaded file, as the views show it next to the shared ones. */
export interface StoredIndicator {
	/** `user-<dataset short id>-<n>`: never collides with a shared indicator id */
	id: string;
	name: string;
	/** Code from the file (World Bank `SP.POP.TOTL`), when it had one */
	code?: string;
	unit: string;
	/** Display precision the user set at import; absent = as the values come */
	decimals?: number;
	sexes: Sex[];
	/** Years with at least one value, ascending */
	years: number[];
	observations: number;
}

/**
 * Tidy rows as parallel typed arrays (a few bytes per observation instead of an object each):
 * `indicator[i]` indexes the dataset's indicators, `iso3[i]` ISO3_CODES, `sex[i]` SEXES.
 */
export interface TidyColumns {
	indicator: Uint32Array;
	iso3: Uint8Array;
	year: Int16Array;
	sex: Uint8Array;
	value: Float64Array;
}

export interface DatasetMeta {
	id: string;
	/** Shown in "My data"; the user can rename it */
	name: string;
	fileName: string;
	/** ISO 8601 */
	createdAt: string;
	encoding: TextEncoding | null;
	mapping: ColumnMapping | null;
	indicators: StoredIndicator[];
	observations: number;
	/** The file's own table in the SQL console; absent for uploads made before it existed */
	table?: SourceTable;
	/** Each member's profile lines were stored at import (older uploads ask the engine) */
	profiled?: boolean;
}

export interface StoredDataset extends DatasetMeta {
	rows: TidyColumns;
	/**
	 * The file's own table as CSV (`table` describes it), or the file as uploaded until the console
	 * first needs its CSV; stored apart from the rows
	 */
	source?: Blob;
	/** Each member's profile lines, by ISO3, stored apart so a profile reads only its own */
	profiles?: Record<string, ProfileEntry[] | PackedProfile>;
}

/** What views need to list an uploaded indicator next to the shared ones. */
export interface UserIndicator {
	id: string;
	name: string;
	unit: string;
	code?: string;
	/** Display precision the user set at import */
	decimals?: number;
	datasetId: string;
	datasetName: string;
	fileName: string;
	sexes: Sex[];
	years: number[];
	/** False when the browser refused to store it: usable until the tab closes */
	persisted: boolean;
	/** Its dataset stored each member's profile lines at import */
	profiled: boolean;
}

/** What the analyst may change about an uploaded indicator after import: how it is shown. */
export interface IndicatorDisplay {
	unit: string;
	/** Display precision; undefined = as the values come */
	decimals?: number;
}
