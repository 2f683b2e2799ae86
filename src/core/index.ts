// The engine's public surface, for the CLI, the editor and tests.
export { analyze, analyzeFindings, analyzeStreamed, buildContext, BlockCache, IncrementalAnalyzer } from './analyze';
export { LineIndex } from './positions';
export { RULES, RULES_BY_ID } from './rules';
export { parseConfig, parseLevel, mergeOptions, ConfigError, type CopydeskConfig } from './config';
export * from './types';
