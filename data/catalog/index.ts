import { CHILDREN } from './children';
import { CONTEXT } from './context';
import { DISABILITY } from './disability';
import { OLDER_PERSONS } from './older-persons';
import type { IndicatorSpec } from './types';
import { TRAFFICKING } from './trafficking';
import { WOMEN } from './women';

/** The indicator catalogue: every series the dashboard shows and how to extract it. */
export const CATALOG: readonly IndicatorSpec[] = [
	...WOMEN,
	...CHILDREN,
	...OLDER_PERSONS,
	...DISABILITY,
	...CONTEXT,
	...TRAFFICKING
];
