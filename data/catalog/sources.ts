import type { Source } from './types';

/** A raw dataset the pipeline reads, as listed in meta.json for the Sources page. */
export interface SourceDataset {
	id: string;
	publisher: string;
	dataset: string;
	licence: string;
	url: string;
	credit: string;
	/** Where the stored copy came from: repository and commit, or the page read */
	retrieval: { repository: string; commit: string; path: string } | { page: string; note: string };
	folder: string;
}

export const HDR_FILE = 'undp_hdr/HDR23-24_Composite_indices_complete_time_series.csv';
export const PORTAL_FILE = 'unstats_gender_portal_2021/gender_portal_asean.csv';
export const DISABILITY_FILE = 'disability_reported/disability_asean.csv';

export const systemaGlobalisFile = (concept: string) =>
	`gapminder_systema_globalis/ddf--datapoints--${concept}--by--geo--time.csv`;
export const fastTrackFile = (concept: string, key: 'country' | 'geo') =>
	`gapminder_fasttrack/ddf--datapoints--${concept}--by--${key}--time.csv`;
/** `by` lists the file's key columns in file-name order, e.g. 'geo_area--nature--sex--units' */
export const sdgFile = (series: string, by: string) =>
	`opennumbers_unstats_sdg_2020/ddf--datapoints--${series}--by--${by}--year.csv`;

const HDR_LICENCE = 'CC BY 3.0 IGO (UNDP Human Development Reports terms of use)';
const GAPMINDER_LICENCE = 'CC BY 4.0 (Gapminder), with attribution to the original source';
const SDG_LICENCE =
	'UN SDG Indicators Database terms of use (free use with attribution); packaged CC BY 4.0 by open-numbers';
const PORTAL_LICENCE =
	'UN data terms of use: free use with attribution to UNSD and the custodian agency';

export const SOURCE_DATASETS: SourceDataset[] = [
	{
		id: 'undp-hdr-2023-24',
		publisher: 'United Nations Development Programme (UNDP)',
		dataset: 'Human Development Report 2023/24: composite indices complete time series, 1990–2022',
		licence: HDR_LICENCE,
		url: 'https://hdr.undp.org/data-center/documentation-and-downloads',
		credit: 'UNDP Human Development Report 2023/24',
		retrieval: {
			repository: 'Ethanchu-bot/week4',
			commit: 'eda8b9588f319cc258c238e9edc8f6579bf3e024',
			path: 'HDR23-24_Composite_indices_complete_time_series.csv'
		},
		folder: 'undp_hdr'
	},
	{
		id: 'gapminder-systema-globalis',
		publisher: 'Gapminder (compiler); original sources per indicator',
		dataset: 'Gapminder Systema Globalis (DDF)',
		licence: GAPMINDER_LICENCE,
		url: 'https://github.com/open-numbers/ddf--gapminder--systema_globalis',
		credit: 'Compiled by Gapminder, packaged by open-numbers',
		retrieval: {
			repository: 'open-numbers/ddf--gapminder--systema_globalis',
			commit: 'c63631abeb62af6db3910f68be7c2b443beca50b',
			path: 'countries-etc-datapoints/'
		},
		folder: 'gapminder_systema_globalis'
	},
	{
		id: 'gapminder-fasttrack',
		publisher: 'Gapminder (compiler); original sources per indicator',
		dataset: 'Gapminder Fast Track (DDF)',
		licence: GAPMINDER_LICENCE,
		url: 'https://github.com/open-numbers/ddf--gapminder--fasttrack',
		credit: 'Compiled by Gapminder, packaged by open-numbers',
		retrieval: {
			repository: 'open-numbers/ddf--gapminder--fasttrack',
			commit: '10e24e0e54b7c228642260f3b93d3d94131e23a5',
			path: 'countries_etc_datapoints/'
		},
		folder: 'gapminder_fasttrack'
	},
	{
		id: 'un-sdg-2020',
		publisher: 'United Nations Statistics Division (UNSD) and custodian agencies',
		dataset: 'Global SDG Indicators Database, 2020 extract',
		licence: SDG_LICENCE,
		url: 'https://unstats.un.org/sdgs/dataportal',
		credit: 'UN Global SDG Indicators Database (2020), packaged by open-numbers',
		retrieval: {
			repository: 'open-numbers/ddf--unstats--sdg_indicators',
			commit: '1bfae15828a86ad30e86872411534f5c8136d784',
			path: 'ddf--datapoints--<series>--by--geo_area--…--year.csv'
		},
		folder: 'opennumbers_unstats_sdg_2020'
	},
	{
		id: 'unsd-gender-portal-2021',
		publisher: 'United Nations Statistics Division (UNSD) and custodian agencies',
		dataset: 'Gender Data Portal / Minimum Set of Gender Indicators (2021 compilation)',
		licence: PORTAL_LICENCE,
		url: 'https://genderstats.un.org/',
		credit: 'UNSD Minimum Set of Gender Indicators (2021)',
		retrieval: {
			repository: 'UNStats/gender_data_portal',
			commit: '1b47de6b1cd889a2cfcc0a016d8ec7aad0c6f582',
			path: 'series_data/, series_data_rearranged/'
		},
		folder: 'unstats_gender_portal_2021'
	},
	{
		id: 'escap-mtrr-phl-2022',
		publisher: 'United Nations ESCAP',
		dataset: 'Make the Right Real (Incheon Strategy) country profile: Philippines',
		licence: 'UN ESCAP terms of use; attribution required',
		url: 'https://maketherightreal.net/data/profiles/PHL',
		credit: 'UN ESCAP, Make the Right Real (data sources accessed 3 April 2022)',
		retrieval: {
			page: 'https://maketherightreal.net/data/profiles/PHL',
			note: 'stored copy of the public page; first section read'
		},
		folder: 'disability_reported'
	},
	{
		id: 'leonard-cheshire-ddp-2022',
		publisher: 'Leonard Cheshire, Disability Data Portal (quoting a Thai government report)',
		dataset: 'News item, 12 May 2022: New Thailand data launched on the Disability Data Portal',
		licence: 'Quoted figure; attribution required',
		url: 'https://www.disabilitydataportal.com/news/new-thailand-data-launched-on-the-disability-data-portal-82/',
		credit:
			'Annual Report of the Disabled People in Thailand 2021, as quoted by the Leonard Cheshire Disability Data Portal',
		retrieval: {
			page: 'https://www.disabilitydataportal.com/news/new-thailand-data-launched-on-the-disability-data-portal-82/',
			note: 'stored copy of the public page'
		},
		folder: 'disability_reported'
	}
];

