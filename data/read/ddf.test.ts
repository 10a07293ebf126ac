import { describe, expect, it } from 'vitest';
import { conceptFromFileName, readDdfPoints } from './ddf';
import { tableFromText as table } from './text-tables';

describe('readDdfPoints', () => {
	it('reads geo- or country-keyed files and keeps values as text', async () => {
		const text = 'country,time,pop\ntha,2020,71641484\nvnm,2021,\n';
		expect(readDdfPoints(await table(text), 'f.csv', 'pop')).toEqual([
			{ geo: 'tha', year: 2020, value: '71641484', line: 2 },
			{ geo: 'vnm', year: 2021, value: '', line: 3 }
		]);
		const quoted = await table('geo,time,lex\nlao,1990,"54.30"\n');
		expect(readDdfPoints(quoted, 'g.csv', 'lex')[0].value).toBe('54.30');
	});

	it('rejects a file whose value column is not the expected concept', async () => {
		const other = await table('geo,time,other\ntha,2020,1\n');
		expect(() => readDdfPoints(other, 'f.csv', 'pop')).toThrow('value column is "other"');
	});

	it('rejects a time that is not a year', async () => {
		const range = await table('geo,time,pop\ntha,2020-21,1\n');
		expect(() => readDdfPoints(range, 'f.csv', 'pop')).toThrow('f.csv:2: time "2020-21"');
	});
});

describe('conceptFromFileName', () => {
	it('takes the concept from a DDF datapoints path', () => {
		expect(
			conceptFromFileName('gapminder_fasttrack/ddf--datapoints--mcv1_vacc--by--country--time.csv')
		).toBe('mcv1_vacc');
	});
});
