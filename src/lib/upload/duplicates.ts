import type { Findings } from './findings';
import { notice } from './notice';
import type { ObservationStore } from './observations';
import type { Conflict } from './report';
import { quote } from './report-notices';

export interface SettledDuplicates {
	conflicts: Conflict[];
	/** Repeated identical observations, kept once */
	identicalDuplicates: number;
}

/**
 * Settles the observations of the same series and year: identical ones are kept once; of
 * different ones none is kept, since nothing says which is right, and each is reported.
 */
export function settleDuplicates(store: ObservationStore, findings: Findings): SettledDuplicates {
	const conflicts: Conflict[] = [];
	let identicalDuplicates = 0;
	for (const same of store.duplicates()) {
		const list = same.map((k) => ({
			row: store.row(k),
			column: findings.columnName(store.columnAt(k))
		}));
		if (list.every((o) => o.row.value === list[0].row.value)) {
			for (let k = 1; k < same.length; k++) store.drop(same[k]);
			identicalDuplicates += list.length - 1;
			continue;
		}
		for (const k of same) store.drop(k);
		const { indicator, iso3, year, sex } = list[0].row;
		conflicts.push({
			indicator,
			iso3,
			year,
			sex,
			values: list.map((o) => ({ value: o.row.value, line: o.row.line, column: o.column }))
		});
		const where = list.map((o) => `line ${o.row.line}: ${o.row.value}`).join(', ');
		const detail = `${iso3} ${year}${sex === 'total' ? '' : ` (${sex})`}, ${quote(indicator)} has different values (${where}); none was imported.`;
		const said = notice('warning', 'duplicate-conflict', detail, {
			line: list[0].row.line,
			params: {
				iso3,
				year,
				indicator,
				values: list.map((o) => `${o.row.line}: ${o.row.value}`).join(', ')
			}
		});
		for (const o of list)
			findings.skip(
				{ line: o.row.line, column: o.column, reason: 'duplicate-conflict', detail },
				said
			);
		findings.notices.push(said);
	}
	return { conflicts, identicalDuplicates };
}
