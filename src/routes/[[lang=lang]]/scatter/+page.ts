import { earlyUploads } from '$lib/pages/early-uploads';
import type { PageLoad } from './$types';

export const load: PageLoad = ({ data }) => ({ ...data, uploads: earlyUploads() });
