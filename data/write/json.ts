/**
 * Stable JSON: tab-indented with a final newline. Key order is the order the objects were built
 * in, so builders must construct objects field by field in a fixed order.
 */
export function toJson(value: unknown): string {
	return JSON.stringify(value, null, '\t') + '\n';
}
