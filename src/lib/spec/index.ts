export * from './types';
export * from './defaults';
export { resolveSpec } from './validate';
export { specFromParams, specToParams, type IndicatorParam } from './url';
export { specFromJson, specToJson, type SpecRead, type SpecReadError } from './json';
