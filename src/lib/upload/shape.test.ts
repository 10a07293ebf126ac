import { describe, expect, it } from 'vitest';
import { parseTable } from './parse';
import { proposeShape } from './shape';
import { sniff } from './sniff';

function propose(text: string, indicatorName = 'from file name') {
	const layout = sniff(text);
	return proposeShape(parseTable(text, layout), { decimal: layout.decimal, indicatorName });
}

describe('proposeShape', () => {
	it('reads the OWID shape: the value header names the indicator', () => {
		const proposal = propose(
			'Entity,Code,Year,$2.15 a day - Share of population in poverty\nLaos,LAO,2018,7.1\nIndonesia (urban),,2019,2\n'
		);
		expect(proposal).toMatchObject({
			ok: true,
			shape: 'long',
			indicatorSource: 'value-header',
			mapping: {
				country: 0,
				countryCode: 1,
				year: 2,
				value: 3,
				indicatorName: '$2.15 a day - Share of population in poverty'
			}
		});
	});

	it('reads Thai headers, and a generic value header takes the given indicator name', () => {
		const proposal = propose('จังหวัด/ประเทศ,ปี,ค่า\nThailand,2558,7.2\n');
		expect(proposal.mapping).toEqual({
			country: 0,
			year: 1,
			value: 2,
			indicatorName: 'from file name'
		});
		expect(proposal.notices.map((n) => n.code)).toContain('indicator-from-file-name');
		expect(propose('ประเทศ,ปี พ.ศ.,เพศ,อัตรา (ร้อยละ)\nไทย,2561,หญิง,98.6\n').mapping).toMatchObject({
			country: 0,
			year: 1,
			sex: 2,
			value: 3,
			indicatorName: 'อัตรา (ร้อยละ)'
		});
	});

	it('reads wide tables with year headers, spacer columns and indicator columns', () => {
		const undp = propose(
			'HDI Rank (2017),Country,1990,,1991,,2017\n83, Thailand,0.574,,0.583,,0.755\n'
		);
		expect(undp).toMatchObject({ shape: 'wide', unused: [0] });
		expect(undp.mapping).toEqual({
			country: 1,
			yearColumns: [
				{ col: 2, year: 1990, era: 'ce' },
				{ col: 4, year: 1991, era: 'ce' },
				{ col: 6, year: 2017, era: 'ce' }
			],
			indicatorName: 'from file name'
		});
		const dataBank = propose(
			'Country Name,Country Code,Series Name,Series Code,1960 [YR1960],1961 [YR1961]\nThailand,THA,GDP,NY.GDP,1,2\n'
		);
		expect(dataBank.mapping).toMatchObject({
			country: 0,
			countryCode: 1,
			indicator: 2,
			indicatorCode: 3
		});
		expect(dataBank.mapping?.yearColumns?.map((y) => y.year)).toEqual([1960, 1961]);
		expect(
			propose('country,hdi_2018,hdi_2019\nThailand,0.7,0.8\n').mapping?.yearColumns?.map(
				(y) => y.year
			)
		).toEqual([2018, 2019]);
	});

	it('falls back on the cells when headers say nothing', () => {
		const proposal = propose(
			'a,b,c,d\nThailand,VNM,2019,1.5\nViet Nam,VNM,2020,2.5\nLaos,LAO,2019,x\n'
		);
		expect(proposal.mapping).toMatchObject({ country: 0, countryCode: 1, year: 2, value: 3 });
		expect(propose('who,when,how much,sex\nTH,2019,1,F\nVN,2019,2,M\n').mapping).toMatchObject({
			country: 0,
			year: 1,
			value: 2,
			sex: 3
		});
	});

	it('says what is missing', () => {
		expect(
			propose('name,year,value\nAtlantis,2019,1\n').notices.find((n) => n.level === 'error')?.code
		).toBe('no-country-column');
		expect(
			propose('country,value\nThailand,1\n').notices.find((n) => n.level === 'error')?.code
		).toBe('no-year-column');
		expect(
			propose('country,year,note\nThailand,2019,good\n').notices.find((n) => n.level === 'error')
				?.code
		).toBe('no-value-column');
	});
});
