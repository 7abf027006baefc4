export * from './rule-types';
export * from './recommendation-rules';
export * from './recommendation-engine';
export * from './finding-closure';
