import type { Sex } from './sex';

/** The sex a profile shows for an uploaded indicator: the total where the file has one. */
export function profileSex(sexes: readonly Sex[]): Sex {
	return sexes.includes('total') ? 'total' : (sexes[0] ?? 'total');
}