type Attribution = { source: Source; credit: string };

export function fromHdr(series: string | string[]): Attribution {
	return {
		source: {
			publisher: 'United Nations Development Programme (UNDP)',
			dataset: 'Human Development Report 2023/24, composite indices time series',
			series,
			url: 'https://hdr.undp.org/data-center/documentation-and-downloads',
			licence: HDR_LICENCE
		},
		credit: 'UNDP Human Development Report 2023/24'
	};
}

/** Gapminder-compiled series: the publisher is the original source named in ddf--concepts.csv. */
export function fromGapminder(
	collection: 'systema-globalis' | 'fasttrack',
	publisher: string,
	url: string,
	series: string | string[]
): Attribution {
	const dataset =
		collection === 'systema-globalis'
			? 'Gapminder Systema Globalis (open-numbers/ddf--gapminder--systema_globalis)'
			: 'Gapminder Fast Track (open-numbers/ddf--gapminder--fasttrack)';
	return {
		source: { publisher, dataset, series, url, licence: GAPMINDER_LICENCE },
		credit: `${publisher}, compiled by Gapminder (open-numbers)`
	};
}

/** SDG 2020 extract: `custodian` is the agency responsible for the series. */
export function fromSdg(custodian: string, series: string): Attribution {
	return {
		source: {
			publisher: `${custodian}, via UN Statistics Division`,
			dataset:
				'Global SDG Indicators Database, 2020 extract (open-numbers/ddf--unstats--sdg_indicators)',
			series,
			url: 'https://unstats.un.org/sdgs/dataportal',
			licence: SDG_LICENCE
		},
		credit: `${custodian}; UN Global SDG Indicators Database (2020)`
	};
}

export function fromGenderPortal(custodian: string, series: string): Attribution {
	return {
		source: {
			publisher: `${custodian}, via UN Statistics Division`,
			dataset: 'Gender Data Portal / Minimum Set of Gender Indicators (2021)',
			series,
			url: 'https://genderstats.un.org/',
			licence: PORTAL_LICENCE
		},
		credit: `${custodian}; UNSD Minimum Set of Gender Indicators (2021)`
	};
}

export function fromDisabilityReported(datasetId: string, series: string): Attribution {
	const dataset = SOURCE_DATASETS.find((d) => d.id === datasetId);
	if (!dataset) throw new Error(`unknown source dataset ${datasetId}`);
	return {
		source: {
			publisher: dataset.publisher,
			dataset: dataset.dataset,
			series,
			url: dataset.url,
			licence: dataset.licence
		},
		credit: dataset.credit
	};
}
