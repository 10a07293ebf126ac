import type { ParamMatcher } from '@sveltejs/kit';

// English lives at the root; only Thai carries a prefix.
export const match: ParamMatcher = (param) => param === 'th';
