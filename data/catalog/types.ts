export type Group = 'women' | 'children' | 'older-persons' | 'disability' | 'context';
export type Sex = 'total' | 'female' | 'male';
export type Direction = 'higher-is-better' | 'lower-is-better' | 'neutral';

export interface Text {
	en: string;
	th: string;
}

/** Paths are relative to the sources directory. */
interface ExtractBase {
	/**
	 * Last year kept for this series. Set where the publisher's series runs on into projections or
	 * carries the latest value forward; the reason sits beside each use in the catalogue.
	 */
	lastObservedYear?: number;
	/** First year kept, where the earliest years are the compiler's own back-casts */
	firstYear?: number;
	/** A flag every row of this indicator carries (e.g. period-midpoint), overriding source flags */
	flag?: string;
}

/** Gapminder DDF datapoints: one file per sex. */
export interface GapminderExtract extends ExtractBase {
	from: 'gapminder';
	files: Partial<Record<Sex, string>>;
}

/** UNDP HDR wide file: one column family (`<column>_<year>`) per sex. */
export interface HdrExtract extends ExtractBase {
	from: 'undp-hdr';
	file: string;
	columns: Partial<Record<Sex, string>>;
}

/**
 * SDG database extract (2020 or 2023 vintage). `slice` must name a value (SDG code, decoded) for every dimension other than
 * geo_area, year, nature, observation_status and sex, so no disaggregation is ever summed or mixed by accident.
 */
export interface SdgExtract extends ExtractBase {
	from: 'sdg';
	file: string;
	slice: Record<string, string>;
	/** Sex of every row when the file has no sex dimension, or gives it as NOTSPEC */
	sex?: Sex;
}

/** Tidy files (gender portal, disability_reported): filter on columns and on `note` keys. */
export interface TidyExtract extends ExtractBase {
	from: 'tidy';
	file: string;
	seriesCode: string;
	disabilityStatus?: string;
	age?: string;
	note?: Record<string, string>;
	/** Sex of every row when the sex column is empty */
	sex?: Sex;
}

/**
 * Disability Data Initiative national estimates: one `indicator` and `difficulty`, with the
 * population group that gives each sex (e.g. female = 'Women'). The survey and its year come
 * from the row, so each country's figure carries its own survey.
 */
export interface DdiExtract extends ExtractBase {
	from: 'ddi';
	file: string;
	indicator: string;
	difficulty: string;
	populations: Partial<Record<Sex, string>>;
}

export type Extract = GapminderExtract | HdrExtract | SdgExtract | TidyExtract | DdiExtract;

export interface Source {
	publisher: string;
	dataset: string;
	/** Exact series code or column name in the raw file, one per sex where the file splits them */
	series: string | string[];
	url: string;
	licence: string;
	/** Release of the database read, where the publisher has several (SDG: '2020' or '2023') */
	vintage?: string;
}

/** A change of method inside one country's series: the chart notes it and never joins across it. */
export interface SeriesBreak {
	iso3: string;
	/** First year measured the new way */
	year: number;
	note: Text;
}

/** The two halves of a with/without-disability comparison, by indicator id. */
export interface DisabilityPair {
	with: string;
	without: string;
	/** What both halves measure, for headings that show them side by side (e.g. Employment) */
	outcome: Text;
}

/** One catalogue entry: public metadata plus the recipe for extracting it from the raw files. */
export interface IndicatorSpec {
	id: string;
	group: Group;
	name: Text;
	unit: Text;
	definition: Text;
	decimals: number;
	direction: Direction;
	source: Source;
	credit: string;
	extract: Extract;
	/** False where definitions differ between countries, so ranking them would mislead */
	comparable?: boolean;
	caveat?: Text;
	tags?: string[];
	scale?: 'linear' | 'log';
	breaks?: SeriesBreak[];
	pair?: DisabilityPair;
	/** How the figures were produced, where it matters for reading them (e.g. WG questions) */
	method?: Text;
}
