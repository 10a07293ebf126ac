/**
 * The 11 ASEAN member states: the single source of truth for codes, names, aliases,
 * sub-region and chart colour. The data pipeline writes `static/data/countries.json` from it.
 */
export type Iso3 =
	'BRN' | 'KHM' | 'IDN' | 'LAO' | 'MYS' | 'MMR' | 'PHL' | 'SGP' | 'THA' | 'TLS' | 'VNM';

export interface Member {
	iso3: Iso3;
	iso2: string;
	/** UN M49 numeric code as a zero-padded string, as in world-atlas feature ids */
	m49: string;
	name: { en: string; th: string };
	/** Other spellings seen in real exports, in any language, and legacy codes */
	aliases: string[];
	subregion: 'mainland' | 'maritime';
	/** Colour-blind-safe hue kept by this country on every chart */
	color: string;
}

// Colours: Okabe-Ito and Paul Tol's "muted" set, chosen so neighbours on the map and in
// legends stay distinguishable under deuteranopia and protanopia.
export const MEMBERS: readonly Member[] = [
	{
		iso3: 'BRN',
		iso2: 'BN',
		m49: '096',
		name: { en: 'Brunei Darussalam', th: 'บรูไนดารุสซาลาม' },
		aliases: ['Brunei', 'Negara Brunei Darussalam', 'บรูไน', 'บรูไนดารุสซาลาม', 'BRU'],
		subregion: 'maritime',
		color: '#882255'
	},
	{
		iso3: 'KHM',
		iso2: 'KH',
		m49: '116',
		name: { en: 'Cambodia', th: 'กัมพูชา' },
		aliases: ['Kingdom of Cambodia', 'Kampuchea', 'กัมพูชา', 'ราชอาณาจักรกัมพูชา', 'CAM'],
		subregion: 'mainland',
		color: '#E69F00'
	},
	{
		iso3: 'IDN',
		iso2: 'ID',
		m49: '360',
		name: { en: 'Indonesia', th: 'อินโดนีเซีย' },
		aliases: ['Republic of Indonesia', 'อินโดนีเซีย', 'สาธารณรัฐอินโดนีเซีย', 'INA'],
		subregion: 'maritime',
		color: '#CC3311'
	},
	{
		iso3: 'LAO',
		iso2: 'LA',
		m49: '418',
		name: { en: 'Lao PDR', th: 'สปป. ลาว' },
		aliases: [
			'Laos',
			'Lao',
			"Lao People's Democratic Republic",
			'Lao People’s Democratic Republic',
			'Lao P.D.R.',
			'Lao PDR',
			'ลาว',
			'สปป.ลาว',
			'สปป. ลาว',
			'สาธารณรัฐประชาธิปไตยประชาชนลาว'
		],
		subregion: 'mainland',
		color: '#009E73'
	},
	{
		iso3: 'MYS',
		iso2: 'MY',
		m49: '458',
		name: { en: 'Malaysia', th: 'มาเลเซีย' },
		aliases: ['มาเลเซีย', 'MAS'],
		subregion: 'maritime',
		color: '#0072B2'
	},
	{
		iso3: 'MMR',
		iso2: 'MM',
		m49: '104',
		name: { en: 'Myanmar', th: 'เมียนมา' },
		aliases: [
			'Burma',
			'Myanmar (Burma)',
			'Republic of the Union of Myanmar',
			'เมียนมา',
			'เมียนม่าร์',
			'พม่า'
		],
		subregion: 'mainland',
		color: '#D55E00'
	},
	{
		iso3: 'PHL',
		iso2: 'PH',
		m49: '608',
		name: { en: 'Philippines', th: 'ฟิลิปปินส์' },
		aliases: [
			'The Philippines',
			'Philippines, The',
			'Republic of the Philippines',
			'ฟิลิปปินส์',
			'PHI'
		],
		subregion: 'maritime',
		color: '#56B4E9'
	},
	{
		iso3: 'SGP',
		iso2: 'SG',
		m49: '702',
		name: { en: 'Singapore', th: 'สิงคโปร์' },
		aliases: ['Republic of Singapore', 'สิงคโปร์', 'SIN'],
		subregion: 'maritime',
		color: '#AA4499'
	},
	{
		iso3: 'THA',
		iso2: 'TH',
		m49: '764',
		name: { en: 'Thailand', th: 'ไทย' },
		aliases: ['Kingdom of Thailand', 'Siam', 'ไทย', 'ประเทศไทย', 'ราชอาณาจักรไทย'],
		subregion: 'mainland',
		color: '#332288'
	},
	{
		iso3: 'TLS',
		iso2: 'TL',
		m49: '626',
		name: { en: 'Timor-Leste', th: 'ติมอร์-เลสเต' },
		aliases: [
			'East Timor',
			'Timor Leste',
			'Democratic Republic of Timor-Leste',
			'ติมอร์-เลสเต',
			'ติมอร์เลสเต',
			'ติมอร์ตะวันออก',
			'TMP',
			'TP'
		],
		subregion: 'maritime',
		color: '#44AA99'
	},
	{
		iso3: 'VNM',
		iso2: 'VN',
		m49: '704',
		name: { en: 'Viet Nam', th: 'เวียดนาม' },
		aliases: ['Vietnam', 'Viet-Nam', 'Socialist Republic of Viet Nam', 'เวียดนาม', 'VIE'],
		subregion: 'mainland',
		color: '#999933'
	}
];

export const ISO3_CODES: readonly Iso3[] = MEMBERS.map((m) => m.iso3);

const byIso3 = new Map(MEMBERS.map((m) => [m.iso3, m]));

export function member(iso3: string): Member | undefined {
	return byIso3.get(iso3 as Iso3);
}

export function isIso3(code: string): code is Iso3 {
	return byIso3.has(code as Iso3);
}
