import { describe, expect, it } from 'vitest';
import { readEntityNames, readSdgPoints } from './sdg';
import { tableFromText as table } from './text-tables';

const sex = readEntityNames(
	await table('sex,name\nbothsex,BOTHSEX\nfemale,FEMALE\n'),
	'sex.csv',
	'sex'
);
const age = readEntityNames(await table('age,name\nlt5y,<5Y\n'), 'age.csv', 'age');

describe('readSdgPoints', () => {
	it('decodes dimensions through the entities and upper-cases the ones without', async () => {
		const text = 'age,geo_area,sex,units,year,sh_x\nlt5y,764,female,per_pop_u5,2019,"7.10"\n';
		expect(readSdgPoints(await table(text), 'x.csv', { sex, age })).toEqual({
			series: 'sh_x',
			dims: ['age', 'sex', 'units'],
			points: [
				{
					geoArea: '764',
					year: 2019,
					dims: { age: '<5Y', sex: 'FEMALE', units: 'PER_POP_U5' },
					value: '7.10',
					line: 2
				}
			]
		});
	});

	it('fails on a code missing from the entities file', async () => {
		const text = await table('geo_area,sex,year,v\n96,other,2019,1\n');
		expect(() => readSdgPoints(text, 'x.csv', { sex })).toThrow('x.csv:2: sex code "other"');
	});
});
